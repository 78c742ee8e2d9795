package vn.antq.models.notification;

/**
 * What a notification tells a unit; each has its subject and body in messages.properties under
 * {@code notification.<key>.subject|body}, and its key is what the register stores.
 */
public enum NotificationKind {
    /** A model of the unit's area was retired, by the rule or on request. */
    RETIRED("retired"),
    /** A commune under the unit did not answer a replication campaign by its deadline. */
    NO_ANSWER("noAnswer"),
    /** A task of the unit's area is past its due date (also e-mailed as an escalation reminder). */
    ESCALATION("escalation");

    private final String key;

    NotificationKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
