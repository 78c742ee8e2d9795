package vn.antq.models.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;

/**
 * An evaluation waiting on the version before the named steps moves to the latest version when it is
 * deployed, and its report is then recorded by "Ghi nhận báo cáo". A campaign started on the version
 * before the answer subprocess, which the migration API cannot map, runs out on its version, and each
 * commune's answer is still recorded.
 */
@PostgresTest
class RunningInstanceMigrationTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Autowired
    ProcessEngine engine;

    @Autowired
    RunningInstanceMigration migration;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void instancesWaitingOnTheVersionBeforeTheNamedStepsMoveAndTheirWorkIsRecorded() throws IOException {
        Acting acting = new Acting(engine);
        Models fixtures = new Models(engine);
        Models.setClock(LocalDateTime.of(2025, 1, 5, 9, 0));
        String model = fixtures.activeModel("commune1", "Camera an ninh xóm Bàu");
        String source = fixtures.activeModel("commune1", "Tổ liên gia tự quản xóm Bàu");
        fixtures.classify(source, "commune1", "GOOD");
        // the model waits for its commune's report
        Job due = fixtures.jobs(model).stream()
                .filter(j -> j.getDuedate() != null)
                .findFirst()
                .orElseThrow();
        ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 60_000));
        fixtures.runDueJobs(model);
        ProcessInstance cycle = fixtures.runningCycle(model);
        // the evaluation is put back on the earlier version, as if it had started before the change
        moveToEarlierVersion(cycle.getId(), ProcessIds.LIFECYCLE, "model-lifecycle-before-named-steps.bpmn");
        // a campaign started on the earlier version waits for two communes' answers
        deploy(
                ProcessIds.REPLICATION,
                "model-replication.bpmn",
                getClass().getResourceAsStream("/versions/model-replication-before-named-steps.bpmn"));
        Models.setClock(TODAY.atTime(9, 0));
        ProcessInstance campaign = campaign(acting, source, List.of("QB0102", "QB0201"));
        ProcessDefinition earlierReplication = definitionOf(campaign.getId());

        // the current diagrams are deployed again, and the running instances follow
        redeployCurrent(ProcessIds.LIFECYCLE, "model-lifecycle.bpmn");
        redeployCurrent(ProcessIds.REPLICATION, "model-replication.bpmn");
        RunningInstanceMigration.Outcome outcome = migration.migrateAll();

        assertThat(outcome.migrated()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.left()).isEqualTo(1);
        assertThat(definitionOf(cycle.getId()).getId())
                .isEqualTo(latest(ProcessIds.LIFECYCLE).getId());
        assertThat(definitionOf(campaign.getId()).getId())
                .isEqualTo(earlierReplication.getId())
                .isNotEqualTo(latest(ProcessIds.REPLICATION).getId());

        // the report is recorded by "Ghi nhận báo cáo"
        fixtures.complete("commune1", model, "ReportByCommune", Models.reportFor("GOOD"));
        assertThat(jdbc.queryForObject(
                        "select outcome from model_evaluation where process_instance_id = ?",
                        String.class,
                        cycle.getId()))
                .isIn("REPORTED", "ASSESSED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from model_decision where model_code = ? and step = ? and outcome = ?",
                        Long.class,
                        model,
                        "ReportByCommune",
                        "reported"))
                .isEqualTo(1);
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(cycle.getId())
                        .activityId("RecordReport")
                        .finished()
                        .count())
                .isEqualTo(1);

        // each commune's answer on the earlier version is recorded against its own target
        answer(acting, campaign, "QB0102", "commune2", accept());
        Map<String, Object> decline =
                new HashMap<>(Map.of("decision", "decline", "reason", "Xã đã có mô hình tương tự"));
        answer(acting, campaign, "QB0201", "commune3", decline);
        assertThat(jdbc.queryForList(
                        "select unit_code, outcome, point_code is not null as has_point from replication_target "
                                + "where campaign_code = ? order by unit_code",
                        campaign.getBusinessKey()))
                .extracting(r -> r.get("unit_code"), r -> r.get("outcome"), r -> r.get("has_point"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QB0102", "ACCEPTED", true),
                        org.assertj.core.groups.Tuple.tuple("QB0201", "DECLINED", false));
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(campaign.getId())
                        .count())
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from security_model where origin_code = ?", Long.class, source))
                .isEqualTo(1);
    }

    ProcessInstance campaign(Acting acting, String source, List<String> communes) {
        String definitionId = latest(ProcessIds.REPLICATION).getId();
        Map<String, Object> form = new HashMap<>();
        form.put("sourceCode", source);
        form.put("targetUnits", communes);
        form.put("deadline", TODAY.plusDays(30).toString());
        return acting.as("province1", () -> engine.getFormService().submitStartForm(definitionId, form));
    }

    void answer(Acting acting, ProcessInstance campaign, String commune, String login, Map<String, Object> form) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(campaign.getId())
                .taskCandidateGroup(commune)
                .singleResult();
        acting.run(login, () -> engine.getFormService().submitTaskForm(task.getId(), form));
    }

    static Map<String, Object> accept() {
        Map<String, Object> m = new HashMap<>();
        m.put("decision", "accept");
        m.put("leaderName", "Phan Văn Bình");
        m.put("members", 8L);
        m.put("startedOn", TODAY.plusDays(10).toString());
        return m;
    }

    void moveToEarlierVersion(String instance, String key, String resource) throws IOException {
        ProcessDefinition current = definitionOf(instance);
        deploy(key, key + ".bpmn", getClass().getResourceAsStream("/versions/" + resource));
        engine.getRuntimeService()
                .newMigration(engine.getRuntimeService()
                        .createMigrationPlan(current.getId(), latest(key).getId())
                        .mapEqualActivities()
                        .build())
                .processInstanceIds(instance)
                .execute();
        assertThat(definitionOf(instance).getId()).isEqualTo(latest(key).getId());
    }

    void redeployCurrent(String key, String resource) throws IOException {
        deploy(key, resource, getClass().getResourceAsStream("/" + resource));
    }

    void deploy(String key, String resource, InputStream in) throws IOException {
        try (in) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name(key)
                    .addInputStream(resource, in)
                    .deploy();
        }
    }

    ProcessDefinition latest(String key) {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
    }

    ProcessDefinition definitionOf(String instance) {
        String id = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getProcessDefinitionId();
        return engine.getRepositoryService().getProcessDefinition(id);
    }
}
