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
    List<String> groups = identity.createGroupQuery().groupMember(login).list().stream().map(Group::getId).toList();
    identity.setAuthentication(login, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public void run(String login, Runnable work) {
    as(login, () -> {
      work.run();
      return null;
    });
  }
}
