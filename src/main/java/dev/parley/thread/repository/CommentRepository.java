package dev.parley.thread.repository;

import dev.parley.thread.Comment;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /** Longest reply chain the tree queries follow; a guard, far above real threads. */
    static final int MAX_DEPTH = 10_000;

    /** Column values of a comment that does not exist yet. */
    public record NewComment(long siteId, long threadId, String externalId, String parentExternalId,
                             String authorExternalId, String authorName, String body, Instant createdAt) {
    }

    public Optional<Comment> findByExternalId(long siteId, String externalId) {
        return find("siteId = :site and externalId = :ext", Parameters.with("site", siteId).and("ext", externalId))
                .firstResultOptional();
    }

    /** The comment, locked for update until the transaction ends. */
    public Optional<Comment> lockByExternalId(long siteId, String externalId) {
        return find("siteId = :site and externalId = :ext", Parameters.with("site", siteId).and("ext", externalId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Inserts the comment unless (site, externalId) exists; returns the new id, or empty when it
     * existed. A concurrent insert of the same key waits here for the other transaction, so
     * duplicates sent at the same time end as exactly one row.
     */
    public Optional<Long> insertIfAbsent(NewComment c, Instant now) {
        List<?> ids = getEntityManager().createNativeQuery("""
                INSERT INTO comment (site_id, thread_id, external_id, parent_external_id, author_external_id,
                                     author_name, body, created_at, received_at, updated_at, revision, version)
                VALUES (:site, :thread, :ext, :parentExt, :author, :authorName, :body, :createdAt, :now, :now, 1, 0)
                ON CONFLICT (site_id, external_id) DO NOTHING
                RETURNING id
                """)
                .setParameter("site", c.siteId())
                .setParameter("thread", c.threadId())
                .setParameter("ext", c.externalId())
                .setParameter("parentExt", c.parentExternalId())
                .setParameter("author", c.authorExternalId())
                .setParameter("authorName", c.authorName())
                .setParameter("body", c.body())
                .setParameter("createdAt", c.createdAt())
                .setParameter("now", now)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /**
     * Takes transaction-scoped advisory locks on the given keys in one sorted pass. Every
     * ingestion transaction locks the external ids it touches (comments, parents, threads)
     * before touching rows, always in the same order, so concurrent transactions serialize on
     * shared keys without deadlocking, and a reply and its parent arriving at the same moment
     * cannot both miss each other.
     */
    public void lockKeys(long siteId, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                SELECT count(pg_advisory_xact_lock(h)) FROM (
                    SELECT DISTINCT hashtextextended(cast(:site AS text) || E'\\n' || k, 0) AS h
                    FROM unnest(string_to_array(:keys, E'\\n')) AS k
                    ORDER BY 1) AS sorted
                """)
                .setParameter("site", siteId)
                .setParameter("keys", String.join("\n", keys))
                .getSingleResult();
    }

    /**
     * Links the replies that were waiting for {@code parent} (same site, same thread, named it as
     * their parent) to it. A reply that is already an ancestor of the parent stays unlinked: a
     * source that sends a cycle must not make the tree loop.
     */
    public int adoptWaitingReplies(Comment parent) {
        return getEntityManager().createNativeQuery("""
                WITH RECURSIVE ancestors (id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM comment WHERE id = :parent
                    UNION ALL
                    SELECT c.id, c.parent_id, a.depth + 1 FROM comment c JOIN ancestors a ON c.id = a.parent_id
                    WHERE a.depth < :maxDepth)
                UPDATE comment SET parent_id = :parent, version = version + 1
                WHERE site_id = :site AND parent_external_id = :ext AND parent_id IS NULL
                  AND thread_id = :thread AND id NOT IN (SELECT id FROM ancestors)
                """)
                .setParameter("parent", parent.id)
                .setParameter("site", parent.siteId)
                .setParameter("ext", parent.externalId)
                .setParameter("thread", parent.thread.id)
                .setParameter("maxDepth", MAX_DEPTH)
                .executeUpdate();
    }

    /** A page of a thread's top level: roots and replies still waiting for their parent. */
    public List<Comment> topLevelPage(long threadId, Instant afterCreatedAt, Long afterId, int limit) {
        if (afterId == null) {
            return find("thread.id = ?1 and parentId is null order by createdAt, id", threadId)
                    .page(0, limit).list();
        }
        return find("thread.id = ?1 and parentId is null and (createdAt > ?2 or (createdAt = ?2 and id > ?3))"
                + " order by createdAt, id", threadId, afterCreatedAt, afterId)
                .page(0, limit).list();
    }

    /** Every reply below the given comments, at any depth. */
    @SuppressWarnings("unchecked")
    public List<Comment> descendantsOf(List<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                WITH RECURSIVE below (id, depth) AS (
                    SELECT id, 0 FROM comment WHERE parent_id = ANY (string_to_array(:roots, ',')::bigint[])
                    UNION ALL
                    SELECT c.id, b.depth + 1 FROM comment c JOIN below b ON c.parent_id = b.id
                    WHERE b.depth < :maxDepth)
                SELECT c.* FROM comment c JOIN below b ON c.id = b.id
                ORDER BY c.created_at, c.id
                """, Comment.class)
                .setParameter("roots", String.join(",", rootIds.stream().map(String::valueOf).toList()))
                .setParameter("maxDepth", MAX_DEPTH)
                .getResultList();
    }

    /** A comment's direct replies, oldest first. */
    public List<Comment> repliesOf(long commentId, int limit) {
        return find("parentId = ?1 order by createdAt, id", commentId).page(0, limit).list();
    }

    public long countInThread(long threadId) {
        return count("thread.id", threadId);
    }
}
