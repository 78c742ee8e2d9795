package vn.antq.models.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;

/**
 * The one place where a login becomes an official with a unit and roles: from the Camunda groups
 * the user is a member of. An administrator adds a user to a unit's group in Camunda Admin and the
 * user acts for that unit.
 */
@Service
public class OfficialService {

    private final IdentityService identity;
    private final UnitHierarchy units;

    public OfficialService(IdentityService identity, UnitHierarchy units) {
        this.identity = identity;
        this.units = units;
    }

    /** The official behind the engine's current authentication, if any. */
    public Optional<Official> current() {
        Authentication auth = identity.getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(byLogin(auth.getUserId()));
    }

    /** "Hoàng Minh Đức (district1)", as officials read a name in a form or an e-mail. */
    public String displayName(String login) {
        String name = name(login);
        return name.equals(login) ? login : name + " (" + login + ")";
    }

    /** "Hoàng Minh Đức": family and middle names first, as Vietnamese write a name; the login if it has none. */
    public String name(String login) {
        org.camunda.bpm.engine.identity.User user =
                withoutCaller(() -> identity.createUserQuery().userId(login).singleResult());
        if (user == null) {
            return login;
        }
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                        + (user.getFirstName() == null ? "" : user.getFirstName()))
                .trim();
        return name.isEmpty() ? login : name;
    }

    /**
     * A look-up the application makes for a page (the name of whoever decided), not the caller's own
     * query: inside a command the engine's checks are off ({@link Privileged}); outside one (a request
     * of /api), the caller's authentication is set aside for the look-up and put back.
     */
    private <T> T withoutCaller(java.util.function.Supplier<T> work) {
        if (org.camunda.bpm.engine.impl.context.Context.getCommandContext() != null) {
            return Privileged.call(work);
        }
        org.camunda.bpm.engine.impl.identity.Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /** The logins of a group's members, at most 500 (a unit has a few dozen officials). */
    public List<String> membersOf(String group) {
        return Privileged.call(
                () -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, 500).stream()
                        .map(org.camunda.bpm.engine.identity.User::getId)
                        .toList());
    }

    /** The official with this login, if there is such a user. */
    public Optional<Official> find(String login) {
        boolean exists = login != null
                && Privileged.call(
                                () -> identity.createUserQuery().userId(login).count())
                        > 0;
        return exists ? Optional.of(byLogin(login)) : Optional.empty();
    }

    public Official byLogin(String login) {
        List<Group> groups = Privileged.call(
                () -> identity.createGroupQuery().groupMember(login).list());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        AdministrativeUnit unit = null;
        for (Group g : groups) {
            if (UnitGroups.UNIT_TYPE.equals(g.getType())) {
                Optional<AdministrativeUnit> u = units.find(g.getId());
                if (u.isPresent()) {
                    unit = u.get();
                    roles.add(
                            switch (unit.getLevel()) {
                                case COMMUNE -> Role.PROPOSER;
                                case DISTRICT -> Role.REVIEWER;
                                case PROVINCE -> Role.APPROVER;
                            });
                }
            } else if (UnitGroups.SUPERVISION_TYPE.equals(g.getType())) {
                Optional<AdministrativeUnit> u = units.find(UnitGroups.unitOfSupervisionGroup(g.getId()));
                if (u.isPresent()) {
                    if (unit == null) {
                        unit = u.get();
                    }
                    roles.add(Role.SUPERVISOR);
                }
            } else if (Groups.CAMUNDA_ADMIN.equals(g.getId())) {
                roles.add(Role.ADMIN);
            }
        }
        return new Official(
                login, unit, roles, groups.stream().map(Group::getId).toList());
    }
}
