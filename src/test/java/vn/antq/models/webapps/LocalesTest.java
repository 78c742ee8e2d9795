package vn.antq.models.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' Vietnamese (locales/vi.json of Tasklist, Cockpit, Admin and Welcome) against the
 * English Camunda ships in the same jar: every label key, nothing left in English, every
 * placeholder and tag kept, the date locale whole. A Camunda upgrade that adds a label fails here
 * until it is translated.
 */
class LocalesTest {

    static final String ROOT = "META-INF/resources/webjars/camunda/app/";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
    /** HTML the labels carry; "<undefined>" or "<version>" is text shown in angle brackets, translated. */
    static final Pattern TAG =
            Pattern.compile("</?(a|b|br|strong|em|i|span|div|p|code|ul|ol|li|small|u|pre|h[1-6])\\b[^>]*>");
    /** A whole word in any script: "toàn" is one word, not "to" and "n". */
    static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Words that are English and never Vietnamese ("to" is Vietnamese too); any of them in a translation is a label left untranslated. */
    static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "of",
            "is",
            "are",
            "with",
            "for",
            "this",
            "that",
            "from",
            "not",
            "has",
            "have",
            "will",
            "you",
            "your",
            "please",
            "task",
            "tasks",
            "process",
            "processes",
            "instance",
            "instances",
            "user",
            "users",
            "group",
            "groups",
            "filter",
            "variable",
            "variables",
            "delete",
            "save",
            "cancel",
            "start",
            "complete",
            "claim",
            "search",
            "name",
            "date",
            "time",
            "value",
            "type",
            "add",
            "remove",
            "edit",
            "show",
            "hide",
            "select",
            "all",
            "none",
            "error",
            "failed",
            "success",
            "successfully",
            "could",
            "cannot",
            "was",
            "were",
            "been",
            "there",
            "which",
            "when",
            "definition",
            "definitions",
            "deployment",
            "incident",
            "incidents",
            "job",
            "jobs",
            "batch",
            "decision",
            "authorization",
            "password",
            "login",
            "logout",
            "settings",
            "history",
            "running",
            "suspended",
            "details");
    /** Names and codes that read the same in Vietnamese. */
    static final Set<String> SAME = Set.of(
            "camunda",
            "bpmn",
            "dmn",
            "cmmn",
            "drd",
            "id",
            "json",
            "xml",
            "rest",
            "api",
            "feel",
            "csv",
            "ldap",
            "http",
            "https",
            "url",
            "uuid",
            "cron",
            "iso",
            "utc",
            "ok",
            "null",
            "yyyy",
            "mm",
            "dd",
            "hh",
            "ss",
            "ce",
            "optimize",
            "platform",
            "ddthh",
            "javascript",
            "groovy",
            "java",
            "juel",
            "ttl",
            "f5",
            "tasklist",
            "cockpit",
            "admin");

    static JsonNode read(String app, String locale) throws IOException {
        try (InputStream in =
                LocalesTest.class.getClassLoader().getResourceAsStream(ROOT + app + "/locales/" + locale + ".json")) {
            assertThat(in).as(app + "/" + locale + ".json").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return JSON.readTree(text);
        }
    }

    static List<String> matches(Pattern p, String s, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            found.add(m.group(group).toLowerCase(Locale.ROOT));
        }
        found.sort(null);
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyLabelIsTranslatedWithItsPlaceholdersAndTags(String app) throws IOException {
        JsonNode en = read(app, "en").get("labels");
        JsonNode vi = read(app, "vi").get("labels");
        Set<String> enKeys = new TreeSet<>();
        en.fieldNames().forEachRemaining(enKeys::add);
        Set<String> viKeys = new TreeSet<>();
        vi.fieldNames().forEachRemaining(viKeys::add);
        assertThat(viKeys).as(app + ": the keys of en.json").isEqualTo(enKeys);

        List<String> untranslated = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String english = e.getValue().asText();
            String vietnamese = vi.get(e.getKey()).asText();
            if (!matches(PLACEHOLDER, english, 0).equals(matches(PLACEHOLDER, vietnamese, 0))
                    || !matches(TAG, english, 1).equals(matches(TAG, vietnamese, 1))) {
                broken.add(e.getKey() + ": " + vietnamese);
            }
            if (!Normalizer.isNormalized(vietnamese, Normalizer.Form.NFC)) {
                broken.add(e.getKey() + " is not NFC");
            }
            String words =
                    TAG.matcher(PLACEHOLDER.matcher(vietnamese).replaceAll(" ")).replaceAll(" ");
            Set<String> english2 = WORD.matcher(words)
                    .results()
                    .map(r -> r.group().toLowerCase(Locale.ROOT))
                    .filter(ENGLISH::contains)
                    .collect(Collectors.toSet());
            boolean hasWords = WORD.matcher(
                            TAG.matcher(PLACEHOLDER.matcher(english).replaceAll(" "))
                                    .replaceAll(" "))
                    .results()
                    .map(r -> r.group().toLowerCase(Locale.ROOT))
                    .anyMatch(w -> w.length() > 1 && !SAME.contains(w));
            if (!english2.isEmpty() || (hasWords && vietnamese.equals(english))) {
                untranslated.add(e.getKey() + ": " + vietnamese);
            }
        }
        assertThat(broken)
                .as(app + ": placeholders, tags or normalisation changed")
                .isEmpty();
        assertThat(untranslated).as(app + ": left in English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreVietnameseWithWeeksFromMonday(String app) throws IOException {
        JsonNode en = read(app, "en").get("dateLocales");
        JsonNode vi = read(app, "vi").get("dateLocales");
        Set<String> enKeys = new TreeSet<>();
        en.fieldNames().forEachRemaining(enKeys::add);
        Set<String> viKeys = new TreeSet<>();
        vi.fieldNames().forEachRemaining(viKeys::add);
        assertThat(viKeys).isEqualTo(enKeys);
        assertThat(vi.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(vi.at("/week/dow").asInt()).as("weeks start on Monday").isEqualTo(1);
        assertThat(vi.get("months")).hasSize(12);
        assertThat(vi.at("/months/0").asText()).isEqualTo("tháng 1");
        assertThat(vi.at("/weekdays/1").asText()).isEqualTo("thứ hai");
        assertThat(vi.get("weekdaysMin")).hasSize(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseComesFirstAndEnglishStaysOnOffer(String app) throws IOException {
        try (InputStream in =
                LocalesTest.class.getClassLoader().getResourceAsStream(ROOT + app + "/scripts/config.js")) {
            String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(config).contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'vi'");
        }
    }
}
