package vn.antq.models.security;

import java.util.List;
import java.util.Set;
import vn.antq.models.unit.AdministrativeUnit;

/**
 * The logged-in official: who they are, the unit they belong to and what they may do. Always
 * derived from the login (see {@link OfficialService}), never from anything a form sends.
 *
 * @param unit null only for an administrator without a unit
 */
public record Official(String login, AdministrativeUnit unit, Set<Role> roles, List<String> groupIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** May act (complete tasks, start processes) for its unit, as opposed to only reading. */
    public boolean acts() {
        return has(Role.PROPOSER) || has(Role.REVIEWER) || has(Role.APPROVER);
    }
}
