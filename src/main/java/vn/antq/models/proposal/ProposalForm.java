package vn.antq.models.proposal;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ChoiceOptions;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelDescription;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelRules;

/**
 * The proposal's fields (CONTRACT.md), read from the start or revision form with every rule the
 * server enforces. Reading writes the cleaned values back, so that process variables never hold
 * raw user HTML.
 */
final class ProposalForm {

    /** Every variable a proposal instance may hold: the form's fields and what the server sets. */
    static final java.util.Set<String> KNOWN = vn.antq.models.common.FormFields.known(
            java.util.Set.of(
                    "modelCode",
                    "unitName",
                    RecordDecisionDelegate.DISTRICT_DECISION,
                    RecordDecisionDelegate.DISTRICT_REASON,
                    "decisionStep",
                    "decisionTitle",
                    "decisionLabel",
                    "decisionOptions",
                    "fieldLabel",
                    "hostTypeLabel",
                    ChoiceOptions.FIELDS,
                    ChoiceOptions.HOST_TYPES),
            "proposal-start",
            "proposal-decision",
            "proposal-revision");

    static final int NAME_MAX = ModelRules.NAME_MAX;
    static final int RICH_MAX = ModelRules.RICH_MAX;

    private ProposalForm() {}

    static ModelDescription read(VariableScope scope, Messages messages) {
        FormInput in = new FormInput(scope, messages);
        in.refuseUnknown(KNOWN);
        String name = in.text("modelName", NAME_MAX, true);
        ModelField field = in.choice("field", ModelField.class);
        HostType hostType = in.choice("hostType", HostType.class);
        String decisionNo = in.text("decisionNo", 100, true);
        LocalDate foundedOn = in.date("foundedOn", true);
        ModelRules.checkFounded(in, "foundedOn", foundedOn);
        String leaderName = in.text("leaderName", 200, true);
        String leaderPhone = in.phone("leaderPhone", true);
        long members = in.wholeNumber("members", 1, true);
        String goals = in.richText("goals", RICH_MAX, true);
        String activities = in.richText("activities", RICH_MAX, true);
        String funding = in.text("funding", 1000, false);

        in.write("modelName", name);
        in.write("field", field.name());
        in.write("hostType", hostType.name());
        // what the forms that show the proposal print, in the words of messages.properties
        in.write("fieldLabel", messages.label(field));
        in.write("hostTypeLabel", messages.label(hostType));
        in.write("decisionNo", decisionNo);
        in.write("foundedOn", foundedOn.toString());
        in.write("leaderName", leaderName);
        in.write("leaderPhone", leaderPhone);
        in.write("members", members);
        in.write("goals", goals);
        in.write("activities", activities);
        in.write("funding", funding);
        return new ModelDescription(
                name,
                field,
                hostType,
                decisionNo,
                foundedOn,
                leaderName,
                leaderPhone,
                members,
                goals,
                activities,
                funding);
    }
}
