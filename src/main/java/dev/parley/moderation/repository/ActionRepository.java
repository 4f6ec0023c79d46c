package dev.parley.moderation.repository;

import dev.parley.platform.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The append-only moderation log, and the optimistic status change that goes with each entry. */
@ApplicationScoped
public class ActionRepository {

    private final EntityManager em;

    ActionRepository(EntityManager em) {
        this.em = em;
    }

    /** One entry of the log. */
    public record Action(long id, long commentId, String moderator, String action, String statusBefore,
                         String statusAfter, String reason, String note, Long undoes, Instant createdAt) {
    }

    /**
     * Sets the comment's status if its moderation version is still {@code expectedVersion}; returns
     * false when another decision came first (the caller answers 409). Every caller logs an action
     * with it, which changes the latest standing decision, so the caller also says whether that is
     * now an escalation ({@code comment.escalated}, the escalated queue).
     */
    public boolean changeStatus(long commentId, long expectedVersion, String status, boolean escalated) {
        return em.createNativeQuery("""
                UPDATE comment SET status = :status, escalated = :escalated, moderation_version = moderation_version + 1
                WHERE id = :comment AND moderation_version = :expected""")
                .setParameter("status", status).setParameter("escalated", escalated).setParameter("comment", commentId)
                .setParameter("expected", expectedVersion).executeUpdate() == 1;
    }

    public long append(long commentId, String moderator, String action, String before, String after, String reason,
                       String note, Long undoes, Instant now) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO moderation_action (comment_id, moderator, action, status_before, status_after, reason, note,
                                               undoes, created_at)
                VALUES (:comment, :moderator, :action, :before, :after, :reason, :note, :undoes, :now)
                RETURNING id""")
                .setParameter("comment", commentId).setParameter("moderator", moderator).setParameter("action", action)
                .setParameter("before", before).setParameter("after", after).setParameter("reason", reason)
                .setParameter("note", note).setParameter("undoes", undoes).setParameter("now", now)
                .getSingleResult()).longValue();
    }

    /** The comment's standing decisions, oldest first: not undo entries, and not undone. */
    public List<Action> standing(long commentId) {
        List<Action> all = ofComment(commentId);
        Set<Long> undone = all.stream().map(Action::undoes).filter(Objects::nonNull).collect(Collectors.toSet());
        return all.stream().filter(a -> !a.action().equals("UNDO") && !undone.contains(a.id())).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Action> ofComment(long commentId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, comment_id, moderator, action, status_before, status_after, reason, note, undoes, created_at
                FROM moderation_action WHERE comment_id = :comment ORDER BY id""")
                .setParameter("comment", commentId).getResultList();
        return rows.stream().map(ActionRepository::action).toList();
    }

    /** Decisions per moderator on a site: {moderator, action, count}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> countsByModerator(long siteId) {
        return em.createNativeQuery("""
                SELECT a.moderator, a.action, count(*) FROM moderation_action a JOIN comment c ON c.id = a.comment_id
                WHERE c.site_id = :site GROUP BY a.moderator, a.action ORDER BY a.moderator, a.action""")
                .setParameter("site", siteId).getResultList();
    }

    private static Action action(Object[] r) {
        return new Action(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), SqlValues.instant(r[9]));
    }
}
