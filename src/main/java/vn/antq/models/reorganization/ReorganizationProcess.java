package vn.antq.models.reorganization;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.UnitHierarchy;

/**
 * The process "Sắp xếp lại đơn vị hành chính" (unit-reorganization): the start is checked and run
 * dry ({@link #check}), the administrator's confirmation is checked ({@link #decide}), and the named
 * step "Sắp xếp lại đơn vị" makes the move ({@link #move}), the same as POST /api/admin/units/merge.
 */
@Component("reorganizationProcess")
public class ReorganizationProcess {

    static final String MERGE = "MERGE";
    static final String DROP_DISTRICT_TIER = "DROP_DISTRICT_TIER";
    /** Every variable the process may hold: its forms' fields and what the server sets. */
    static final Set<String> KNOWN = Set.of(
            "reorganizationKind",
            "fromUnits",
            "intoUnit",
            "decree",
            "reorganizationDecision",
            "requestedBy",
            "reorganizationSummary",
            "movedModels",
            "movedTasks",
            "movedOfficials");

    private final UnitReorganization reorganization;
    private final OfficialService officials;
    private final Messages messages;
    private final UnitHierarchy hierarchy;

    public ReorganizationProcess(
            UnitReorganization reorganization, OfficialService officials, Messages messages, UnitHierarchy hierarchy) {
        this.reorganization = reorganization;
        this.officials = officials;
        this.messages = messages;
        this.hierarchy = hierarchy;
    }

    /** At the start: an administrator, units that can be reorganized so; the dry run's figures as variables. */
    public ExecutionListener getCheck() {
        return execution -> {
            FormInput in = new FormInput(execution, messages);
            in.refuseUnknown(KNOWN);
            Official admin = officials
                    .current()
                    .filter(Official::isAdmin)
                    .orElseThrow(() -> in.refuse("reorganizationKind", "problem.adminOnly"));
            String kind = in.text("reorganizationKind", 30, true).toUpperCase(Locale.ROOT);
            String into = in.text("intoUnit", 20, true).toUpperCase(Locale.ROOT);
            String decree = in.text("decree", 200, true);
            List<String> from = List.of();
            if (MERGE.equals(kind)) {
                String raw = in.text("fromUnits", 500, true);
                from = Arrays.stream(raw.split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .map(s -> s.toUpperCase(Locale.ROOT))
                        .distinct()
                        .toList();
            } else if (!DROP_DISTRICT_TIER.equals(kind)) {
                throw in.refuse("reorganizationKind", "problem.notAChoice");
            }
            UnitReorganization.Moved dry;
            try {
                dry = run(kind, from, into, decree, true, admin.login());
            } catch (UnitReorganization.Refused e) {
                String field = switch (e.field()) {
                    case "from" -> "fromUnits";
                    default -> "intoUnit";
                };
                throw in.refuse(field, "problem.reorganization", e.getMessage());
            }
            in.write("reorganizationKind", kind);
            in.write("intoUnit", into);
            in.write("decree", decree);
            in.write("fromUnits", String.join(", ", from));
            execution.setVariable("requestedBy", admin.login());
            execution.setVariable(
                    "reorganizationSummary",
                    MERGE.equals(kind)
                            ? messages.get(
                                    "reorganization.summary.merge",
                                    String.join(
                                            ", ", from.stream().map(this::named).toList()),
                                    named(into))
                            : messages.get(
                                    "reorganization.summary.dropTier",
                                    named(into),
                                    String.join(
                                            ", ",
                                            reorganization.districtsOf(into).stream()
                                                    .map(u -> named(u.getCode()))
                                                    .toList())));
            execution.setVariable("movedModels", dry.movedModels());
            execution.setVariable("movedTasks", dry.movedTasks());
            execution.setVariable("movedOfficials", dry.movedOfficials());
        };
    }

    /** The confirmation: one of the two choices. */
    public ExecutionListener getDecide() {
        return execution -> {
            FormInput in = new FormInput(execution, messages);
            String decision = in.text("reorganizationDecision", 10, true).toUpperCase(Locale.ROOT);
            if (!decision.equals("CONFIRM") && !decision.equals("CANCEL")) {
                throw in.refuse("reorganizationDecision", "problem.notAChoice");
            }
            in.write("reorganizationDecision", decision);
        };
    }

    /** The named step "Sắp xếp lại đơn vị": the move itself; what moved replaces the dry run's figures. */
    public void move(DelegateExecution execution) {
        String kind = (String) execution.getVariable("reorganizationKind");
        String fromUnits = (String) execution.getVariable("fromUnits");
        List<String> from =
                fromUnits == null || fromUnits.isBlank() ? List.of() : Arrays.asList(fromUnits.split(",\\s*"));
        UnitReorganization.Moved moved = run(
                kind,
                from,
                (String) execution.getVariable("intoUnit"),
                (String) execution.getVariable("decree"),
                false,
                (String) execution.getVariable("requestedBy"));
        execution.setVariable("movedModels", moved.movedModels());
        execution.setVariable("movedTasks", moved.movedTasks());
        execution.setVariable("movedOfficials", moved.movedOfficials());
    }

    /** "Xã Phong Thủy (QB0102)": the name the decree uses, and the code the registry does. */
    private String named(String code) {
        return hierarchy.find(code).map(u -> u.getName() + " (" + code + ")").orElse(code);
    }

    private UnitReorganization.Moved run(
            String kind, List<String> from, String into, String decree, boolean dryRun, String by) {
        return MERGE.equals(kind)
                ? reorganization.merge(from, into, dryRun, by, decree)
                : reorganization.dropDistrictTier(into, dryRun, by, decree);
    }
}
