package vn.antq.models.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as a logged-in official, the way Tasklist and the REST API do. */
public final class Acting {

    private final ProcessEngine engine;

    public Acting(ProcessEngine engine) {
        this.engine = engine;
    }

    public <T> T as(String login, Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(login).list().stream()
                .map(Group::getId)
                .toList();
        identity.setAuthentication(login, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Starts {@code processKey} as {@code login} before {@code activityId} instead of at its start
     * event, and returns what the engine threw (null if it started): how the integrity tests reach a
     * step the way an attacker would have.
     */
    public Throwable startPartWay(
            String login,
            String processKey,
            String businessKey,
            String activityId,
            java.util.Map<String, Object> variables) {
        return org.assertj.core.api.Assertions.catchThrowable(() -> run(
                login,
                () -> engine.getRuntimeService()
                        .createProcessInstanceByKey(processKey)
                        .businessKey(businessKey)
                        .setVariables(variables)
                        .startBeforeActivity(activityId)
                        .execute()));
    }

    /** Moves a running instance, as {@code login}, to before {@code activityId}; returns what the engine threw. */
    public Throwable movePartWay(String login, String processInstanceId, String activityId) {
        return org.assertj.core.api.Assertions.catchThrowable(() -> run(
                login,
                () -> engine.getRuntimeService()
                        .createProcessInstanceModification(processInstanceId)
                        .startBeforeActivity(activityId)
                        .execute()));
    }

    public void run(String login, Runnable work) {
        as(login, () -> {
            work.run();
            return null;
        });
    }
}
