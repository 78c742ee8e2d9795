package vn.antq.models.yearend;

import java.util.Optional;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.security.Official;
import vn.antq.models.security.Role;

/** The classifications a sitting of "Xếp loại cuối năm" works through: the province's, or a district's assessments. */
public enum YearEndStep {
    /** "Xếp loại mô hình (Công an tỉnh)". */
    PROVINCE(ProcessIds.CLASSIFY_BY_PROVINCE, "classification", Role.APPROVER),
    /** "Thẩm định, đề xuất xếp loại (Công an huyện)", where a district tier remains. */
    DISTRICT(ProcessIds.ASSESS_BY_DISTRICT, "proposedClassification", Role.REVIEWER);

    /** The evaluation task each row completes. */
    public final String taskKey;
    /** The field of that task's form that takes the class. */
    public final String classField;

    private final Role role;

    YearEndStep(String taskKey, String classField, Role role) {
        this.taskKey = taskKey;
        this.classField = classField;
        this.role = role;
    }

    /** The step the official's unit classifies at, from their login. */
    public static Optional<YearEndStep> of(Official official) {
        if (official.unit() == null) {
            return Optional.empty();
        }
        for (YearEndStep step : values()) {
            if (official.has(step.role)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
