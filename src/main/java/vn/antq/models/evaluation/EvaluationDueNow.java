package vn.antq.models.evaluation;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.ProcessIds;

/**
 * Brings a model's waiting evaluation forward to today, with a fresh report deadline: for demos and
 * for a province that decides to evaluate early. The job executor then opens the report task, woken
 * once the change is committed: a timer whose date moves does not wake it as a new job does, and an
 * idle one looks again only after {@code camunda.bpm.job-execution.max-wait}.
 */
@Service
public class EvaluationDueNow {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final EvaluationRepository evaluations;
    private final EvaluationCalendar calendar;
    private final ProcessEngineConfigurationImpl engine;

    public EvaluationDueNow(
            RuntimeService runtime,
            ManagementService management,
            EvaluationRepository evaluations,
            EvaluationCalendar calendar,
            ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        this.runtime = runtime;
        this.management = management;
        this.evaluations = evaluations;
        this.calendar = calendar;
    }

    /** The timer job now due, or empty when the model has no evaluation waiting for its date. */
    @Transactional
    public Optional<Job> bringForward(String modelCode) {
        ProcessInstance cycle = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.LIFECYCLE)
                .processInstanceBusinessKey(modelCode)
                .singleResult();
        Job timer = cycle == null
                ? null
                : management
                        .createJobQuery()
                        .processInstanceId(cycle.getId())
                        .activityId(ProcessIds.EVALUATION_DUE)
                        .singleResult();
        if (timer == null) {
            return Optional.empty();
        }
        LocalDate today = Clocks.today();
        LocalDate deadline = calendar.reportDeadline(today);
        evaluations.findByProcessInstanceId(cycle.getId()).orElseThrow().reschedule(today, deadline);
        runtime.setVariables(cycle.getId(), ScheduleEvaluationDelegate.dates(today, deadline));
        management.setJobDuedate(timer.getId(), Date.from(Clocks.now()));
        wakeJobExecutorAfterCommit();
        return Optional.of(management.createJobQuery().jobId(timer.getId()).singleResult());
    }

    private void wakeJobExecutorAfterCommit() {
        JobExecutor executor = engine.getJobExecutor();
        if (executor == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            executor.jobWasAdded(); // no transaction of the caller's: the change is committed already
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.jobWasAdded();
            }
        });
    }
}
