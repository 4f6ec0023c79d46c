package dev.parley.moderation.repository;

import dev.parley.moderation.api.Queue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Queue membership as SQL over comments, flags and actions; newest first, keyset-paged. */
@ApplicationScoped
public class QueueRepository {

    private final EntityManager em;

    QueueRepository(EntityManager em) {
        this.em = em;
    }

    /** Optional filters of a queue listing; null means no filter. */
    public record Filter(Long threadId, String flagReason, String country, Instant since, Instant until) {
    }

    /** A row of a queue page: the comment id and the value it is sorted by. */
    public record Row(long id, Instant createdAt, double score) {
    }

    /**
     * A page of the queue, newest first ({@code byScore} false) or highest flag score first,
     * after the keyset position of the previous page's last row when given.
     */
    @SuppressWarnings("unchecked")
    public List<Row> page(long siteId, Queue queue, Filter filter, boolean byScore, Row after, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT c.id, c.created_at, coalesce(c.flag_score, -1) FROM comment c WHERE c.site_id = :site AND ")
                .append(queue.condition());
        appendFilters(sql, filter);
        if (after != null) {
            sql.append(byScore
                    ? " AND (coalesce(c.flag_score, -1) < :afterScore OR (coalesce(c.flag_score, -1) = :afterScore AND c.id < :afterId))"
                    : " AND (c.created_at < :afterAt OR (c.created_at = :afterAt AND c.id < :afterId))");
        }
        sql.append(byScore ? " ORDER BY coalesce(c.flag_score, -1) DESC, c.id DESC" : " ORDER BY c.created_at DESC, c.id DESC")
                .append(" LIMIT :limit");
        Query q = em.createNativeQuery(sql.toString()).setParameter("site", siteId).setParameter("limit", limit);
        bindFilters(q, filter);
        if (after != null) {
            q.setParameter("afterId", after.id());
            if (byScore) {
                q.setParameter("afterScore", (float) after.score());
            } else {
                q.setParameter("afterAt", after.createdAt());
            }
        }
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new Row(((Number) r[0]).longValue(), dev.parley.platform.db.SqlValues.instant(r[1]),
                        ((Number) r[2]).doubleValue()))
                .toList();
    }

    /**
     * The decided queues (approved, rejected) are counted up to this many; a larger one is
     * reported as "at least" this. Counting every decision of a big site's history costs 0.1 to
     * 0.2 s at ten million comments (docs/benchmarks.md), too much for a page that polls.
     */
    public static final long COUNT_LIMIT = 10_000;

    /** A queue's size: exact, or at least {@code value} when {@code atLeast}. */
    public record Count(long value, boolean atLeast) {
    }

    /**
     * Actionable queues exactly (each reads its partial index); decided ones up to {@link #COUNT_LIMIT}.
     * Runs in the caller's transaction with parallel query off for that transaction only: every count
     * reads a small partial index or stops at the limit, and at ten million comments starting parallel
     * workers for the flagged count cost more than its scan (docs/benchmarks.md).
     */
    public Map<Queue, Count> counts(long siteId) {
        em.createNativeQuery("SELECT set_config('max_parallel_workers_per_gather', '0', true)").getSingleResult();
        Map<Queue, Count> out = new EnumMap<>(Queue.class);
        for (Queue queue : Queue.values()) {
            String rows = "FROM comment c WHERE c.site_id = :site AND " + queue.condition();
            Query q = queue.actionable()
                    ? em.createNativeQuery("SELECT count(*) " + rows)
                    : em.createNativeQuery("SELECT count(*) FROM (SELECT 1 " + rows + " LIMIT :limit) x")
                            .setParameter("limit", COUNT_LIMIT + 1);
            long n = ((Number) q.setParameter("site", siteId).getSingleResult()).longValue();
            out.put(queue, !queue.actionable() && n > COUNT_LIMIT ? new Count(COUNT_LIMIT, true) : new Count(n, false));
        }
        return out;
    }

    private static void appendFilters(StringBuilder sql, Filter f) {
        if (f.threadId() != null) {
            sql.append(" AND c.thread_id = :thread");
        }
        if (f.flagReason() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM flag fr WHERE fr.comment_id = c.id AND fr.reason = :reason)");
        }
        if (f.country() != null) {
            // A country the author mentions in their own words, per the latest analysis.
            sql.append(" AND EXISTS (SELECT 1 FROM comment_analysis a WHERE a.comment_id = c.id AND a.result -> 'mentions'")
                    .append(" @> cast(:country AS jsonb))");
        }
        if (f.since() != null) {
            sql.append(" AND c.created_at >= :since");
        }
        if (f.until() != null) {
            sql.append(" AND c.created_at < :until");
        }
    }

    private static void bindFilters(Query q, Filter f) {
        if (f.threadId() != null) {
            q.setParameter("thread", f.threadId());
        }
        if (f.flagReason() != null) {
            q.setParameter("reason", f.flagReason());
        }
        if (f.country() != null) {
            q.setParameter("country", "[{\"country\": \"" + f.country() + "\", \"quoted\": false}]");
        }
        if (f.since() != null) {
            q.setParameter("since", f.since());
        }
        if (f.until() != null) {
            q.setParameter("until", f.until());
        }
    }
}
