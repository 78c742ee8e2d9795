package vn.antq.models.common;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Every piece of text a user sends passes here before it is stored anywhere: Vietnamese is
 * normalised to precomposed form (NFC) so that search and comparison work whatever the keyboard
 * sent, control characters go, and rich text keeps only simple, safe HTML.
 */
public final class UserText {

    /** What rich text may keep: paragraphs, emphasis, lists, quotes and http(s)/mailto links. */
    private static final Safelist RICH = Safelist.basic();

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Pattern CONTROL =
            Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]");

    private UserText() {}

    /** NFC, no control characters, trimmed; null stays null. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String nfc = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return CONTROL.matcher(nfc).replaceAll("").trim();
    }

    /** Rich text reduced to the safe subset of HTML. */
    public static String cleanHtml(String raw) {
        String text = normalise(raw);
        if (text == null) {
            return null;
        }
        return Jsoup.clean(text, "", RICH, OUTPUT).trim();
    }

    /** True when plain text contains something that looks like an HTML tag. */
    public static boolean looksLikeMarkup(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    /** True when rich text has no visible content once the markup is removed. */
    public static boolean isBlankHtml(String html) {
        return html == null || Jsoup.parse(html).text().isBlank();
    }
}
