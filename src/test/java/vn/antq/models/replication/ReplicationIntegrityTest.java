package vn.antq.models.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.RegistrySnapshot;

/**
 * A campaign instance asks communes and creates points only for the campaign it registered itself,
 * of a model it may replicate: an administrator who starts {@code model-replication} at the
 * registration with another province's model, or at the answer or the deadline under another
 * instance's campaign, is refused and nothing changes.
 */
@PostgresTest
class ReplicationIntegrityTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    Acting acting;
    Models fixtures;

    @BeforeEach
    void setUp() {
        acting = new Acting(engine);
        fixtures = new Models(engine);
        Models.setClock(LocalDateTime.of(2025, 1, 5, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** An active model of {@code commune} classified EXCELLENT; the clock ends on TODAY. */
    String effectiveModel(String commune, String name) {
        String code = fixtures.activeModel(commune, name);
        fixtures.classify(code, commune, "EXCELLENT");
        Models.setClock(TODAY.atTime(9, 0));
        return code;
    }

    /** province1's campaign of {@code source}, asking Xã Phong Thủy. */
    ProcessInstance campaign(String source) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessIds.REPLICATION)
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, Object> form = new HashMap<>(Map.of(
                "sourceCode",
                source,
                "targetUnits",
                List.of("QB0102"),
                "deadline",
                TODAY.plusDays(30).toString()));
        return acting.as("province1", () -> engine.getFormService().submitStartForm(definitionId, form));
    }

    Throwable startAsAdmin(String businessKey, String activityId, Map<String, Object> variables) {
        return acting.startPartWay("admin", ProcessIds.REPLICATION, businessKey, activityId, variables);
    }

    static Object communes(String... codes) {
        return Variables.objectValue(new ArrayList<>(List.of(codes)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create();
    }

    @Test
    void registeringACampaignOfAnotherProvincesModelChangesNothing() {
        String other = effectiveModel("commune4", "Tổ tuần tra biên giới Cửa Tùng");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, other);
        long campaigns = jdbc.queryForObject("select count(*) from replication_campaign", Long.class);

        Throwable refused = startAsAdmin(
                null,
                "RegisterCampaign",
                Map.of(
                        "sourceCode",
                        other,
                        "targetUnits",
                        communes("QB0102"),
                        "deadline",
                        TODAY.plusDays(30).toString()));

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("start a replication campaign of model " + other)
                .hasMessageContaining("admin is not a district or province official");
        assertThat(RegistrySnapshot.of(jdbc, other)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from replication_campaign", Long.class))
                .isEqualTo(campaigns);
    }

    @Test
    void answeringInAnotherInstancesCampaignChangesNothing() {
        String source = effectiveModel("commune1", "Camera an ninh liên gia xóm Mới");
        ProcessInstance legit = campaign(source);
        String code = legit.getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, source);

        Throwable refused = startAsAdmin(
                code,
                "AnswerByCommune",
                Map.of(
                        "targetUnits",
                        communes("QB0102"),
                        "deadlineDate",
                        Clocks.at(TODAY.plusDays(30), Clocks.END_OF_DAY),
                        "decision",
                        "accept",
                        "leaderName",
                        "Người Lạ",
                        "members",
                        3L,
                        "startedOn",
                        TODAY.plusDays(1).toString()));

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("run the replication campaign " + code + " of model " + source)
                .hasMessageContaining("the campaign belongs to process instance " + legit.getId());
        assertThat(RegistrySnapshot.of(jdbc, source)).isEqualTo(before);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(legit.getId())
                        .taskCandidateGroup("QB0102")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void closingAnotherInstancesCampaignAtItsDeadlineChangesNothing() {
        String source = effectiveModel("commune1", "Tổ tự quản an ninh chợ Mới");
        String code = campaign(source).getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, source);

        assertThat(startAsAdmin(code, "CloseUnanswered", Map.of()))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("the campaign belongs to process instance");
        RegistrySnapshot after = RegistrySnapshot.of(jdbc, source);
        assertThat(after.campaigns())
                .extracting(r -> r.get("status"), r -> r.get("outcome"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OPEN", "PENDING"));
        assertThat(after).isEqualTo(before);
    }
}
