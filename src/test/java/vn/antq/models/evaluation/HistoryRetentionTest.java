package vn.antq.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;

/**
 * History stays bounded: every definition carries a time to live, a finished instance is stamped
 * with the moment it may be removed, and the engine's cleanup job waits for the night window.
 * (The benchmark's last step shows the cleanup job removing finished cycles.)
 */
@PostgresTest
class HistoryRetentionTest {

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyProcessAndDecisionHasATimeToLive() {
        List<ProcessDefinition> processes =
                engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                        .filter(d -> !d.getKey().startsWith("bench-"))
                        .toList();
        assertThat(processes)
                .extracting(ProcessDefinition::getKey)
                .contains(
                        "model-proposal",
                        "model-lifecycle",
                        "model-retirement-request",
                        "model-replication",
                        "mail-delivery",
                        "reminder-digest");
        assertThat(processes)
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                        .as(d.getKey())
                        .isNotNull()
                        .isPositive());
        List<DecisionDefinition> decisions = engine.getRepositoryService()
                .createDecisionDefinitionQuery()
                .latestVersion()
                .list();
        assertThat(decisions)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                        .as(d.getKey())
                        .isNotNull()
                        .isPositive());
    }

    @Test
    void aFinishedProposalMayBeRemovedFiveYearsAfterItEnded() {
        Models.setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
        String code = new Models(engine).activeModel("commune1", "Mô hình kiểm tra thời hạn lưu lịch sử");
        HistoricProcessInstance proposal = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("model-proposal")
                .processInstanceBusinessKey(code)
                .singleResult();
        assertThat(proposal.getEndTime()).isNotNull();
        assertThat(proposal.getRemovalTime()).isNotNull();
        assertThat(Duration.between(
                        proposal.getEndTime().toInstant(),
                        proposal.getRemovalTime().toInstant()))
                .isEqualTo(Duration.ofDays(1825));
    }

    @Test
    void theCleanupJobRunsInTheNightWindow() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        List<Job> cleanup = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(cleanup).isNotEmpty();
        assertThat(cleanup)
                .allSatisfy(job -> assertThat(job.getDuedate()
                                .toInstant()
                                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                                .getHour())
                        .isIn(22, 23, 0, 1, 2, 3, 4));
    }
}
