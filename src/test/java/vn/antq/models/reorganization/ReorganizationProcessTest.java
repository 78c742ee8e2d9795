package vn.antq.models.reorganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Jobs;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * "Sắp xếp lại đơn vị hành chính" in Tasklist's terms: the administrator's start is checked and run
 * dry, the confirmation task shows the figures, and the named step moves the unit; a cancellation
 * changes nothing. On two communes of its own (the demo units stay as they are for the other tests).
 */
@PostgresTest
class ReorganizationProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    UnitRepository units;

    @Autowired
    UnitProvisioning provisioning;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    vn.antq.models.evaluation.ModelLifecycles lifecycles;

    void commune(String code, String name) {
        tx.executeWithoutResult(s -> provisioning.provision(units.findById(code)
                .orElseGet(() ->
                        units.saveAndFlush(new AdministrativeUnit(code, name, UnitLevel.COMMUNE, "QB02", false)))));
    }

    ProcessInstance start(String login, Map<String, Object> form) {
        String definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessIds.REORGANIZATION)
                .latestVersion()
                .singleResult()
                .getId();
        return new Acting(engine).as(login, () -> engine.getFormService().submitStartForm(definition, form));
    }

    static Map<String, Object> merge(String from, String into) {
        Map<String, Object> form = new HashMap<>();
        form.put("reorganizationKind", "MERGE");
        form.put("fromUnits", from);
        form.put("intoUnit", into);
        form.put("decree", "Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/6/2025");
        return form;
    }

    Task confirmation(ProcessInstance pi) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("ConfirmReorganization")
                .singleResult();
    }

    @Test
    void theAdministratorChecksConfirmsAndTheNamedStepMovesTheUnit() {
        commune("QB0291", "Xã Hải Ninh");
        commune("QB0292", "Xã Ngư Thủy");
        // a model running in the commune that goes, with its evaluation lifecycle and that instance's read grants
        jdbc.update(
                "insert into security_model (code, name, search_name, field, host_type, decision_no, founded_on, leader_name, "
                        + "leader_phone, members, goals, activities, unit_code, province_code, status, proposed_by, proposed_at, activated_at, version) "
                        + "values ('QB-2020-0291', 'Tổ tự quản Hải Ninh', 'to tu quan hai ninh', 'RESIDENTIAL', 'RESIDENTIAL_AREA', '1/QĐ', "
                        + "date '2020-01-01', 'Lê Văn Hải', '0912345678', 10, 'Giữ gìn an ninh.', 'Tuần tra.', 'QB0291', 'QB', 'ACTIVE', 'admin', "
                        + "now(), now(), 0)");
        String cycle = lifecycles.startCycle("QB-2020-0291");

        ProcessInstance pi = start("admin", merge("qb0291", "QB0292"));
        Task task = confirmation(pi);
        assertThat(task.getAssignee()).isEqualTo("admin");
        Map<String, Object> shown = engine.getTaskService().getVariables(task.getId());
        assertThat(shown)
                .containsEntry("reorganizationSummary", "Sáp nhập Xã Hải Ninh (QB0291) vào Xã Ngư Thủy (QB0292)")
                .containsEntry("movedModels", 1L)
                .containsEntry("movedOfficials", 0L);
        assertThat(jdbc.queryForObject("select dissolved_into from admin_unit where code = 'QB0291'", String.class))
                .isNull();

        new Acting(engine).as("admin", () -> {
            engine.getFormService().submitTaskForm(task.getId(), Map.of("reorganizationDecision", "CONFIRM"));
            return null;
        });
        assertThat(jdbc.queryForObject("select dissolved_into from admin_unit where code = 'QB0291'", String.class))
                .as("the move is its own step, a job: nothing yet")
                .isNull();
        assertThat(Jobs.drain(engine.getManagementService(), pi.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select dissolved_into from admin_unit where code = 'QB0291'", String.class))
                .isEqualTo("QB0292");
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId("UnitsReorganized")
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_id_group where id_ = 'QB0291'", Long.class))
                .isZero();
        // the model moved, in its history, and its instance is read by the new commune's chain only
        assertThat(jdbc.queryForObject(
                        "select unit_code from security_model where code = 'QB-2020-0291'", String.class))
                .isEqualTo("QB0292");
        assertThat(jdbc.queryForObject(
                        "select reason from model_decision where model_code = 'QB-2020-0291' and step = 'Reorganization'",
                        String.class))
                .isEqualTo("Từ Xã Hải Ninh sang Xã Ngư Thủy: sáp nhập vào Xã Ngư Thủy ngày "
                        + java.time.LocalDate.now(vn.antq.models.common.Clocks.VIETNAM)
                                .format(vn.antq.models.common.Clocks.VN_DATE)
                        + " (Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/6/2025)");
        assertThat(jdbc.queryForList(
                        "select distinct group_id_ from act_ru_authorization where resource_id_ = ? and group_id_ is not null",
                        String.class,
                        cycle))
                .containsExactlyInAnyOrder("QB0292", "QB02", "QB", "GSQB");
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_authorization where resource_id_ = ?", Long.class, cycle))
                .as("a runtime and a historic grant each")
                .isEqualTo(8);
    }

    @Test
    void aCancellationChangesNothingAndBadStartsAreRefusedNamingTheField() {
        commune("QB0293", "Xã Cảnh Dương");
        commune("QB0294", "Xã Quảng Phú");
        ProcessInstance pi = start("admin", merge("QB0293", "QB0294"));
        new Acting(engine).as("admin", () -> {
            engine.getFormService()
                    .submitTaskForm(confirmation(pi).getId(), Map.of("reorganizationDecision", "CANCEL"));
            return null;
        });
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
        assertThat(jdbc.queryForObject("select dissolved_into from admin_unit where code = 'QB0293'", String.class))
                .isNull();

        // dropping a tier is shown with the districts it dissolves, and cancelled changes nothing either
        Map<String, Object> drop = new HashMap<>(Map.of(
                "reorganizationKind",
                "DROP_DISTRICT_TIER",
                "intoUnit",
                "QB",
                "decree",
                "Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/6/2025"));
        ProcessInstance dropping = start("admin", drop);
        Task confirm = confirmation(dropping);
        assertThat(engine.getTaskService().getVariable(confirm.getId(), "reorganizationSummary"))
                .isEqualTo(
                        "Bỏ cấp huyện của Tỉnh Quảng Bình (QB): giải thể Huyện Lệ Thủy (QB01), Huyện Quảng Ninh (QB02); các xã trực thuộc tỉnh");
        new Acting(engine).as("admin", () -> {
            engine.getFormService().submitTaskForm(confirm.getId(), Map.of("reorganizationDecision", "CANCEL"));
            return null;
        });
        assertThat(jdbc.queryForObject("select two_tier from admin_unit where code = 'QB'", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from admin_unit where dissolved_into is not null and code in ('QB01', 'QB02')",
                        Long.class))
                .isZero();

        Throwable unknown = catchThrowable(() -> start("admin", merge("QB0293", "QB9999")));
        assertThat(unknown)
                .isInstanceOf(FieldRefusal.class)
                .hasMessageContaining("Đơn vị sau sắp xếp (intoUnit)")
                .hasMessageContaining("QB9999");
        Throwable level = catchThrowable(() -> start("admin", merge("QB0293", "QB")));
        assertThat(level)
                .isInstanceOf(FieldRefusal.class)
                .hasMessageContaining("(fromUnits)")
                .hasMessageContaining("không cùng cấp");
        Throwable notAdmin = catchThrowable(() -> start("province1", merge("QB0293", "QB0294")));
        assertThat(notAdmin).as("only the administrator may start it").isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from admin_unit where dissolved_into is not null and code in ('QB0293', 'QB0294')",
                        Long.class))
                .isZero();
    }

    /** The state of one move, as every table that would change names it: equal before and after a failed move. */
    Map<String, Object> stateOf(String unit, String model, String cycle) {
        return jdbc.queryForMap(
                "select (select unit_code from security_model where code = ?) as model_unit,"
                        + " (select dissolved_into from admin_unit where code = ?) as dissolved,"
                        + " (select string_agg(user_id_, ',' order by user_id_) from act_id_membership where group_id_ = ?) as members,"
                        + " (select count(*) from act_id_group where id_ = ?) as groups,"
                        + " (select string_agg(distinct group_id_, ',' order by group_id_) from act_ru_authorization where resource_id_ = ?) as grants,"
                        + " (select count(*) from model_decision where model_code = ? and step = 'Reorganization') as moves,"
                        + " (select count(*) from act_ru_filter where name_ = 'Việc của Xã Hải Thành') as filters",
                model,
                unit,
                unit,
                unit,
                cycle,
                model);
    }

    @Test
    void aFailureMidWayLeavesNothingHalfMovedAndAnIncidentInCockpitUntilTheRetry() {
        commune("QB0296", "Xã Hải Thành");
        commune("QB0297", "Xã Đồng Sơn");
        if (engine.getIdentityService().createUserQuery().userId("commune96").count() == 0) {
            var user = engine.getIdentityService().newUser("commune96");
            user.setFirstName("Thành");
            user.setLastName("Trương Văn");
            user.setEmail("commune96@antq.example");
            user.setPassword("an-toan-2026");
            engine.getIdentityService().saveUser(user);
            engine.getIdentityService().createMembership("commune96", "QB0296");
        }
        jdbc.update(
                "insert into security_model (code, name, search_name, field, host_type, decision_no, founded_on, leader_name, "
                        + "leader_phone, members, goals, activities, unit_code, province_code, status, proposed_by, proposed_at, activated_at, version) "
                        + "values ('QB-2020-0296', 'Tổ an ninh Hải Thành', 'to an ninh hai thanh', 'RESIDENTIAL', 'RESIDENTIAL_AREA', '2/QĐ', "
                        + "date '2020-01-01', 'Trương Văn Thành', '0912345679', 12, 'Giữ gìn an ninh.', 'Tuần tra.', 'QB0296', 'QB', 'ACTIVE', 'admin', "
                        + "now(), now(), 0)");
        String cycle = lifecycles.startCycle("QB-2020-0296");
        Map<String, Object> before = stateOf("QB0296", "QB-2020-0296", cycle);
        assertThat(before)
                .containsEntry("model_unit", "QB0296")
                .containsEntry("members", "commune96")
                .containsEntry("filters", 1L);

        // the last thing a move does is remove the dissolved unit's group: the database refuses exactly that
        jdbc.execute("create or replace function antq_test_refuse() returns trigger language plpgsql as "
                + "$$ begin raise exception 'the database refuses to remove group %', old.id_; end $$");
        jdbc.execute("create trigger antq_test_refuse_group before delete on act_id_group for each row "
                + "when (old.id_ = 'QB0296') execute function antq_test_refuse()");
        try {
            ProcessInstance pi = start("admin", merge("QB0296", "QB0297"));
            new Acting(engine).as("admin", () -> {
                engine.getFormService()
                        .submitTaskForm(confirmation(pi).getId(), Map.of("reorganizationDecision", "CONFIRM"));
                return null;
            });
            var management = engine.getManagementService();
            String job = management
                    .createJobQuery()
                    .processInstanceId(pi.getId())
                    .singleResult()
                    .getId();
            for (int attempt = 1; attempt <= 3; attempt++) {
                Throwable failed = catchThrowable(() -> management.executeJob(job));
                assertThat(failed)
                        .as("attempt " + attempt)
                        .hasStackTraceContaining("the database refuses to remove group QB0296");
                assertThat(stateOf("QB0296", "QB-2020-0296", cycle))
                        .as("after attempt " + attempt + " nothing moved")
                        .isEqualTo(before);
            }
            var incident = engine.getRuntimeService()
                    .createIncidentQuery()
                    .processInstanceId(pi.getId())
                    .singleResult();
            assertThat(incident).as("the failure is an incident Cockpit shows").isNotNull();
            assertThat(incident.getActivityId()).isEqualTo("ReorganizeUnits");
            // the engine keeps the database's words out of the message; Cockpit shows them in the job's stack trace
            assertThat(incident.getIncidentMessage()).contains("persistence layer");
            assertThat(management.getJobExceptionStacktrace(job))
                    .contains("the database refuses to remove group QB0296");

            // the cause removed, the operator's retry (Cockpit's "Retry") makes the whole move
            jdbc.execute("drop trigger antq_test_refuse_group on act_id_group");
            management.setJobRetries(job, 1);
            management.executeJob(job);
            Map<String, Object> after = stateOf("QB0296", "QB-2020-0296", cycle);
            assertThat(after)
                    .containsEntry("model_unit", "QB0297")
                    .containsEntry("dissolved", "QB0297")
                    .containsEntry("groups", 0L)
                    .containsEntry("moves", 1L)
                    .containsEntry("filters", 0L);
            assertThat(after.get("members")).isNull();
            assertThat(jdbc.queryForObject(
                            "select count(*) from act_id_membership where user_id_ = 'commune96' and group_id_ = 'QB0297'",
                            Long.class))
                    .isEqualTo(1);
            assertThat(engine.getRuntimeService()
                            .createIncidentQuery()
                            .processInstanceId(pi.getId())
                            .count())
                    .isZero();
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processInstanceId(pi.getId())
                            .count())
                    .isZero();
        } finally {
            jdbc.execute("drop trigger if exists antq_test_refuse_group on act_id_group");
            jdbc.execute("drop function if exists antq_test_refuse()");
        }
    }
}
