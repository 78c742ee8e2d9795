package vn.antq.models.mail;

/** What an e-mail is about. */
public enum MailKind {
    /** The task falls due soon. */
    BEFORE_DUE,
    /** The task is overdue. */
    OVERDUE,
    /** The task has been overdue for a while: the next level up is told. */
    ESCALATION,
    /** Something happened to a model (retired, no answer...). */
    NOTIFICATION,
    /** One daily summary instead of single reminders. */
    DIGEST,
    /** An imported official is asked to set a password (a one-time link). */
    INVITATION
}
