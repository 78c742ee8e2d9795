package vn.antq.models.common;

import java.util.Locale;

/**
 * A choice a form sends as a lower-case word ({@code approve} for {@code APPROVE}), as CONTRACT.md
 * names them; implemented by the enums of those choices, read by {@link FormInput#choice(String, java.util.Collection)}.
 */
public interface FormChoice {

    String name();

    /** The word the form sends, the gateways test and the history records. */
    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
