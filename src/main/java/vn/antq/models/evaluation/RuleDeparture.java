package vn.antq.models.evaluation;

import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.Classification;

/** The rule at district and province alike: a class other than the rule table's proposal needs a reason. */
final class RuleDeparture {

    private RuleDeparture() {}

    /** The form's {@code reason}, refused when it is missing and {@code chosen} departs from {@code rule}. */
    static String reason(FormInput in, Messages messages, Classification chosen, Classification rule) {
        String reason = in.text("reason", DecisionForm.REASON_MAX, false);
        if (rule != null && chosen != rule && reason == null) {
            throw in.refuse("reason", "problem.overrideNeedsReason", messages.label(rule));
        }
        return reason;
    }
}
