package dev.parley.moderation.api;

/**
 * The review queues. None is stored: each is a condition on the comment's status and flags
 * (Coral Talk's model), so a decision moves a comment between queues in the same transaction.
 */
public enum Queue {
    /** Withheld from display until a moderator decides. */
    PENDING("c.status IN ('PREMOD', 'SYSTEM_WITHHELD')"),
    /**
     * Visible, flagged by Parley's models. {@code flag_score} is set exactly when the comment has a
     * detected flag (FlagRepository.addDetected sets both; flags are never deleted), so the queue
     * is its partial index {@code comment_queue_flagged} rather than a join with the flags.
     */
    FLAGGED("c.status = 'NONE' AND c.flag_score IS NOT NULL"),
    /** Visible, reported by readers: {@code report_count} counts its reports (FlagRepository.addReport). */
    REPORTED("c.status = 'NONE' AND c.report_count > 0"),
    /**
     * Undecided, and the latest standing decision is an escalation. The EXISTS is implied by the
     * rest; it lets the query start from the few escalations instead of every undecided comment.
     */
    ESCALATED("c.status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD')"
            + " AND EXISTS (SELECT 1 FROM moderation_action e WHERE e.comment_id = c.id AND e.action = 'ESCALATE')"
            + " AND (SELECT a.action FROM moderation_action a"
            + " WHERE a.comment_id = c.id AND a.action <> 'UNDO'"
            + " AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)"
            + " ORDER BY a.id DESC LIMIT 1) = 'ESCALATE'"),
    /** Decided: history rather than work; counted only up to a limit (see {@link #actionable()}). */
    APPROVED("c.status = 'APPROVED'", false),
    REJECTED("c.status = 'REJECTED'", false);

    private final String condition;
    private final boolean actionable;

    Queue(String condition) {
        this(condition, true);
    }

    Queue(String condition, boolean actionable) {
        this.condition = condition;
        this.actionable = actionable;
    }

    /**
     * Whether the queue is work a moderator has to do: such queues are small and always counted
     * exactly. The others grow with the site's history and are counted up to a limit.
     */
    public boolean actionable() {
        return actionable;
    }

    /** SQL condition on {@code comment c}; constant text, never built from input. */
    public String condition() {
        return condition;
    }
}
