package vn.antq.models.yearend;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.SearchText;
import vn.antq.models.evaluation.Evaluation;
import vn.antq.models.evaluation.EvaluationRepository;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.model.Classification;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.Official;
import vn.antq.models.security.Privileged;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;

/**
 * Every classification waiting in an official's unit at their step: the open evaluation tasks of the
 * unit's group, each with its model, commune, the commune's figures, the rule table's class and the
 * district's proposal and reason. The unit and the step come from the login; three queries whatever
 * the number of rows (tasks, evaluations, models).
 */
@Service
public class WaitingClassifications {

    /** One waiting classification. {@code proposal} is what accepting the row means: the district's class, else the rule's. */
    public record Row(
            String taskId,
            String modelCode,
            String modelName,
            String communeCode,
            String communeName,
            int cycleNo,
            LocalDate due,
            Indicators indicators,
            Classification rule,
            Classification district,
            String districtReason,
            Classification proposal) {

        boolean departs() {
            return district != null && district != rule;
        }
    }

    /** What a list is narrowed to; every part optional. */
    public record Filter(String text, String commune, Classification rule, Classification district, Boolean departs) {

        static final Filter NONE = new Filter(null, null, null, null, null);

        boolean keeps(Row r) {
            return (text == null || text.isBlank() || searchable(r).contains(folded(text)))
                    && (commune == null || commune.isBlank() || commune.equals(r.communeCode()))
                    && (rule == null || rule == r.rule())
                    && (district == null || district == r.district())
                    && (departs == null || departs == r.departs());
        }
    }

    /** The orders a list may take. */
    public enum Sort {
        CODE(Comparator.comparing(Row::modelCode)),
        COMMUNE(Comparator.comparing(Row::communeName).thenComparing(Row::modelCode)),
        RULE(Comparator.comparing(Row::rule, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::modelCode)),
        DUE(Comparator.comparing(Row::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::modelCode));

        final Comparator<Row> order;

        Sort(Comparator<Row> order) {
            this.order = order;
        }
    }

    /** One page of a narrowed, ordered list, and how many rows the whole list has. */
    public record Page(int total, int page, int size, List<Row> rows) {}

    static final int TASK_PAGE = 2000;

    private final TaskService tasks;
    private final EvaluationRepository evaluations;
    private final ModelRepository models;
    private final UnitHierarchy units;

    public WaitingClassifications(
            TaskService tasks, EvaluationRepository evaluations, ModelRepository models, UnitHierarchy units) {
        this.tasks = tasks;
        this.evaluations = evaluations;
        this.models = models;
        this.units = units;
    }

    /** Every row waiting for the official at their step, by model code; none for an official who classifies nothing. */
    public List<Row> of(Official official) {
        return YearEndStep.of(official).map(step -> of(official.unit(), step)).orElse(List.of());
    }

    public List<Row> of(AdministrativeUnit unit, YearEndStep step) {
        List<Task> open = new java.util.ArrayList<>();
        for (int from = 0; ; from += TASK_PAGE) { // the engine returns at most 2,000 rows a query
            int first = from;
            List<Task> page = Privileged.call(() -> tasks.createTaskQuery()
                    .taskDefinitionKey(step.taskKey)
                    .taskCandidateGroup(UnitGroups.actorGroup(unit.getCode()))
                    .active()
                    .orderByTaskId()
                    .asc()
                    .listPage(first, TASK_PAGE));
            open.addAll(page);
            if (page.size() < TASK_PAGE) {
                break;
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Evaluation> byInstance =
                evaluations
                        .findByProcessInstanceIdIn(
                                open.stream().map(Task::getProcessInstanceId).toList())
                        .stream()
                        .collect(Collectors.toMap(Evaluation::getProcessInstanceId, Function.identity(), (a, b) -> a));
        Map<String, SecurityModel> byCode =
                models
                        .findAllById(byInstance.values().stream()
                                .map(Evaluation::getModelCode)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SecurityModel::getCode, Function.identity()));
        ZoneId zone = Clocks.VIETNAM;
        return open.stream()
                .filter(t -> byInstance.containsKey(t.getProcessInstanceId()))
                .map(t -> {
                    Evaluation e = byInstance.get(t.getProcessInstanceId());
                    SecurityModel m = byCode.get(e.getModelCode());
                    AdministrativeUnit commune = units.get(m.getUnitCode());
                    Classification proposal = e.getProposedClassification() != null
                            ? e.getProposedClassification()
                            : e.getRuleClassification();
                    return new Row(
                            t.getId(),
                            m.getCode(),
                            m.getName(),
                            commune.getCode(),
                            commune.getName(),
                            e.getCycleNo(),
                            t.getDueDate() == null
                                    ? null
                                    : LocalDate.ofInstant(t.getDueDate().toInstant(), zone),
                            e.indicators(),
                            e.getRuleClassification(),
                            step == YearEndStep.PROVINCE ? e.getProposedClassification() : null,
                            step == YearEndStep.PROVINCE ? e.getAssessmentNote() : null,
                            proposal);
                })
                .sorted(Sort.CODE.order)
                .toList();
    }

    /** The rows that {@code filter} keeps, in {@code sort} order, page {@code page} (from 0) of {@code size}. */
    public static Page page(List<Row> all, Filter filter, Sort sort, int page, int size) {
        List<Row> kept = all.stream().filter(filter::keeps).sorted(sort.order).toList();
        int from = Math.min(kept.size(), page * size);
        return new Page(kept.size(), page, size, kept.subList(from, Math.min(kept.size(), from + size)));
    }

    /** The rows that {@code filter} keeps, in code order: what "select all that the filter shows" selects. */
    public static List<Row> kept(List<Row> all, Filter filter) {
        return all.stream().filter(filter::keeps).toList();
    }

    private static String searchable(Row r) {
        return folded(r.modelCode() + " " + r.modelName() + " " + r.communeName());
    }

    /** Lower case without diacritics, so that "xom bau" finds "Xóm Bàu". */
    static String folded(String s) {
        return SearchText.fold(s);
    }
}
