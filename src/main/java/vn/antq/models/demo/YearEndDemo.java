package vn.antq.models.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.evaluation.EvaluationDueNow;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelDescription;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.OfficialService;

/**
 * A year-end for the demo, when asked for ({@code antq.demo.year-end-points=500}): that many points of
 * Xã Cửa Tùng (Quảng Trị, no district tier) whose evaluations fall due at start and whose reports
 * commune4 submits through the engine, so that province2 finds them all waiting in "Xếp loại cuối
 * năm". Created once; nothing without the property, and never outside the demo profile.
 */
@Component
@Profile("demo")
public class YearEndDemo {

    private static final Logger LOG = LoggerFactory.getLogger(YearEndDemo.class);
    private static final String COMMUNE = "QT0001";
    private static final String REPORTER = "commune4";
    private static final int PER_TRANSACTION = 50;

    private final int points;
    private final ModelRepository models;
    private final ModelLifecycles lifecycles;
    private final EvaluationDueNow dueNow;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormService forms;
    private final IdentityService identity;
    private final OfficialService officials;
    private final TransactionTemplate transactions;

    public YearEndDemo(
            @Value("${antq.demo.year-end-points:0}") int points,
            ModelRepository models,
            ModelLifecycles lifecycles,
            EvaluationDueNow dueNow,
            TaskService tasks,
            RuntimeService runtime,
            FormService forms,
            IdentityService identity,
            OfficialService officials,
            TransactionTemplate transactions) {
        this.points = Math.min(points, 1000); // codes hold three digits
        this.models = models;
        this.lifecycles = lifecycles;
        this.dueNow = dueNow;
        this.tasks = tasks;
        this.runtime = runtime;
        this.forms = forms;
        this.identity = identity;
        this.officials = officials;
        this.transactions = transactions;
    }

    @EventListener
    @Order(100) // after the demo units, logins and registry
    public void onReady(ApplicationReadyEvent event) {
        if (points <= 0 || models.existsById(code(0))) {
            return;
        }
        // in the background: the job executor, which opens the report tasks, starts after this event
        Thread seeding = new Thread(this::seed, "demo-year-end");
        seeding.setDaemon(true);
        seeding.start();
    }

    private void seed() {
        long start = System.nanoTime();
        Instant now = Clocks.now();
        for (int from = 0; from < points; from += PER_TRANSACTION) {
            int first = from;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(points, first + PER_TRANSACTION); i++) {
                    models.save(SecurityModel.fromRegistry(
                            code(i),
                            COMMUNE,
                            "QT",
                            null,
                            description(i),
                            "Khu phố " + (i % 12 + 1),
                            ModelStatus.ACTIVE,
                            null,
                            "admin",
                            null,
                            now));
                    models.flush();
                    lifecycles.startCycle(code(i));
                    dueNow.bringForward(code(i));
                }
            });
        }
        // the job executor opens each report task; commune4 reports as soon as it is there
        var official = officials.byLogin(REPORTER);
        int reported = 0;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (reported < points && Instant.now().isBefore(giveUp)) {
            var open = tasks.createTaskQuery()
                    .processDefinitionKey(ProcessIds.LIFECYCLE)
                    .taskDefinitionKey(ProcessIds.REPORT_BY_COMMUNE)
                    .taskCandidateGroup(COMMUNE)
                    .processInstanceBusinessKeyLike("QT-" + year() + "-9%")
                    .listPage(0, 100);
            if (open.isEmpty()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                continue;
            }
            Map<String, String> codeOf = new java.util.HashMap<>();
            runtime.createProcessInstanceQuery()
                    .processInstanceIds(
                            open.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
                    .list()
                    .forEach(p -> codeOf.put(p.getId(), p.getBusinessKey()));
            for (Task t : open) {
                String code = codeOf.get(t.getProcessInstanceId());
                int i = Integer.parseInt(code.substring(code.length() - 3));
                identity.setAuthentication(REPORTER, official.groupIds());
                try {
                    forms.submitTaskForm(t.getId(), report(i));
                    reported++;
                } finally {
                    identity.clearAuthentication();
                }
            }
        }
        LOG.info(
                "Demo year-end ready: {} points of {} waiting for province2's classification ({} s)",
                reported,
                COMMUNE,
                (System.nanoTime() - start) / 1_000_000_000);
    }

    private static int year() {
        return LocalDate.now(Clocks.VIETNAM).getYear();
    }

    static String code(int i) {
        return "QT-" + year() + "-9" + String.format("%03d", i);
    }

    private static ModelDescription description(int i) {
        return new ModelDescription(
                "Tổ an ninh trật tự khu phố " + (i % 12 + 1) + " – điểm " + (i + 1),
                ModelField.values()[i % ModelField.values().length],
                HostType.RESIDENTIAL_AREA,
                (100 + i) + "/QĐ-UBND",
                LocalDate.of(year() - 2, 3, 1),
                "Nguyễn Văn " + (char) ('A' + i % 20),
                "0912" + String.format("%06d", 100000 + i),
                8L + i % 20,
                "Giữ gìn an ninh, trật tự khu phố.",
                "Tuần tra, tuyên truyền, nắm tình hình.",
                "Xã hội hóa");
    }

    /** Figures the rule table classes Xuất sắc, Khá, Trung bình or Yếu, by turns. */
    private static Map<String, Object> report(int i) {
        long[] v = switch (i % 4) {
            case 0 -> new long[] {15, 12, 6};
            case 1 -> new long[] {8, 5, 3};
            case 2 -> new long[] {3, 0, 0};
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
        r.put("householdsCommitted", 100L + i);
        r.put("narrative", "Duy trì tuần tra, tuyên truyền trong kỳ.");
        return r;
    }
}
