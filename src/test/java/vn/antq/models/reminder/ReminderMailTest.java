package vn.antq.models.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.mail.MailKind;
import vn.antq.models.mail.MailQueue;
import vn.antq.models.mail.OutboxMail;
import vn.antq.models.mail.OutboxRepository;
import vn.antq.models.mail.ReminderPreferences;
import vn.antq.models.notification.NotificationRepository;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;

/**
 * Reminders, escalation and delivery against a real SMTP server in the test JVM (GreenMail):
 * content, timing on the engine clock, candidate-group fan-out, silence after completion, an SMTP
 * outage that ends in an incident and, after the operator's retry, exactly one delivery. The
 * reminders are swept (the process "Nhắc việc"): a period changed in the settings reaches a task
 * already waiting, a sweep run twice or on two servers at once tells each recipient once, a task
 * moved to another unit is reminded there, and no task carries a timer of its own.
 */
@PostgresTest
class ReminderMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    ProcessEngine engine;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    ReminderPreferences preferences;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    IdentityService identity;

    Acting acting;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        acting = new Acting(engine);
        Models.setClock(START);
        // what other tests left waiting is theirs: it counts as reminded, so each test sees its own mails only
        jdbc.update(
                "insert into task_reminder (task_id, kind, swept_at) select t.id_, k.kind, now() from act_ru_task t "
                        + "cross join (values ('BEFORE_DUE'), ('OVERDUE'), ('ESCALATION')) k (kind) "
                        + "where not exists (select 1 from task_reminder r where r.task_id = t.id_ and r.kind = k.kind)");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        preferences.set("district1", ReminderPreferences.Mode.EACH);
    }

    ProcessInstance propose(String commune, String name) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        return acting.as(commune, () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid(name)));
    }

    Task task(ProcessInstance pi) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
    }

    /** Moves the clock and sweeps, as the process "Nhắc việc" would at that time. */
    void at(LocalDateTime time) {
        Models.setClock(time);
        sweep.sweepNow();
    }

    /** Runs the delivery jobs of the task's e-mails; returns how many failed. */
    int deliver(String taskId) {
        int failed = 0;
        for (OutboxMail mail : outbox.findByTaskIdOrderById(taskId)) {
            failed += deliverOne(mail.getId()) ? 0 : 1;
        }
        return failed;
    }

    boolean deliverOne(Long outboxId) {
        Job job = deliveryJob(outboxId);
        if (job == null) {
            return true;
        }
        try {
            engine.getManagementService().executeJob(job.getId());
            return true;
        } catch (RuntimeException smtpDown) {
            return false;
        }
    }

    Job deliveryJob(Long outboxId) {
        ProcessInstance delivery = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("MAIL-" + outboxId)
                .singleResult();
        return delivery == null
                ? null
                : engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(delivery.getId())
                        .singleResult();
    }

    static String text(MimeMessage m) throws Exception {
        return GreenMailUtil.getBody(m);
    }

    static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart outer = (MimeMultipart) m.getContent();
        return findPart(outer, type);
    }

    static String findPart(MimeMultipart mp, String type) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            var p = mp.getBodyPart(i);
            if (p.getContent() instanceof MimeMultipart nested) {
                String found = findPart(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
        }
        return null;
    }

    @Test
    void aReminderBeforeTheDueDateTellsTheUnitInVietnameseWithALinkToTheTask() throws Exception {
        ProcessInstance pi = propose("commune1", "Camera an ninh ngõ Chùa");
        Task review = task(pi);
        assertThat(review.getDueDate())
                .isEqualTo(Date.from(START.plusDays(10)
                        .atZone(vn.antq.models.common.Clocks.VIETNAM)
                        .toInstant()));
        assertThat(review.getFollowUpDate())
                .isEqualTo(Date.from(START.plusDays(7)
                        .atZone(vn.antq.models.common.Clocks.VIETNAM)
                        .toInstant()));

        at(START.plusDays(7));
        assertThat(outbox.findByTaskIdOrderById(review.getId())).isEmpty();
        at(START.plusDays(8));
        assertThat(deliver(review.getId())).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("district1@antq.example");
        assertThat(mail.getSubject())
                .isEqualTo("[Nhắc việc] Sắp đến hạn: Thẩm định đề xuất (Công an huyện) – " + pi.getBusinessKey());
        String plain = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(plain)
                .contains(
                        "Camera an ninh ngõ Chùa",
                        pi.getBusinessKey(),
                        "Huyện Lệ Thủy",
                        "09:00 ngày 12/03/2026",
                        "https://antq.example/camunda/app/tasklist/default/#/?task=" + review.getId());
        assertThat(html)
                .contains(
                        "href=\"https://antq.example/camunda/app/tasklist/default/#/?task=" + review.getId() + "\"",
                        "Mở việc trong Tasklist",
                        "Camera an ninh ngõ Chùa");
    }

    @Test
    void everyMemberOfTheCandidateGroupIsTold() throws Exception {
        if (identity.createUserQuery().userId("district1b").count() == 0) {
            User second = identity.newUser("district1b");
            second.setFirstName("Minh");
            second.setLastName("Trịnh Văn");
            second.setEmail("district1b@antq.example");
            second.setPassword("an-toan-2026");
            identity.saveUser(second);
            identity.createMembership("district1b", "QB01");
        }
        try {
            ProcessInstance pi = propose("commune2", "Tổ tuần tra thôn Đông");
            Task review = task(pi);
            at(START.plusDays(10).plusMinutes(1));
            deliver(review.getId());

            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReminderMailTest::to))
                    .containsExactlyInAnyOrder(
                            "district1@antq.example",
                            "district1b@antq.example",
                            "district1@antq.example",
                            "district1b@antq.example");
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReminderMailTest::subject))
                    .anyMatch(s -> s.startsWith("[Nhắc việc] Đã quá hạn:"));
        } finally {
            identity.deleteUser("district1b");
        }
    }

    static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAssignedTaskRemindsOnlyItsAssigneeAndEscalatesToTheProvince() {
        ProcessInstance pi = propose("commune1", "Tổ an ninh xóm Biển");
        Task review = task(pi);
        acting.run("district1", () -> engine.getTaskService().claim(review.getId(), "district1"));

        at(START.plusDays(13).plusHours(1)); // due + 3 days: before-due, overdue and escalation

        List<OutboxMail> mails = outbox.findByTaskIdOrderById(review.getId());
        assertThat(mails)
                .extracting(OutboxMail::getKind, OutboxMail::getRecipientLogin)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MailKind.BEFORE_DUE, "district1"),
                        org.assertj.core.groups.Tuple.tuple(MailKind.OVERDUE, "district1"),
                        org.assertj.core.groups.Tuple.tuple(MailKind.ESCALATION, "province1"));
        assertThat(mails.get(2).getSubject()).startsWith("[Báo cáo cấp trên] Việc quá hạn: Thẩm định đề xuất");
        assertThat(notifications.findByModelCodeOrderByCreatedAt(pi.getBusinessKey()))
                .anySatisfy(n -> assertThat(n.getUnitCode()).isEqualTo("QB"));
    }

    @Test
    void aCompletedTaskNeverSendsAnotherReminder() {
        ProcessInstance pi = propose("commune3", "Tổ hòa giải thôn Tây");
        Task review = task(pi);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("no timer of its own: the sweep reminds it")
                .isZero();

        acting.run(
                "district2",
                () -> engine.getFormService().submitTaskForm(review.getId(), Proposals.decision("approve", null)));
        at(START.plusDays(30));

        assertThat(outbox.findByTaskIdOrderById(review.getId())).isEmpty();
        Task approval = task(pi);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("ApproveByProvince");
        assertThat(outbox.findByTaskIdOrderById(approval.getId())).isNotEmpty(); // the new task has its own
    }

    @Test
    void anSmtpOutageEndsInAnIncidentAndTheOperatorsRetryDeliversExactlyOnce() throws Exception {
        ProcessInstance pi = propose("commune1", "Camera an ninh chợ Tréo");
        Task review = task(pi);
        smtp.stop();
        at(START.plusDays(8));
        OutboxMail mail = outbox.findByTaskIdOrderById(review.getId()).get(0);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(deliverOne(mail.getId())).isFalse();
        }
        Job job = deliveryJob(mail.getId());
        assertThat(job.getRetries()).isZero();
        Incident incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(job.getProcessInstanceId())
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(outbox.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.PENDING);

        smtp.start();
        engine.getManagementService().setJobRetries(job.getId(), 1); // "Retry" in Cockpit
        assertThat(deliverOne(mail.getId())).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(job.getProcessInstanceId())
                        .count())
                .isZero();
        assertThat(outbox.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.SENT);

        // a second run of the delivery (a job run twice) sends nothing more
        new org.springframework.transaction.support.TransactionTemplate(txManager)
                .executeWithoutResult(
                        s -> mailQueue.deliver(outbox.findById(mail.getId()).orElseThrow()));
        deliverOne(mail.getId());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Autowired
    MailQueue mailQueue;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    @Test
    void completingATaskSucceedsWhileTheMailServerIsDown() {
        String code = new Models(engine).activeModel("commune2", "Đội thanh niên xung kích");
        smtp.stop();
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-retirement-request")
                .latestVersion()
                .singleResult()
                .getId();
        acting.run(
                "commune2",
                () -> engine.getFormService()
                        .submitStartForm(definitionId, Map.of("modelCode", code, "reason", "Thôn đã giải thể")));
        Task decide = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .taskDefinitionKey("DecideRetirement")
                .singleResult();

        Throwable failure = catchThrowable(() -> acting.run(
                "province1",
                () -> engine.getFormService().submitTaskForm(decide.getId(), Proposals.decision("approve", null))));

        assertThat(failure).isNull();
        assertThat(outbox.findAll()).anySatisfy(m -> {
            assertThat(m.getModelCode()).isEqualTo(code);
            assertThat(m.getKind()).isEqualTo(MailKind.NOTIFICATION);
            assertThat(m.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        });
    }

    @Test
    void anOfficialWhoChoseTheDigestGetsOneDailyMail() throws Exception {
        preferences.set("district1", ReminderPreferences.Mode.DIGEST);
        ProcessInstance first = propose("commune1", "Mô hình tổng hợp một");
        ProcessInstance second = propose("commune2", "Mô hình tổng hợp hai");
        at(START.plusDays(8));
        at(START.plusDays(8));
        assertThat(outbox.findByTaskIdOrderById(task(first).getId()))
                .extracting(OutboxMail::getStatus)
                .containsExactly(OutboxMail.Status.QUEUED);

        Job digestTimer = engine.getManagementService()
                .createJobQuery()
                .processDefinitionKey("reminder-digest")
                .singleResult();
        engine.getManagementService().executeJob(digestTimer.getId());
        OutboxMail digest = outbox.findByRecipientLoginOrderById("district1").stream()
                .filter(m -> m.getKind() == MailKind.DIGEST)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(deliverOne(digest.getId())).isTrue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).startsWith("[Tổng hợp] 2 việc cần chú ý ngày");
        assertThat(part(received[0], "text/plain")).contains("Mô hình tổng hợp một", "Mô hình tổng hợp hai");
        assertThat(outbox.findByTaskIdOrderById(task(first).getId()))
                .extracting(OutboxMail::getStatus)
                .containsExactly(OutboxMail.Status.DIGESTED);
    }

    @Autowired
    TaskReminders taskReminders;

    @Autowired
    ReminderSettings settings;

    /** The same sweep on another server, or after a restart with other settings. */
    ReminderSweep sweepWith(java.time.Period beforeDue, int batch) {
        ReminderSettings changed = new ReminderSettings(
                settings.due(),
                settings.followUpBefore(),
                beforeDue,
                settings.escalateAfter(),
                settings.digestCron(),
                settings.sweepEvery(),
                batch,
                settings.beforeDueOnly());
        return new ReminderSweep(changed, taskReminders, jdbc, txManager);
    }

    @Test
    void aPeriodChangedInTheSettingsReachesATaskAlreadyWaiting() {
        ProcessInstance pi = propose("commune1", "Tổ an ninh bến đò");
        Task review = task(pi);
        at(START.plusDays(7)); // two days before the due date is the 8th: nothing yet
        assertThat(outbox.findByTaskIdOrderById(review.getId())).isEmpty();

        Models.setClock(START.plusDays(7));
        sweepWith(java.time.Period.ofDays(4), settings.sweepBatch()).sweepNow(); // restarted with before-due=P4D
        assertThat(outbox.findByTaskIdOrderById(review.getId()))
                .extracting(OutboxMail::getKind, OutboxMail::getRecipientLogin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MailKind.BEFORE_DUE, "district1"));
    }

    @Test
    void aSweepRunTwiceTellsNobodyTwice() throws Exception {
        ProcessInstance pi = propose("commune1", "Tổ an ninh chợ cá");
        Task review = task(pi);
        at(START.plusDays(8));
        at(START.plusDays(8));
        new org.springframework.transaction.support.TransactionTemplate(txManager)
                .executeWithoutResult(s -> sweep.step());
        assertThat(outbox.findByTaskIdOrderById(review.getId())).hasSize(1);
        assertThat(deliver(review.getId())).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void twoServersSweepingAtOnceTellEachRecipientOnce() throws Exception {
        List<Task> reviews = new java.util.ArrayList<>();
        for (String commune : List.of("commune1", "commune2", "commune1", "commune3")) {
            reviews.add(task(propose(commune, "Tổ tự quản đồng thời " + reviews.size())));
        }
        Models.setClock(START.plusDays(10).plusHours(1)); // before-due and overdue of all four
        ReminderSweep other = sweepWith(settings.beforeDue(), 1); // the other server sweeps one reminder per step
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> {
                start.await();
                return sweep.sweepNow();
            });
            var b = pool.submit(() -> {
                start.await();
                return other.sweepNow();
            });
            start.countDown();
            int reminded = a.get(60, java.util.concurrent.TimeUnit.SECONDS).reminders()
                    + b.get(60, java.util.concurrent.TimeUnit.SECONDS).reminders();
            assertThat(reminded)
                    .as("four tasks, two reminders each, between the two servers")
                    .isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
        for (Task review : reviews) {
            assertThat(outbox.findByTaskIdOrderById(review.getId()))
                    .extracting(OutboxMail::getKind)
                    .containsExactly(MailKind.BEFORE_DUE, MailKind.OVERDUE);
            assertThat(deliver(review.getId())).isZero();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(8);
    }

    @Test
    void aTaskMovedToAnotherUnitIsRemindedThere() {
        ProcessInstance pi = propose("commune1", "Tổ an ninh thôn Xuân Lai");
        Task review = task(pi);
        engine.getTaskService().addCandidateGroup(review.getId(), "QB02");
        engine.getTaskService().deleteCandidateGroup(review.getId(), "QB01");
        at(START.plusDays(13).plusHours(1));
        assertThat(outbox.findByTaskIdOrderById(review.getId()))
                .extracting(OutboxMail::getKind, OutboxMail::getRecipientLogin)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MailKind.BEFORE_DUE, "district2"),
                        org.assertj.core.groups.Tuple.tuple(MailKind.OVERDUE, "district2"),
                        org.assertj.core.groups.Tuple.tuple(MailKind.ESCALATION, "province1"));
        assertThat(outbox.findByTaskIdOrderById(review.getId()).get(0).getTextBody())
                .contains("Huyện Quảng Ninh");
    }

    @Test
    void theReportTaskIsOnlyRemindedBeforeItsDeadline() {
        String code = new Models(engine).activeModel("commune1", "Camera an ninh xóm Cồn");
        Job timer = new Models(engine).jobs(code).get(0);
        Models.setClock(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), vn.antq.models.common.Clocks.VIETNAM)
                .plusMinutes(1));
        new Models(engine).runDueJobs(code);
        Task report = new Models(engine).task(code, "ReportByCommune");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(report.getProcessInstanceId())
                        .timers()
                        .count())
                .as("the deadline alone")
                .isEqualTo(1);
        LocalDateTime due =
                LocalDateTime.ofInstant(report.getDueDate().toInstant(), vn.antq.models.common.Clocks.VIETNAM);
        Models.setClock(due.minusHours(1));
        sweep.sweepNow();
        Models.setClock(due.plusDays(5)); // were the deadline's job not run: still no overdue or escalation
        sweep.sweepNow();
        assertThat(outbox.findByTaskIdOrderById(report.getId()))
                .extracting(OutboxMail::getKind)
                .containsExactly(MailKind.BEFORE_DUE);
    }

    @Test
    void theProcessNhacViecSweepsAndEnds() {
        Job cycle = engine.getManagementService()
                .createJobQuery()
                .processDefinitionKey("task-reminders")
                .timers()
                .singleResult();
        assertThat(cycle).as("one timer for every reminder of every task").isNotNull();
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                                engine.getProcessEngineConfiguration())
                        .isReevaluateTimeCycleWhenDue())
                .as("a changed sweep-every holds from the next run")
                .isTrue();
        ProcessInstance pi = propose("commune1", "Tổ an ninh làng Trung");
        Models.setClock(START.plusDays(8));
        engine.getManagementService().executeJob(cycle.getId());
        Job step = engine.getManagementService()
                .createJobQuery()
                .processDefinitionKey("task-reminders")
                .messages()
                .singleResult();
        engine.getManagementService().executeJob(step.getId());
        assertThat(outbox.findByTaskIdOrderById(task(pi).getId()))
                .extracting(OutboxMail::getKind)
                .containsExactly(MailKind.BEFORE_DUE);
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(step.getProcessInstanceId())
                        .activityId("RemindersSent")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aReplicationAnswerIsRemindedAboutItsSourceModel() {
        Models fixtures = new Models(engine);
        String source = fixtures.activeModel("commune1", "Tổ liên gia tự quản xóm Bàu");
        fixtures.classify(source, "commune1", "EXCELLENT");
        LocalDateTime now =
                LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), vn.antq.models.common.Clocks.VIETNAM);
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-replication")
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance campaign = acting.as(
                "province1",
                () -> engine.getFormService()
                        .submitStartForm(
                                definitionId,
                                Map.of(
                                        "sourceCode",
                                        source,
                                        "targetUnits",
                                        "QB0102",
                                        "deadline",
                                        now.toLocalDate().plusDays(10).toString())));
        Task answer = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(campaign.getId())
                .singleResult();
        at(now.plusDays(9));
        List<OutboxMail> mails = outbox.findByTaskIdOrderById(answer.getId());
        assertThat(mails)
                .extracting(OutboxMail::getKind, OutboxMail::getRecipientLogin, OutboxMail::getModelCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MailKind.BEFORE_DUE, "commune2", source));
        assertThat(mails.get(0).getSubject()).endsWith(source).doesNotContain(campaign.getBusinessKey());
    }
}
