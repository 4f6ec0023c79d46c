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

    /** Ids of a page of the queue, after the keyset position (createdAt, id) when given. */
    @SuppressWarnings("unchecked")
    public List<Long> page(long siteId, Queue queue, Filter filter, Instant afterAt, Long afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT c.id FROM comment c WHERE c.site_id = :site AND ")
                .append(queue.condition());
        appendFilters(sql, filter);
        if (afterId != null) {
            sql.append(" AND (c.created_at < :afterAt OR (c.created_at = :afterAt AND c.id < :afterId))");
        }
        sql.append(" ORDER BY c.created_at DESC, c.id DESC LIMIT :limit");
        Query q = em.createNativeQuery(sql.toString()).setParameter("site", siteId).setParameter("limit", limit);
        bindFilters(q, filter);
        if (afterId != null) {
            q.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return ((List<Number>) q.getResultList()).stream().map(Number::longValue).toList();
    }

    public Map<Queue, Long> counts(long siteId) {
        Map<Queue, Long> out = new EnumMap<>(Queue.class);
        for (Queue queue : Queue.values()) {
            out.put(queue, ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM comment c WHERE c.site_id = :site AND " + queue.condition())
                    .setParameter("site", siteId).getSingleResult()).longValue());
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
