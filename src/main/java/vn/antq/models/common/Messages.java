package vn.antq.models.common;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** User-facing Vietnamese text, all from {@code messages.properties}. */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, VIETNAMESE);
    }

    /** The text under {@code key}, or empty where the bundle has none. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(source.getMessage(key, null, null, VIETNAMESE));
    }

    /** A moment as officials read it: "09:30 ngày 02/12/2026" ({@code format.timeOnDate}), Vietnamese time. */
    public String timeOnDate(Instant at) {
        ZonedDateTime local = at.atZone(Clocks.VIETNAM);
        return get("format.timeOnDate", local.format(TIME), local.format(Clocks.VN_DATE));
    }

    /** The Vietnamese label of a form field, e.g. "Tên mô hình" for {@code modelName}. */
    public String fieldLabel(String field) {
        String label = get("field." + field);
        return label.equals("field." + field) ? field : label;
    }

    /** The Vietnamese label of an enum constant, e.g. "Khu dân cư" for {@code HostType.RESIDENTIAL_AREA}. */
    public String label(Enum<?> value) {
        return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * A refusal that names the field, in the form every form error takes:
     * "Tên mô hình (modelName): chưa nhập.".
     */
    public String refusal(String field, String problemKey, Object... args) {
        return get("refusal", fieldLabel(field), field, get(problemKey, args));
    }
}
