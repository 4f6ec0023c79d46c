package dev.parley.integration.coral.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Comments stored from the moderation phase under a content key, waiting for Coral's id. */
@ApplicationScoped
public class PendingCommentRepository {

    public record Pending(long id, String pendingKey) {
    }

    private final EntityManager em;

    PendingCommentRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Remembers the key as unreconciled. The same key again (Coral asked about the same text twice,
     * or again after the first was re-keyed and a new comment now holds the key) makes it
     * unreconciled and recent again, because a new comment under that key now waits for an id.
     */
    public void remember(long siteId, String pendingKey, String storyId, Instant now) {
        em.createNativeQuery("""
                INSERT INTO coral_pending_comment (site_id, pending_key, story_id, created_at)
                VALUES (:site, :key, :story, :now)
                ON CONFLICT (site_id, pending_key) DO UPDATE
                   SET created_at = EXCLUDED.created_at, reconciled_at = NULL, coral_comment_id = NULL
                """)
                .setParameter("site", siteId).setParameter("key", pendingKey).setParameter("story", storyId)
                .setParameter("now", now).executeUpdate();
    }

    /** The unreconciled pending comment with this key, locked until the transaction ends. */
    public Optional<Pending> lockUnreconciled(long siteId, String pendingKey) {
        return first(em.createNativeQuery("""
                SELECT id, pending_key FROM coral_pending_comment
                WHERE site_id = :site AND pending_key = :key AND reconciled_at IS NULL
                FOR UPDATE
                """).setParameter("site", siteId).setParameter("key", pendingKey).getResultList());
    }

    /**
     * The oldest unreconciled pending comment of the story created since {@code since}, locked.
     * SKIP LOCKED: two webhooks of one story handled at once take two different pending comments
     * instead of both waiting for (and then fighting over) the same one.
     */
    public Optional<Pending> lockOldestUnreconciled(long siteId, String storyId, Instant since) {
        return first(em.createNativeQuery("""
                SELECT id, pending_key FROM coral_pending_comment
                WHERE site_id = :site AND story_id = :story AND reconciled_at IS NULL AND created_at >= :since
                ORDER BY created_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """).setParameter("site", siteId).setParameter("story", storyId).setParameter("since", since)
                .getResultList());
    }

    public void markReconciled(long id, String coralCommentId, Instant now) {
        em.createNativeQuery("""
                UPDATE coral_pending_comment SET reconciled_at = :now, coral_comment_id = :coral WHERE id = :id
                """).setParameter("now", now).setParameter("coral", coralCommentId).setParameter("id", id)
                .executeUpdate();
    }

    private static Optional<Pending> first(List<?> rows) {
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Pending(((Number) row[0]).longValue(), (String) row[1]);
        });
    }
}
