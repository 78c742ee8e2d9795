package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.common.Clocks;
import vn.antq.models.support.Acting;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;
import vn.antq.models.support.WebappSession;

/**
 * Every role against every endpoint family, with the expected table written out below. The fixture
 * is one proposal of Xã Lộc Thủy (commune1) waiting for Huyện Lệ Thủy's review, with an incident.
 * "allow" means the request succeeds and shows the fixture; anything else (401, 403, 404, an empty
 * list, the fixture missing from the list) is a denial. The test fails on any unexpected allow or
 * unexpected denial and prints the whole observed matrix.
 */
@PostgresTest
class AuthorizationMatrixTest {

    static final List<String> ROLES = List.of(
            "commune1",
            "commune2",
            "commune3",
            "commune4",
            "district1",
            "district2",
            "province1",
            "province2",
            "supervisor",
            "admin",
            "anonymous");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Rest rest;
    String pi;
    String task;
    String code;

    @BeforeEach
    void fixture() {
        rest = new Rest(port);
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance instance = new Acting(engine)
                .as(
                        "commune1",
                        () -> engine.getFormService()
                                .submitStartForm(definitionId, Proposals.valid("Mô hình kiểm tra phân quyền")));
        pi = instance.getId();
        code = instance.getBusinessKey();
        Task t = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        task = t.getId();
        engine.getRuntimeService().createIncident("antqCheck", t.getExecutionId(), "kiểm tra phân quyền");
        // a proposal has no job of its own (reminders are swept): the jobs probed are those of an evaluation cycle
        vn.antq.models.support.Models models = new vn.antq.models.support.Models(engine);
        String active = models.activeModel("commune1", "Mô hình kiểm tra quyền xem tác vụ nền");
        // a campaign of the province asking Xã Mỹ Thủy (commune2), which reads the campaign's task, not the campaign
        models.classify(active, "commune1", "GOOD");
        cycle = models.runningCycle(active).getId();
        String campaignDefinition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-replication")
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, Object> form = new HashMap<>();
        form.put("sourceCode", active);
        form.put("targetUnits", List.of("QB0102"));
        form.put(
                "deadline",
                ClockUtil.getCurrentTime()
                        .toInstant()
                        .atZone(Clocks.VIETNAM)
                        .toLocalDate()
                        .plusDays(30)
                        .toString());
        campaign = new Acting(engine)
                .as("province1", () -> engine.getFormService().submitStartForm(campaignDefinition, form))
                .getId();
        answerTask = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(campaign)
                .taskCandidateGroup("QB0102")
                .singleResult()
                .getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String cycle;
    String campaign;
    String answerTask;

    record Probe(String name, Set<String> allowed, Function<String, Boolean> allows) {}

    Rest.Response get(String login, String path) {
        return rest.get("anonymous".equals(login) ? null : login, path);
    }

    Rest.Response post(String login, String path, Object body) {
        return rest.post("anonymous".equals(login) ? null : login, path, body);
    }

    boolean ok(Rest.Response r) {
        return r.status() >= 200 && r.status() < 300;
    }

    /** 2xx and the JSON (a list, or an object) mentions {@code needle}. */
    boolean shows(Rest.Response r, String needle) {
        return ok(r) && r.body().contains(needle);
    }

    boolean listIsAll(Rest.Response r, int atLeast) {
        if (!ok(r)) {
            return false;
        }
        JsonNode list = r.json();
        return list.isArray() && list.size() >= atLeast;
    }

    static Set<String> of(String... logins) {
        return Set.of(logins);
    }

    static final Set<String> CHAIN = of("commune1", "district1", "province1", "supervisor", "admin");
    static final Set<String> LOGGED_IN = of(
            "commune1",
            "commune2",
            "commune3",
            "commune4",
            "district1",
            "district2",
            "province1",
            "province2",
            "supervisor",
            "admin");

    List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        // /engine-rest
        p.add(new Probe(
                "engine-rest task list",
                of("district1", "admin"),
                u -> shows(get(u, "/engine-rest/task?maxResults=100&processInstanceId=" + pi), task)));
        p.add(new Probe(
                "engine-rest task by id", of("district1", "admin"), u -> ok(get(u, "/engine-rest/task/" + task))));
        p.add(new Probe(
                "engine-rest task form variables",
                of("district1", "admin"),
                u -> shows(get(u, "/engine-rest/task/" + task + "/form-variables"), "modelName")));
        p.add(new Probe(
                "engine-rest process-instance by id", CHAIN, u -> ok(get(u, "/engine-rest/process-instance/" + pi))));
        p.add(new Probe(
                "engine-rest process-instance list",
                CHAIN,
                u -> shows(get(u, "/engine-rest/process-instance?maxResults=100&businessKey=" + code), pi)));
        p.add(new Probe(
                "engine-rest variables",
                CHAIN,
                u -> shows(get(u, "/engine-rest/process-instance/" + pi + "/variables"), "modelName")));
        p.add(new Probe(
                "engine-rest history process-instance",
                CHAIN,
                u -> shows(
                        get(u, "/engine-rest/history/process-instance?maxResults=100&processInstanceId=" + pi), pi)));
        p.add(new Probe(
                "engine-rest history task",
                of("district1", "admin", "commune1", "province1", "supervisor"),
                u -> shows(get(u, "/engine-rest/history/task?maxResults=100&processInstanceId=" + pi), task)));
        p.add(new Probe(
                "engine-rest history task (a campaign's answer)",
                of("commune2", "province1", "supervisor", "admin"),
                u -> shows(
                        get(u, "/engine-rest/history/task?maxResults=100&processInstanceId=" + campaign), answerTask)));
        p.add(new Probe(
                "engine-rest task (a campaign's answer)",
                of("commune2", "admin"),
                u -> shows(get(u, "/engine-rest/task?maxResults=100&processInstanceId=" + campaign), answerTask)));
        p.add(new Probe(
                "engine-rest job (an evaluation cycle's)",
                CHAIN,
                u -> listIsAll(get(u, "/engine-rest/job?maxResults=100&processInstanceId=" + cycle), 1)));
        p.add(new Probe(
                "engine-rest incident",
                CHAIN,
                u -> shows(get(u, "/engine-rest/incident?maxResults=100&processInstanceId=" + pi), "antqCheck")));
        p.add(new Probe(
                "engine-rest deployment list",
                of("admin"),
                u -> listIsAll(get(u, "/engine-rest/deployment?maxResults=100"), 1)));
        p.add(new Probe(
                "engine-rest user list (all users)",
                of("admin"),
                u -> listIsAll(get(u, "/engine-rest/user?maxResults=100"), 10)));
        p.add(new Probe(
                "engine-rest group list (all groups)",
                of("admin"),
                u -> listIsAll(get(u, "/engine-rest/group?maxResults=100"), 10)));
        p.add(new Probe("engine-rest user create", of("admin"), u -> {
            String id = "mx" + u.replaceAll("[^a-z0-9]", "");
            boolean created = ok(post(
                    u,
                    "/engine-rest/user/create",
                    Map.of(
                            "profile",
                            Map.of("id", id, "firstName", "Thử", "lastName", "Nghiệm", "email", id + "@antq.example"),
                            "credentials",
                            Map.of("password", "Mat-khau-2026"))));
            if (created) {
                engine.getIdentityService().deleteUser(id);
            }
            return created;
        }));
        p.add(new Probe("engine-rest group create", of("admin"), u -> {
            String id = "mxg" + u.replaceAll("[^a-z0-9]", "");
            boolean created = ok(post(u, "/engine-rest/group/create", Map.of("id", id, "name", "Thử", "type", "TEST")));
            if (created) {
                engine.getIdentityService().deleteGroup(id);
            }
            return created;
        }));
        p.add(new Probe(
                "engine-rest start proposal",
                of("commune1", "commune2", "commune3", "commune4"),
                u -> ok(post(
                        u,
                        "/engine-rest/process-definition/key/model-proposal/submit-form",
                        Rest.variables(Proposals.valid("Đề xuất của " + u))))));
        p.add(new Probe(
                "engine-rest complete review (wrong unit)",
                of("admin"),
                u -> !"district1".equals(u)
                        && ok(post(
                                u,
                                "/engine-rest/task/" + task + "/claim",
                                Map.of("userId", "anonymous".equals(u) ? "x" : u)))));
        // /api
        p.add(new Probe("api me", LOGGED_IN, u -> ok(get(u, "/api/me"))));
        p.add(new Probe("api units", LOGGED_IN, u -> ok(get(u, "/api/units"))));
        p.add(new Probe("api model by code", CHAIN, u -> ok(get(u, "/api/models/" + code))));
        p.add(new Probe(
                "api model list", CHAIN, u -> shows(get(u, "/api/models?q=kiem%20tra%20phan%20quyen&size=100"), code)));
        p.add(new Probe(
                "api replication report (province)",
                of("province1", "supervisor", "admin"),
                u -> ok(get(u, "/api/reports/replication?unit=QB"))));
        p.add(new Probe(
                "api summary report (province)",
                of("province1", "supervisor", "admin"),
                u -> ok(get(u, "/api/reports/summary?unit=QB&year=2026"))));
        p.add(new Probe(
                "api summary report excel (province)",
                of("province1", "supervisor", "admin"),
                u -> ok(get(u, "/api/reports/summary.xlsx?unit=QB"))));
        p.add(new Probe(
                "api register excel (province)",
                of("province1", "supervisor", "admin"),
                u -> ok(get(u, "/api/models.xlsx?unit=QB"))));
        p.add(new Probe(
                "api summary report (district 1)",
                of("district1", "province1", "supervisor", "admin"),
                u -> ok(get(u, "/api/reports/summary?unit=QB01"))));
        p.add(new Probe(
                "api admin action",
                of("admin"),
                u -> post(u, "/api/admin/models/" + code + "/evaluation-due-now", Map.of())
                                .status()
                        == 409));
        // the webapps' own API, with their session login
        p.add(new Probe("webapp task list", of("district1", "admin"), u -> {
            if ("anonymous".equals(u)) {
                return shows(
                        new WebappSession(port, "nobody", "welcome")
                                .get("/camunda/api/engine/engine/default/task?maxResults=100&processInstanceId=" + pi),
                        task);
            }
            WebappSession s = new WebappSession(port, u, "welcome");
            return shows(s.get("/camunda/api/engine/engine/default/task?maxResults=100&processInstanceId=" + pi), task);
        }));
        p.add(new Probe("webapp process-instance", CHAIN, u -> {
            WebappSession s = new WebappSession(port, "anonymous".equals(u) ? "nobody" : u, "welcome");
            return ok(s.get("/camunda/api/engine/engine/default/process-instance/" + pi));
        }));
        p.add(new Probe(
                "webapp cockpit login",
                of("district1", "district2", "province1", "province2", "supervisor", "admin"),
                u -> !"anonymous".equals(u) && new WebappSession(port, u, "cockpit").loginStatus() == 200));
        p.add(new Probe(
                "webapp tasklist login",
                of(
                        "commune1",
                        "commune2",
                        "commune3",
                        "commune4",
                        "district1",
                        "district2",
                        "province1",
                        "province2",
                        "admin"),
                u -> !"anonymous".equals(u) && new WebappSession(port, u, "tasklist").loginStatus() == 200));
        p.add(new Probe(
                "webapp admin login",
                of("admin"),
                u -> !"anonymous".equals(u) && new WebappSession(port, u, "admin").loginStatus() == 200));
        return p;
    }

    @Test
    void everyRoleGetsExactlyWhatTheTableSays() {
        Map<String, Map<String, Boolean>> observed = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        for (Probe probe : probes()) {
            Map<String, Boolean> row = new LinkedHashMap<>();
            for (String role : ROLES) {
                boolean allowed = probe.allows().apply(role);
                row.put(role, allowed);
                boolean expected = probe.allowed().contains(role);
                if (allowed != expected) {
                    unexpected.add(
                            (allowed ? "unexpected ALLOW: " : "unexpected DENY: ") + probe.name() + " for " + role);
                }
            }
            observed.put(probe.name(), row);
        }
        System.out.println(table(observed));
        assertThat(unexpected).as(table(observed)).isEmpty();
    }

    /**
     * The table above holds with one grant per task fewer: a task's candidate group that reads the
     * instance's history gets no history grant of its own on the task, and a commune answering a
     * campaign, which does not read the campaign, keeps it.
     */
    @Test
    void aHistoryGrantOnATaskOnlyWhereTheInstanceDoesNotGiveIt() {
        var query = engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK);
        assertThat(query.resourceId(task).groupIdIn("QB01").count())
                .as("the district's review task")
                .isZero();
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .resourceType(Resources.TASK)
                        .resourceId(task)
                        .groupIdIn("QB01")
                        .count())
                .as("the district's grant on the review task itself")
                .isOne();
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .resourceType(Resources.HISTORIC_TASK)
                        .resourceId(answerTask)
                        .groupIdIn("QB0102")
                        .count())
                .as("the commune's answer to the campaign")
                .isOne();
    }

    static String table(Map<String, Map<String, Boolean>> observed) {
        StringBuilder sb = new StringBuilder("\n| endpoint | " + String.join(" | ", ROLES) + " |\n|---|");
        ROLES.forEach(r -> sb.append("---|"));
        sb.append('\n');
        observed.forEach((name, row) -> {
            sb.append("| ").append(name).append(" |");
            row.values().forEach(v -> sb.append(v ? " ✓ |" : " – |"));
            sb.append('\n');
        });
        return sb.toString();
    }
}
