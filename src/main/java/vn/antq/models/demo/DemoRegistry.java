package vn.antq.models.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.common.Clocks;
import vn.antq.models.evaluation.Evaluation;
import vn.antq.models.evaluation.EvaluationRepository;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelDescription;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.RetirementKind;
import vn.antq.models.model.SecurityModel;

/**
 * A small province registry for the demo, as if Quảng Bình's and Quảng Trị's registers had been
 * imported: models named as the press reports name them (../shared/seeds), the points replicating
 * them in the other communes, a last evaluation with its indicators (most in this year, some in the
 * last), one model retired by the rule. So the register, a model's page and the movement's summary
 * have something to show on the first start. Created once (the first model's code is the mark);
 * only in the demo profile, and not in the tests ({@code antq.demo.registry=false}), whose counts
 * start from an empty registry.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "antq.demo.registry", havingValue = "true")
public class DemoRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegistry.class);
    private static final String IMPORTER = "admin";

    /** One entry: a model (origin null) or a point of the model {@code origin} (index into the list). */
    private record Entry(
            String name,
            ModelField field,
            HostType host,
            String hostName,
            String commune,
            LocalDate founded,
            Integer origin,
            Classification last,
            LocalDate evaluatedOn) {}

    private static final int THIS_YEAR = LocalDate.now(Clocks.VIETNAM).getYear();

    private static LocalDate on(int yearsAgo, int month, int day) {
        return LocalDate.of(THIS_YEAR - yearsAgo, month, day);
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(
                    "Camera an ninh thôn",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Thôn Lộc An",
                    "QB0101",
                    on(7, 3, 15),
                    null,
                    Classification.GOOD,
                    on(0, 3, 20)),
            new Entry(
                    "Tổ tự quản an ninh, trật tự",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Thôn Phong Nam",
                    "QB0102",
                    on(8, 6, 1),
                    null,
                    Classification.EXCELLENT,
                    on(0, 6, 5)),
            new Entry(
                    "Trường văn hóa, an toàn về ANTT",
                    ModelField.INSTITUTION,
                    HostType.SCHOOL,
                    "Trường THPT Lệ Thủy",
                    "QB0101",
                    on(6, 9, 5),
                    null,
                    Classification.GOOD,
                    on(0, 9, 10)),
            new Entry(
                    "Cơ sở giáo dục với ANTT",
                    ModelField.INSTITUTION,
                    HostType.SCHOOL,
                    "Trường Tiểu học Phong Thủy",
                    "QB0102",
                    on(5, 2, 20),
                    null,
                    Classification.AVERAGE,
                    on(0, 2, 25)),
            new Entry(
                    "Giáo xứ bình yên",
                    ModelField.ETHNIC_RELIGIOUS,
                    HostType.RELIGIOUS,
                    "Giáo xứ Gia Ninh",
                    "QB0201",
                    on(9, 11, 11),
                    null,
                    Classification.GOOD,
                    on(1, 11, 15)),
            new Entry(
                    "Doanh nghiệp an toàn về ANTT",
                    ModelField.INSTITUTION,
                    HostType.ENTERPRISE,
                    "Công ty TNHH Gạch ngói Lộc Thủy",
                    "QB0101",
                    on(2, 4, 10),
                    null,
                    null,
                    null),
            new Entry(
                    "Đội tự quản về an ninh, trật tự và bảo vệ an toàn hệ thống lưới điện",
                    ModelField.POLICE_LINK,
                    HostType.AGENCY,
                    "Điện lực Lệ Thủy",
                    "QB0102",
                    on(6, 5, 19),
                    null,
                    Classification.EXCELLENT,
                    on(0, 5, 22)),
            new Entry(
                    "Công nhân môi trường, chiến sĩ tuần tra",
                    ModelField.RESIDENTIAL,
                    HostType.OTHER,
                    "Đội vệ sinh môi trường xã",
                    "QB0201",
                    on(3, 1, 15),
                    null,
                    Classification.WEAK,
                    on(0, 1, 20)),
            new Entry(
                    "Quỹ doanh nhân tham gia bảo vệ an ninh, trật tự",
                    ModelField.POLICE_LINK,
                    HostType.ENTERPRISE,
                    "Hội Doanh nhân huyện Quảng Ninh",
                    "QB0201",
                    on(5, 8, 8),
                    null,
                    Classification.GOOD,
                    on(1, 8, 12)),
            new Entry(
                    "Bến thuyền an toàn",
                    ModelField.BORDER,
                    HostType.RESIDENTIAL_AREA,
                    "Bến cá Cửa Tùng",
                    "QT0001",
                    on(7, 7, 7),
                    null,
                    Classification.GOOD,
                    on(0, 7, 10)),
            new Entry(
                    "Dòng họ tự quản về an ninh, trật tự",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Họ Nguyễn thôn Lộc Hạ",
                    "QB0101",
                    on(10, 3, 1),
                    null,
                    Classification.WEAK,
                    on(0, 3, 5)),
            // the points
            new Entry(
                    "Camera an ninh thôn Phong Xuân",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Thôn Phong Xuân",
                    "QB0102",
                    on(5, 5, 1),
                    0,
                    Classification.GOOD,
                    on(0, 5, 6)),
            new Entry(
                    "Camera an ninh thôn Gia Hòa",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Thôn Gia Hòa",
                    "QB0201",
                    on(4, 8, 1),
                    0,
                    Classification.AVERAGE,
                    on(0, 8, 4)),
            new Entry(
                    "Camera an ninh khu phố chợ",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Khu phố chợ Lộc Thủy",
                    "QB0101",
                    on(3, 10, 1),
                    0,
                    Classification.GOOD,
                    on(1, 10, 3)),
            new Entry(
                    "Tổ tự quản an ninh, trật tự thôn Lộc Thượng",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Thôn Lộc Thượng",
                    "QB0101",
                    on(6, 4, 12),
                    1,
                    Classification.EXCELLENT,
                    on(0, 4, 15)),
            new Entry(
                    "Tổ tự quản an ninh, trật tự thôn Lộc Hạ",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Thôn Lộc Hạ",
                    "QB0101",
                    on(6, 4, 20),
                    1,
                    Classification.GOOD,
                    on(0, 4, 22)),
            new Entry(
                    "Tổ tự quản an ninh, trật tự thôn Gia Bình",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Thôn Gia Bình",
                    "QB0201",
                    on(4, 9, 9),
                    1,
                    Classification.GOOD,
                    on(0, 9, 12)),
            new Entry(
                    "Tổ tự quản an ninh, trật tự khu phố 2",
                    ModelField.RESIDENTIAL,
                    HostType.RESIDENTIAL_AREA,
                    "Khu phố 2 Cửa Tùng",
                    "QT0001",
                    on(3, 6, 6),
                    1,
                    Classification.AVERAGE,
                    on(0, 6, 9)),
            new Entry(
                    "Trường văn hóa, an toàn về ANTT Trường THCS Gia Ninh",
                    ModelField.INSTITUTION,
                    HostType.SCHOOL,
                    "Trường THCS Gia Ninh",
                    "QB0201",
                    on(3, 9, 5),
                    2,
                    Classification.EXCELLENT,
                    on(0, 9, 15)),
            new Entry(
                    "Trường văn hóa, an toàn về ANTT Trường THCS Phong Thủy",
                    ModelField.INSTITUTION,
                    HostType.SCHOOL,
                    "Trường THCS Phong Thủy",
                    "QB0102",
                    on(2, 9, 5),
                    2,
                    Classification.GOOD,
                    on(0, 9, 18)),
            new Entry(
                    "Giáo xứ bình yên Giáo họ Phong Thủy",
                    ModelField.ETHNIC_RELIGIOUS,
                    HostType.RELIGIOUS,
                    "Giáo họ Phong Thủy",
                    "QB0102",
                    on(4, 12, 1),
                    4,
                    Classification.GOOD,
                    on(1, 12, 4)),
            new Entry(
                    "Đội tự quản bảo vệ lưới điện Gia Ninh",
                    ModelField.POLICE_LINK,
                    HostType.AGENCY,
                    "Trạm điện Gia Ninh",
                    "QB0201",
                    on(3, 5, 19),
                    6,
                    Classification.GOOD,
                    on(0, 5, 25)));

    private final ModelRepository models;
    private final EvaluationRepository evaluations;
    private final ModelLifecycles lifecycles;

    public DemoRegistry(ModelRepository models, EvaluationRepository evaluations, ModelLifecycles lifecycles) {
        this.models = models;
        this.evaluations = evaluations;
        this.lifecycles = lifecycles;
    }

    /** Once the application is up: after {@link DemoData}, which creates the units on deployment. */
    @EventListener
    @Transactional
    public void onReady(ApplicationReadyEvent event) {
        if (models.existsById(code(0))) {
            return;
        }
        Instant now = Clocks.now();
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            String code = code(i);
            String province = e.commune().substring(0, 2);
            ModelDescription d = new ModelDescription(
                    e.name(),
                    e.field(),
                    e.host(),
                    (50 + i) + "/QĐ-UBND",
                    e.founded(),
                    LEADERS.get(i % LEADERS.size()),
                    "09" + String.format("%08d", 12345670 + i),
                    8L + (i * 7) % 30,
                    "Giữ gìn an ninh, trật tự tại " + e.hostName() + ".",
                    "Tuần tra, tuyên truyền, nắm tình hình, hòa giải ở cơ sở.",
                    "Xã hội hóa");
            SecurityModel model = SecurityModel.fromRegistry(
                    code,
                    e.commune(),
                    province,
                    e.origin() == null ? null : code(e.origin()),
                    d,
                    e.hostName(),
                    ModelStatus.ACTIVE,
                    e.last(),
                    IMPORTER,
                    null,
                    now);
            boolean retire = e.last() == Classification.WEAK
                    && e.origin() == null
                    && e.founded().getYear() < THIS_YEAR - 8;
            if (retire) {
                model.retire(
                        RetirementKind.RULE,
                        "Xếp loại Yếu hai kỳ đánh giá liên tiếp",
                        java.util.Collections.min(List.of(
                                now,
                                Clocks.at(e.evaluatedOn().plusDays(3), java.time.LocalTime.of(9, 0))
                                        .toInstant())));
            }
            models.saveAndFlush(model);
            // a start early in a year finds some of this year's dates still ahead: they were last year's
            LocalDate evaluatedOn = e.evaluatedOn() == null || !e.evaluatedOn().isAfter(Clocks.today())
                    ? e.evaluatedOn()
                    : e.evaluatedOn().minusYears(1);
            if (e.last() != null) {
                Evaluation past = Evaluation.fromRegistry(code, e.founded(), evaluatedOn);
                Instant at =
                        Clocks.at(evaluatedOn, java.time.LocalTime.of(10, 0)).toInstant();
                long k = 3 + i % 7;
                past.report(
                        new Indicators(
                                k + 2,
                                60 * k + 25,
                                k + 4,
                                k / 2 + 1,
                                i % 3,
                                i % 2,
                                i % 4 * 2,
                                i % 5 == 0 ? 1 : 0,
                                90 + 17 * k),
                        "Duy trì sinh hoạt định kỳ, phối hợp tuần tra với Công an xã.",
                        "commune1",
                        at);
                past.classify(e.last(), null, "province1", at);
                evaluations.save(past);
            }
            if (!retire) {
                lifecycles.startCycle(code);
            }
        }
        LOG.info("Demo registry ready: {} models and points", ENTRIES.size());
    }

    private static final List<String> LEADERS =
            List.of("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Vinh", "Phạm Thị Hoa", "Hoàng Văn Nam", "Võ Thị Thu");

    private static String code(int i) {
        Entry e = ENTRIES.get(i);
        return e.commune().substring(0, 2) + "-" + e.founded().getYear() + "-" + String.format("%04d", 101 + i);
    }
}
