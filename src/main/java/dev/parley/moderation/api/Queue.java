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
     * Undecided, and the latest standing decision (non-UNDO, not undone) is an escalation. That
     * state is kept on the comment as {@code escalated} (set with every logged status change,
     * ActionRepository.changeStatus), so the queue is its partial index {@code comment_queue_escalated}.
     */
    ESCALATED("c.status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD') AND c.escalated"),
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
