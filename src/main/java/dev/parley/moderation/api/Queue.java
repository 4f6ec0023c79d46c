package dev.parley.moderation.api;

/**
 * The review queues. None is stored: each is a condition on the comment's status and flags
 * (Coral Talk's model), so a decision moves a comment between queues in the same transaction.
 */
public enum Queue {
    /** Withheld from display until a moderator decides. */
    PENDING("c.status IN ('PREMOD', 'SYSTEM_WITHHELD')"),
    /** Visible, flagged by Parley's models. */
    FLAGGED("c.status = 'NONE' AND EXISTS (SELECT 1 FROM flag f WHERE f.comment_id = c.id AND f.source = 'DETECTED')"),
    /** Visible, reported by readers. */
    REPORTED("c.status = 'NONE' AND EXISTS (SELECT 1 FROM flag f WHERE f.comment_id = c.id AND f.source = 'REPORTED')"),
    /** Undecided, and the latest standing decision is an escalation. */
    ESCALATED("c.status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD') AND (SELECT a.action FROM moderation_action a"
            + " WHERE a.comment_id = c.id AND a.action <> 'UNDO'"
            + " AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)"
            + " ORDER BY a.id DESC LIMIT 1) = 'ESCALATE'"),
    APPROVED("c.status = 'APPROVED'"),
    REJECTED("c.status = 'REJECTED'");

    private final String condition;

    Queue(String condition) {
        this.condition = condition;
    }

    /** SQL condition on {@code comment c}; constant text, never built from input. */
    public String condition() {
        return condition;
    }
}
