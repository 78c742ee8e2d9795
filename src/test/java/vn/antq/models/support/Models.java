package vn.antq.models.support;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.antq.models.common.Clocks;

/** Brings models into being and moves time for them, as the officials and the engine's timers would. */
public final class Models {

    private final ProcessEngine engine;
    private final Acting acting;

    public Models(ProcessEngine engine) {
        this.engine = engine;
        this.acting = new Acting(engine);
    }

    public static void setClock(LocalDateTime vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(Clocks.VIETNAM).toInstant()));
    }

    /** Proposed by {@code commune} and approved by its district (if any) and province; returns the code. */
    public String activeModel(String commune, String name) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance pi =
                acting.as(commune, () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid(name)));
        Officials.Chain chain = Officials.above(commune);
        if (chain.district() != null) {
            complete(chain.district(), pi.getBusinessKey(), "ReviewByDistrict", Proposals.decision("approve", null));
        }
        complete(chain.province(), pi.getBusinessKey(), "ApproveByProvince", Proposals.decision("approve", null));
        return pi.getBusinessKey();
    }

    /** Indicators that the rule table classifies as {@code classification}. */
    public static Map<String, Object> reportFor(String classification) {
        long[] v = switch (classification) {
            case "EXCELLENT" -> new long[] {15, 12, 6};
            case "GOOD" -> new long[] {8, 5, 3};
            case "AVERAGE" -> new long[] {3, 0, 0};
            default -> new long[] {0, 0, 0};
        };
        Map<String, Object> r = new java.util.HashMap<>();
        r.put("outreachSessions", v[0]);
        r.put("attendees", v[0] * 40);
        r.put("tips", v[1] + 2);
        r.put("valuableTips", v[1]);
        r.put("casesResolved", v[2]);
        r.put("suspectsHandled", v[2]);
        r.put("camerasInstalled", 3L);
        r.put("weaponsHandedIn", 0L);
        r.put("householdsCommitted", 100L);
        r.put("narrative", "Báo cáo kết quả hoạt động trong kỳ.");
        return r;
    }

    /**
     * Runs the model's waiting evaluation to the end with {@code classification}: time moves to its
     * due date, the commune reports, the district (if any) and the province agree with the rule.
     */
    public void classify(String modelCode, String commune, String classification) {
        Job timer = jobs(modelCode).stream()
                .filter(j -> j.getDuedate() != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No evaluation waiting for " + modelCode));
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        runDueJobs(modelCode);
        Officials.Chain chain = Officials.above(commune);
        complete(commune, modelCode, "ReportByCommune", reportFor(classification));
        if (chain.district() != null) {
            complete(chain.district(), modelCode, "AssessByDistrict", Map.of("proposedClassification", classification));
        }
        complete(chain.province(), modelCode, "ClassifyByProvince", Map.of("classification", classification));
    }

    /** The open task {@code taskKey} of the model's processes. */
    public Task task(String modelCode, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(modelCode)
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    public void complete(String login, String modelCode, String taskKey, Map<String, Object> form) {
        Task task = task(modelCode, taskKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskKey + " for " + modelCode);
        }
        acting.run(login, () -> engine.getFormService().submitTaskForm(task.getId(), form));
    }

    /** Runs, as the job executor would at the current engine time, every due job of the model's processes. */
    public int runDueJobs(String modelCode) {
        int ran = 0;
        for (int round = 0; round < 100; round++) {
            List<Job> due = dueJobs(modelCode);
            if (due.isEmpty()) {
                return ran;
            }
            // one at a time: a job (a deadline) may remove others (the task's reminders)
            engine.getManagementService().executeJob(due.get(0).getId());
            ran++;
        }
        throw new AssertionError("Jobs of " + modelCode + " keep falling due");
    }

    public List<Job> dueJobs(String modelCode) {
        Set<String> instances = instances(modelCode);
        return instances.isEmpty()
                ? List.of()
                : engine.getManagementService()
                        .createJobQuery()
                        .processInstanceIds(instances)
                        .executable()
                        .list();
    }

    /** Every job of the model's running processes, due or not. */
    public List<Job> jobs(String modelCode) {
        Set<String> instances = instances(modelCode);
        return instances.isEmpty()
                ? List.of()
                : engine.getManagementService()
                        .createJobQuery()
                        .processInstanceIds(instances)
                        .list();
    }

    private Set<String> instances(String modelCode) {
        return engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(modelCode)
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .collect(Collectors.toSet());
    }

    public ProcessInstance runningCycle(String modelCode) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("model-lifecycle")
                .processInstanceBusinessKey(modelCode)
                .singleResult();
    }
}
