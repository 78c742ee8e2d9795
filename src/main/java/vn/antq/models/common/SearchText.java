package vn.antq.models.common;

import java.text.Normalizer;
import java.util.Locale;

/** Folds Vietnamese text for diacritic-insensitive search: "Lộc Thủy" and "loc thuy" match. */
public final class SearchText {

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
