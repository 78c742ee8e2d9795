package vn.antq.models.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Role;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.unit.UnitGroups;

/**
 * The steps of the process "Nhập sổ mô hình" ({@code processes/registry-import.bpmn}), each an
 * expression on {@code registryImport}; the two that check what a person sent are delegate
 * expressions ({@code ${registryImport.claim}}, a step, and {@code ${registryImport.decide}}, the
 * confirmation task's check) so that a refusal reaches Tasklist as the 400 it is, not wrapped by the
 * expression language. The importer and their scope
 * come from the login at the start and from the import's record after it, never from a form.
 */
@Component("registryImport")
public class ImportProcess {

    /** Set only by the server (the API without a dry run): the import needs no confirmation in Tasklist. */
    static final String CONFIRMED_ON_UPLOAD = "confirmedOnUpload";

    static final String IMPORTED_BY = "importedBy";
    static final String PROCESSED = "processed";
    static final String TOTAL = "total";
    static final String DECISION = "importDecision";

    /** The confirmation task's choice. */
    public enum Decision {
        IMPORT,
        DECLINE
    }

    private final RegistryImports imports;
    private final OfficialService officials;
    private final InstanceAccess access;
    private final Messages messages;

    public ImportProcess(RegistryImports imports, OfficialService officials, InstanceAccess access, Messages messages) {
        this.access = access;
        this.imports = imports;
        this.officials = officials;
        this.messages = messages;
    }

    /** The variables an import's instance holds; a form may send only its own field. */
    static final java.util.Set<String> KNOWN = java.util.Set.of(
            RegistryImports.IMPORT_ID,
            CONFIRMED_ON_UPLOAD,
            IMPORTED_BY,
            "fileName",
            PROCESSED,
            TOTAL,
            "refused",
            DECISION);

    /** "Nhận tệp đã kiểm tra thử": the file's check must be the starter's own and not yet imported; it becomes this instance's. */
    public JavaDelegate getClaim() {
        return this::claim;
    }

    /** The check at the end of the confirmation task: the importer's choice, validated like every form. */
    public ExecutionListener getDecide() {
        return this::decide;
    }

    private void claim(DelegateExecution execution) {
        Official official = officials
                .current()
                .filter(o -> o.isAdmin() || o.has(Role.APPROVER))
                .orElseThrow(() -> new FieldRefusal(
                        RegistryImports.IMPORT_ID,
                        messages.refusal(RegistryImports.IMPORT_ID, "problem.importNotAllowed")));
        FormInput in = new FormInput(execution, messages);
        String importId = in.text(RegistryImports.IMPORT_ID, 36, true);
        RegistryImport record = imports.claim(importId, official.login(), execution.getProcessInstanceId())
                .orElseThrow(() -> in.refuse(RegistryImports.IMPORT_ID, "problem.importNotClaimable"));
        execution.setVariable(IMPORTED_BY, official.login());
        execution.setVariable("fileName", record.getFileName());
        boolean confirmed = Boolean.TRUE.equals(execution.getVariable(CONFIRMED_ON_UPLOAD));
        execution.setVariable(CONFIRMED_ON_UPLOAD, confirmed);
        if (confirmed) {
            imports.confirm(importId);
        }
        if (!official.isAdmin()) {
            access.grantRead(execution.getProcessInstanceId(), official.unit()); // the province watches it in Cockpit
        }
    }

    /** Who sees the confirmation and the result besides the importer: their unit, or the administrators. */
    public String candidateGroup(DelegateExecution execution) {
        Official official = officials.byLogin((String) execution.getVariable(IMPORTED_BY));
        return official.isAdmin() || official.unit() == null
                ? UnitProvisioning.ADMINISTRATORS
                : UnitGroups.actorGroup(official.unit().getCode());
    }

    /** "Kiểm tra tệp": the file checked again against the registry as it is now. */
    public void check(DelegateExecution execution) {
        ImportCheck.Result result = imports.recheck(importId(execution));
        execution.setVariable(TOTAL, result.accepted().size());
        execution.setVariable("refused", result.refused().size());
        execution.setVariable(PROCESSED, 0);
    }

    private void decide(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(KNOWN);
        in.write(DECISION, in.choice(DECISION, Decision.class).name());
    }

    /** "Ghi nhận xác nhận nhập": the importer chose to import; no longer a dry run. */
    public void confirm(DelegateExecution execution) {
        if (!Decision.IMPORT.name().equals(execution.getVariable(DECISION))) {
            throw new IllegalStateException("Import " + importId(execution) + " was not confirmed in this instance");
        }
        imports.confirm(importId(execution));
    }

    /** "Nhập một lô": the next batch of accepted rows, in this job's transaction. */
    public void storeBatch(DelegateExecution execution) {
        int from = ((Number) execution.getVariable(PROCESSED)).intValue();
        execution.setVariable(PROCESSED, imports.storeBatch(importId(execution), from));
    }

    public void finish(DelegateExecution execution) {
        imports.finish(importId(execution));
    }

    public void decline(DelegateExecution execution) {
        imports.decline(importId(execution));
    }

    private static String importId(DelegateExecution execution) {
        return (String) execution.getVariable(RegistryImports.IMPORT_ID);
    }
}
