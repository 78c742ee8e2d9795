package vn.antq.models.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** User-facing Vietnamese text, all from {@code messages.properties}. */
@Component
public class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final MessageSource source;

  public Messages(MessageSource source) {
    this.source = source;
  }

  public String get(String key, Object... args) {
    return source.getMessage(key, args, key, VIETNAMESE);
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
