package dev.parley.moderation.service;

import dev.parley.moderation.api.ModerationApi.DecisionAction;
import dev.parley.moderation.api.ModerationApi.DecisionRequest;
import dev.parley.moderation.api.ModerationApi.DecisionResult;
import dev.parley.moderation.api.ModerationApi.State;
import dev.parley.moderation.repository.ActionRepository;
import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import dev.parley.thread.Comment;
import dev.parley.thread.repository.CommentRepository;
import dev.parley.integration.webhook.service.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one moderation decision inside the caller's transaction: the status change (only if
 * the comment is still at the version the moderator saw) and its append-only log entry, together.
 */
@ApplicationScoped
public class DecisionService {

    private final CommentRepository comments;
    private final ActionRepository actions;
    private final EntityManager em;
    private final WebhookOutbox outbox;

    DecisionService(CommentRepository comments, ActionRepository actions, EntityManager em, WebhookOutbox outbox) {
        this.outbox = outbox;
        this.comments = comments;
        this.actions = actions;
        this.em = em;
    }

    /** Thrown when another decision came first; carries the comment's current state for the 409. */
    public static class Conflict extends RuntimeException {
        private final transient State current;

        Conflict(State current) {
            super("The comment was decided by someone else since version you saw; current state attached");
            this.current = current;
        }

        public State current() {
            return current;
        }
    }

    public DecisionResult decide(long siteId, String commentExternalId, DecisionRequest r, Instant now) {
        if (r.action() == DecisionAction.REJECT && r.reason() == null) {
            throw new ProblemException(ProblemType.VALIDATION, "reason: required when rejecting",
                    List.of(new FieldError("reason", "required when rejecting")));
        }
        Comment c = comments.findByExternalId(siteId, commentExternalId).orElseThrow(
                () -> ProblemException.notFound("No comment '" + commentExternalId + "' on this site"));
        em.refresh(c);
        if (c.moderationVersion != r.expectedVersion()) {
            throw new Conflict(state(c));
        }
        String before = c.status;
        String after;
        Long undoes = null;
        // Whether the latest standing decision is an escalation once this one is logged.
        boolean escalated = false;
        switch (r.action()) {
            case APPROVE -> after = "APPROVED";
            case REJECT -> after = "REJECTED";
            case ESCALATE -> {
                after = before;
                escalated = true;
            }
            case UNDO -> {
                List<ActionRepository.Action> standing = actions.standing(c.id);
                if (standing.isEmpty()) {
                    throw new ProblemException(ProblemType.CONFLICT,
                            "Comment '" + commentExternalId + "' has no decision to undo");
                }
                ActionRepository.Action last = standing.getLast();
                after = last.statusBefore();
                undoes = last.id();
                // Undoing the last standing decision makes the one before it the latest again.
                escalated = standing.size() > 1 && standing.get(standing.size() - 2).action().equals("ESCALATE");
            }
            default -> throw new IllegalStateException();
        }
        if (!actions.changeStatus(c.id, r.expectedVersion(), after, escalated)) {
            em.refresh(c);
            throw new Conflict(state(c));
        }
        long actionId = actions.append(c.id, r.moderator(), r.action().name(), before, after,
                r.reason() == null ? null : r.reason().name(), r.note(), undoes, now);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("commentId", commentExternalId);
        event.put("action", r.action().name());
        event.put("statusBefore", before);
        event.put("statusAfter", after);
        event.put("reason", r.reason() == null ? null : r.reason().name());
        event.put("moderator", r.moderator());
        event.put("actionId", actionId);
        outbox.emit(siteId, WebhookOutbox.DECISION_MADE, event, now);
        em.refresh(c);
        return new DecisionResult(commentExternalId, "DECIDED", state(c), actionId, null);
    }

    public State state(long siteId, String commentExternalId) {
        return comments.findByExternalId(siteId, commentExternalId).map(DecisionService::state).orElseThrow(
                () -> ProblemException.notFound("No comment '" + commentExternalId + "' on this site"));
    }

    static State state(Comment c) {
        return new State(c.externalId, c.status, c.moderationVersion);
    }
}
