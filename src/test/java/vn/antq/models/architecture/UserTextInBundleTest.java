package vn.antq.models.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text an official reads comes from {@code messages.properties}: no Vietnamese string literal
 * in the application's Java (the demo profile's sample registry is data, and exempt), and every key
 * the Java asks for by its full name is in the bundle.
 */
class UserTextInBundleTest {

    static final Path MAIN = Path.of("src/main/java/vn/antq/models");
    /** The demo profile's units, officials and registry: sample data, not text of the application. */
    static final Path DEMO = MAIN.resolve("demo");

    /** A letter only Vietnamese uses among the Latin ones (with its tone or its hook), or đ. */
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);

    static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    /** messages.get("a.key" …), messages.refusal(field, "a.key" …), messages.find("a.key"). */
    static final Pattern KEY_ASKED = Pattern.compile(
            "messages\\.(?:get|find)\\(\"([A-Za-z][\\w.]*)\"\\s*[,)]|messages\\.refusal\\([^,]+,\\s*\"([A-Za-z][\\w.]*)\"");

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The code without its comments, lines kept where they were. */
    static String code(Path file) throws IOException {
        Matcher m = COMMENT.matcher(Files.readString(file));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\n".repeat((int)
                            m.group().chars().filter(c -> c == '\n').count())));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void noVietnameseTextIsWrittenInJava() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (file.startsWith(DEMO)) {
                continue;
            }
            String code = code(file);
            Matcher m = STRING_LITERAL.matcher(code);
            while (m.find()) {
                if (VIETNAMESE.matcher(m.group()).find()) {
                    long line = code.substring(0, m.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count()
                            + 1;
                    found.add(MAIN.relativize(file) + ":" + line + " " + m.group());
                }
            }
        }
        assertThat(found).as("Vietnamese text belongs in messages.properties").isEmpty();
    }

    @Test
    void everyKeyTheJavaAsksForIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> asked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_ASKED.matcher(code(file));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                asked.add(key);
                if (!bundle.containsKey(key)) {
                    missing.add(MAIN.relativize(file) + ": " + key);
                }
            }
        }
        assertThat(asked).as("keys found in the Java").hasSizeGreaterThan(50);
        assertThat(missing)
                .as("keys the Java asks for that messages.properties lacks")
                .isEmpty();
    }
}
