package vn.antq.models.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.antq.models.security.Absences;
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
    private final Absences absences;

    public Recipients(IdentityService identity, UnitHierarchy units, Absences absences) {
        this.identity = identity;
        this.units = units;
        this.absences = absences;
    }

    /** The assignee alone, or every member of the candidate groups; a stand-in in place of one who is away. */
    public List<User> of(String assignee, List<String> candidateGroups) {
        if (assignee != null) {
            String told = absences.standInFor(assignee).orElse(assignee);
            User user = Privileged.call(
                    () -> identity.createUserQuery().userId(told).singleResult());
            return user == null ? List.of() : List.of(user);
        }
        return membersOf(candidateGroups);
    }

    /** The group one level above the task's unit: the district or province, or a province's supervisors. */
    public Optional<String> escalationGroup(List<String> candidateGroups) {
        for (String group : candidateGroups) {
            Optional<AdministrativeUnit> unit = units.find(group);
            if (unit.isPresent()) {
                AdministrativeUnit u = unit.get();
                return Optional.of(
                        u.is(UnitLevel.PROVINCE)
                                ? UnitGroups.supervisionGroup(u.getCode())
                                : UnitGroups.actorGroup(u.getParentCode()));
            }
        }
        return Optional.empty();
    }

    public List<User> membersOf(List<String> groups) {
        Map<String, User> users = new LinkedHashMap<>();
        for (String group : groups) {
            Privileged.call(() -> identity.createUserQuery()
                            .memberOfGroup(group)
                            .orderByUserId()
                            .asc()
                            .list())
                    .forEach(u -> users.putIfAbsent(u.getId(), u));
        }
        // one who is away is told through their stand-in
        List<String> present = absences.present(users.keySet());
        if (present.size() == users.size() && users.keySet().containsAll(present)) {
            return List.copyOf(users.values());
        }
        Map<String, User> told = new LinkedHashMap<>();
        for (String login : present) {
            User u = users.get(login);
            if (u == null) {
                u = Privileged.call(
                        () -> identity.createUserQuery().userId(login).singleResult());
            }
            if (u != null) {
                told.put(login, u);
            }
        }
        return List.copyOf(told.values());
    }
}
