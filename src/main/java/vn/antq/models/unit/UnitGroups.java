package vn.antq.models.unit;

/**
 * The Camunda groups that stand for units. Members of a unit's group act for the unit (its tasks
 * go to that group); members of its supervision group only read.
 */
public final class UnitGroups {

    /** Group type of the groups whose members act for a unit; the group id is the unit code. */
    public static final String UNIT_TYPE = "UNIT";
    /** Group type of the read-only supervision groups; the group id is {@code GS} + unit code. */
    public static final String SUPERVISION_TYPE = "SUPERVISION";

    private static final String SUPERVISION_PREFIX = "GS";

    private UnitGroups() {}

    public static String actorGroup(String unitCode) {
        return unitCode;
    }

    public static String supervisionGroup(String unitCode) {
        return SUPERVISION_PREFIX + unitCode;
    }

    public static String unitOfSupervisionGroup(String groupId) {
        return groupId.startsWith(SUPERVISION_PREFIX) ? groupId.substring(SUPERVISION_PREFIX.length()) : groupId;
    }
}
