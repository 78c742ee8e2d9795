package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.model.ModelCodeGenerator;
import vn.antq.models.model.ModelDescription;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Role;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/**
 * "Đăng ký hồ sơ đề xuất": the proposal enters the registry under a new code, which becomes the
 * business key; the proposing commune, its district and province may read the instance.
 */
@Component("registerProposal")
public class RegisterProposalDelegate implements JavaDelegate {

    private final OfficialService officials;
    private final UnitHierarchy units;
    private final ModelCodeGenerator codes;
    private final ModelRepository models;
    private final ModelHistory history;
    private final InstanceAccess access;
    private final Messages messages;

    public RegisterProposalDelegate(
            OfficialService officials,
            UnitHierarchy units,
            ModelCodeGenerator codes,
            ModelRepository models,
            ModelHistory history,
            InstanceAccess access,
            Messages messages) {
        this.officials = officials;
        this.units = units;
        this.codes = codes;
        this.models = models;
        this.history = history;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the start event's listener refuses anyone else with a message for the user; an instance started
        // past that event meets the same rule here
        Official proposer = officials
                .current()
                .filter(o -> o.has(Role.PROPOSER))
                .orElseThrow(() -> new RegistryIntegrityException(
                        null,
                        "propose a new model",
                        execution.getProcessInstanceId(),
                        "only a commune official proposes a model, not "
                                + officials.current().map(Official::login).orElse("an anonymous caller")));
        AdministrativeUnit commune = proposer.unit();
        AdministrativeUnit province = units.provinceOf(commune);
        ModelDescription description = ProposalForm.read(execution, messages);

        String code = codes.nextModelCode(province.getCode());
        SecurityModel model =
                new SecurityModel(code, commune.getCode(), province.getCode(), proposer.login(), Clocks.now());
        model.describe(description);
        model.attachProcess(execution.getProcessInstanceId());
        models.save(model);

        execution.setProcessBusinessKey(code);
        execution.setVariable("modelCode", code);
        execution.setVariable("unitName", commune.getName());
        access.grantRead(execution.getProcessInstanceId(), commune);
        history.record(code, execution.getCurrentActivityId(), "submitted", null, execution);
    }
}
