package vn.antq.models.reminder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import vn.antq.models.security.Privileged;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitLevel;

/** Who is told about a task: its assignee, or every member of its candidate groups; and who is above them. */
@Service
public class Recipients {

  private final IdentityService identity;
  private final UnitHierarchy units;

  public Recipients(IdentityService identity, UnitHierarchy units) {
    this.identity = identity;
    this.units = units;
  }

  public List<User> of(DelegateTask task) {
    if (task.getAssignee() != null) {
      User assignee = Privileged.call(() -> identity.createUserQuery().userId(task.getAssignee()).singleResult());
      return assignee == null ? List.of() : List.of(assignee);
    }
    return membersOf(candidateGroups(task));
  }

  /** The group one level above the task's unit: the district or province, or a province's supervisors. */
  public Optional<String> escalationGroup(DelegateTask task) {
    for (String group : candidateGroups(task)) {
      Optional<AdministrativeUnit> unit = units.find(group);
      if (unit.isPresent()) {
        AdministrativeUnit u = unit.get();
        return Optional.of(u.is(UnitLevel.PROVINCE) ? UnitGroups.supervisionGroup(u.getCode())
            : UnitGroups.actorGroup(u.getParentCode()));
      }
    }
    return Optional.empty();
  }

  public List<User> membersOf(List<String> groups) {
    Map<String, User> users = new LinkedHashMap<>();
    for (String group : groups) {
      Privileged.call(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list())
          .forEach(u -> users.putIfAbsent(u.getId(), u));
    }
    return List.copyOf(users.values());
  }

  public List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct().toList();
  }
}
