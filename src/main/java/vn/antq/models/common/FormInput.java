package vn.antq.models.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a form submitted, field by field, and refuses bad input with a Vietnamese message
 * that names the field. The values it returns are normalised and cleaned; callers write them back
 * so that the process variables hold only clean text.
 */
public class FormInput {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** Where the submitted values are, a process's variables or a row of an imported sheet: their names, a read, a write. */
    private final java.util.function.Supplier<java.util.Set<String>> names;

    private final java.util.function.Function<String, Object> read;
    private final java.util.function.BiConsumer<String, Object> write;
    private final Messages messages;

    public FormInput(VariableScope variables, Messages messages) {
        this(variables::getVariableNames, variables::getVariable, variables::setVariable, messages);
    }

    /** The same rules for values that come from elsewhere than a form, such as a row of an imported sheet. */
    public FormInput(java.util.Map<String, Object> values, Messages messages) {
        this(values::keySet, values::get, values::put, messages);
    }

    private FormInput(
            java.util.function.Supplier<java.util.Set<String>> names,
            java.util.function.Function<String, Object> read,
            java.util.function.BiConsumer<String, Object> write,
            Messages messages) {
        this.names = names;
        this.read = read;
        this.write = write;
        this.messages = messages;
    }

    public FieldRefusal refuse(String field, String problemKey, Object... args) {
        return new FieldRefusal(field, messages.refusal(field, problemKey, args));
    }

    /**
     * Refuses any variable this process does not know: a form may send only its own fields, so a
     * smuggled unit code or an unexpected key is an error, not something to store.
     */
    public void refuseUnknown(java.util.Set<String> known) {
        for (String name : names.get()) {
            // whom a stand-in acts for is the server's own, checked where it is set (engine/StandInAssignment)
            if (!known.contains(name) && !OnBehalf.VARIABLE.equals(name)) {
                throw refuse(name, "problem.unknownField");
            }
        }
    }

    private Object raw(String field) {
        return read.apply(field);
    }

    /** Plain text: no markup, at most {@code maxLength} characters; empty counts as missing. */
    public String text(String field, int maxLength, boolean required) {
        Object value = raw(field);
        if (value != null && !(value instanceof String)) {
            throw refuse(field, "problem.notText");
        }
        String text = UserText.normalise((String) value);
        if (text == null || text.isEmpty()) {
            if (required) {
                throw refuse(field, "problem.required");
            }
            return null;
        }
        if (UserText.looksLikeMarkup(text)) {
            throw refuse(field, "problem.markup");
        }
        if (text.length() > maxLength) {
            throw refuse(field, "problem.tooLong", maxLength);
        }
        return text;
    }

    /** Rich text: cleaned to the safe subset of HTML; required means visible text must remain. */
    public String richText(String field, int maxLength, boolean required) {
        Object value = raw(field);
        if (value != null && !(value instanceof String)) {
            throw refuse(field, "problem.notText");
        }
        String html = UserText.cleanHtml((String) value);
        if (UserText.isBlankHtml(html)) {
            if (required) {
                throw refuse(field, "problem.required");
            }
            return null;
        }
        if (html.length() > maxLength) {
            throw refuse(field, "problem.tooLong", maxLength);
        }
        return html;
    }

    /** A Vietnamese or international phone number: 8–19 digits, spaces, dots or dashes, an optional +. */
    public String phone(String field, boolean required) {
        String phone = text(field, 20, required);
        if (phone != null && !phone.matches("\\+?[0-9][0-9 .-]{7,18}")) {
            throw refuse(field, "problem.phone");
        }
        return phone;
    }

    /** One of the constants of {@code type}, sent by its name. */
    /** One of {@code allowed}, sent as its {@link FormChoice#value() word}. */
    public <E extends FormChoice> E choice(String field, java.util.Collection<E> allowed) {
        String value = text(field, 20, true);
        return allowed.stream()
                .filter(c -> c.value().equals(value))
                .findFirst()
                .orElseThrow(() -> refuse(field, "problem.notAChoice"));
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field, 100, true);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw refuse(field, "problem.notAChoice");
        }
    }

    /** A whole number of at least {@code min}; a number field may send it as Long, Integer, Double or text. */
    public long wholeNumber(String field, long min, boolean required) {
        Object value = raw(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                throw refuse(field, "problem.required");
            }
            return min;
        }
        long n;
        try {
            BigDecimal d = value instanceof Number num
                    ? new BigDecimal(num.toString())
                    : new BigDecimal(value.toString().trim());
            n = d.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw refuse(field, "problem.notWholeNumber");
        }
        if (n < min) {
            throw refuse(field, "problem.atLeast", min);
        }
        return n;
    }

    /** A calendar date written yyyy-MM-dd. */
    public LocalDate date(String field, boolean required) {
        Object value = raw(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                throw refuse(field, "problem.required");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw refuse(field, "problem.notDate");
        }
        try {
            return LocalDate.parse(s.trim(), ISO_DATE);
        } catch (DateTimeParseException e) {
            throw refuse(field, "problem.notDate");
        }
    }

    public void write(String field, Object value) {
        write.accept(field, value);
    }
}
