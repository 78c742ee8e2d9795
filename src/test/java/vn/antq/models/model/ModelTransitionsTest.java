package vn.antq.models.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.antq.models.common.RegistryIntegrityException;

/** The life of a registry entry, enforced by the entity itself: every change only from its own status. */
class ModelTransitionsTest {

    static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");

    static ModelDescription description(String name) {
        return new ModelDescription(
                name,
                ModelField.RESIDENTIAL,
                HostType.RESIDENTIAL_AREA,
                "15/QĐ-UBND",
                LocalDate.of(2024, 3, 1),
                "Nguyễn Văn Tâm",
                "0912345678",
                12,
                "<p>Mục tiêu</p>",
                "<p>Hoạt động</p>",
                null);
    }

    static SecurityModel proposal() {
        SecurityModel m = new SecurityModel("QB-2025-0001", "QB0101", "QB", "commune1", AT);
        m.describe(description("Camera an ninh thôn Tây"));
        m.attachProcess("proposal-instance");
        return m;
    }

    static SecurityModel active() {
        SecurityModel m = proposal();
        m.activate(AT);
        return m;
    }

    static SecurityModel rejected() {
        SecurityModel m = proposal();
        m.reject();
        return m;
    }

    static SecurityModel retired() {
        SecurityModel m = active();
        m.retire(RetirementKind.RULE, "Xếp loại Yếu hai kỳ đánh giá liên tiếp", AT);
        return m;
    }

    @Test
    void aProposalIsRevisedThenActivatedClassifiedAndRetired() {
        SecurityModel m = proposal();
        m.describe(description("Camera an ninh thôn Tây (bổ sung)"));
        m.activate(AT);
        m.classify(Classification.GOOD);
        m.retire(RetirementKind.RULE, "Thôn đã sáp nhập", AT);

        assertThat(m.getName()).isEqualTo("Camera an ninh thôn Tây (bổ sung)");
        assertThat(m.getClassification()).isEqualTo(Classification.GOOD);
        assertThat(m.getStatus()).isEqualTo(ModelStatus.RETIRED);
        assertThat(m.getRetiredReason()).isEqualTo("Thôn đã sáp nhập");
    }

    @Test
    void onlyAProposalIsActivated() {
        for (SecurityModel m : new SecurityModel[] {active(), rejected(), retired()}) {
            ModelStatus before = m.getStatus();
            Instant activatedBefore = m.getActivatedAt();
            assertThat(catchThrowable(() -> m.activate(AT.plusSeconds(60))))
                    .isInstanceOf(RegistryIntegrityException.class)
                    .hasMessageContaining("activate (PROPOSED → ACTIVE) model QB-2025-0001")
                    .hasMessageContaining("the model is " + before);
            assertThat(m.getStatus()).isEqualTo(before);
            assertThat(m.getActivatedAt()).isEqualTo(activatedBefore);
        }
    }

    @Test
    void onlyAProposalIsRejected() {
        for (SecurityModel m : new SecurityModel[] {active(), rejected(), retired()}) {
            ModelStatus before = m.getStatus();
            assertThat(catchThrowable(m::reject))
                    .isInstanceOf(RegistryIntegrityException.class)
                    .hasMessageContaining("reject (PROPOSED → REJECTED)");
            assertThat(m.getStatus()).isEqualTo(before);
        }
    }

    @Test
    void onlyAProposalIsRevised() {
        for (SecurityModel m : new SecurityModel[] {active(), rejected(), retired()}) {
            assertThat(catchThrowable(() -> m.describe(description("Tên khác"))))
                    .isInstanceOf(RegistryIntegrityException.class)
                    .hasMessageContaining("describe (while PROPOSED)");
            assertThat(m.getName()).isEqualTo("Camera an ninh thôn Tây");
            assertThat(m.getLeaderName()).isEqualTo("Nguyễn Văn Tâm");
        }
    }

    @Test
    void onlyAnActiveModelIsClassified() {
        for (SecurityModel m : new SecurityModel[] {proposal(), rejected(), retired()}) {
            assertThat(catchThrowable(() -> m.classify(Classification.EXCELLENT)))
                    .isInstanceOf(RegistryIntegrityException.class)
                    .hasMessageContaining("classify (while ACTIVE)");
            assertThat(m.getClassification()).isNull();
        }
    }

    @Test
    void onlyAnActiveModelIsRetired() {
        for (SecurityModel m : new SecurityModel[] {proposal(), rejected(), retired()}) {
            ModelStatus before = m.getStatus();
            String reasonBefore = m.getRetiredReason();
            assertThat(catchThrowable(() -> m.retire(RetirementKind.RULE, "Không hiệu quả", AT)))
                    .isInstanceOf(RegistryIntegrityException.class)
                    .hasMessageContaining("retire (ACTIVE → RETIRED)");
            assertThat(m.getStatus()).isEqualTo(before);
            assertThat(m.getRetiredReason()).isEqualTo(reasonBefore);
        }
    }

    @Test
    void aPointIsActiveFromTheStartAndLivesAsAModel() {
        SecurityModel point = SecurityModel.pointOf(
                active(),
                "QB-2025-0002",
                "QB0102",
                "QB",
                "NR-QB-2025-0001",
                "Trần Văn Phong",
                null,
                9,
                LocalDate.of(2025, 9, 11),
                "commune2",
                AT);
        point.attachProcess("campaign-instance");

        assertThat(point.getStatus()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(point.getActivatedAt()).isEqualTo(AT);
        assertThat(point.getOriginCode()).isEqualTo("QB-2025-0001");
        assertThat(catchThrowable(() -> point.activate(AT))).isInstanceOf(RegistryIntegrityException.class);
        point.classify(Classification.GOOD);
        point.retire(RetirementKind.RULE, "Không hiệu quả", AT);
        assertThat(point.getStatus()).isEqualTo(ModelStatus.RETIRED);
    }

    @Test
    void aModelBelongsToTheInstanceThatCreatedIt() {
        SecurityModel m = proposal();
        m.requireCreatedBy("proposal-instance", ModelTransition.ACTIVATE.toString());

        assertThat(catchThrowable(() -> m.requireCreatedBy("other-instance", ModelTransition.ACTIVATE.toString())))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessage(
                        "Registry refused to activate (PROPOSED → ACTIVE) model QB-2025-0001 in process instance "
                                + "other-instance: the model belongs to process instance proposal-instance; nothing was changed");
        assertThat(catchThrowable(() -> m.attachProcess("other-instance")))
                .isInstanceOf(RegistryIntegrityException.class);
        assertThat(m.getProcessInstanceId()).isEqualTo("proposal-instance");

        SecurityModel unattached = new SecurityModel("QB-2025-0003", "QB0101", "QB", "bulk", AT);
        assertThat(catchThrowable(() -> unattached.requireCreatedBy("any-instance", ModelTransition.REJECT.toString())))
                .hasMessageContaining("the model was not created by a process instance");
    }

    @Test
    void aRefusalOutsideTheEngineSaysSo() {
        assertThat(catchThrowable(() -> retired().classify(Classification.GOOD)))
                .hasMessage(
                        "Registry refused to classify (while ACTIVE) model QB-2025-0001 in process instance (none): "
                                + "the model is RETIRED; nothing was changed");
    }
}
