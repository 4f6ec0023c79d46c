package dev.parley.trend.repository;

import dev.parley.platform.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/**
 * Reads the rollups, grouped into hour, day or week buckets with {@code date_bin} (weeks start on
 * Monday). Every query filters by site and time on the rollup's primary key or thread index;
 * site-wide trends read the site rollups, whose size does not grow with the number of threads.
 */
@ApplicationScoped
public class TrendQueries {

    private static final String ORIGIN = "timestamptz '2000-01-03 00:00:00+00'";

    private final EntityManager em;

    TrendQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Rows: bucket start, favor, against, neutral, score sum. Site-wide from the site rollup (one
     * row per hour), for one thread from the per-thread rollup by its thread index.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> stance(long siteId, String country, Long threadId, String step, Instant from, Instant to) {
        Query q = em.createNativeQuery("SELECT date_bin(cast(:step AS interval), hour, " + ORIGIN + ") AS b,"
                + " sum(favor), sum(against), sum(neutral), sum(score_sum)"
                + (threadId == null ? " FROM site_stance_rollup" : " FROM stance_rollup")
                + " WHERE site_id = :site AND country = :country AND hour >= :from AND hour < :to"
                + (threadId == null ? "" : " AND thread_id = :thread") + " GROUP BY b ORDER BY b");
        q.setParameter("step", step).setParameter("site", siteId).setParameter("country", country)
                .setParameter("from", from).setParameter("to", to);
        if (threadId != null) {
            q.setParameter("thread", threadId);
        }
        return q.getResultList();
    }

    /**
     * Per thread, stance counts and score sums before and after {@code middle}: rows of thread id,
     * external id, title, n before, sum before, n after, sum after.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> shifts(long siteId, String country, Instant from, Instant middle, Instant to) {
        // Aggregate first (an index-only scan of stance_rollup_site_covering), then join the few
        // threads of the range, not every rollup row.
        return em.createNativeQuery("""
                SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
                FROM (SELECT r.thread_id,
                             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour < :middle), 0) AS n_before,
                             coalesce(sum(r.score_sum) FILTER (WHERE r.hour < :middle), 0) AS sum_before,
                             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour >= :middle), 0) AS n_after,
                             coalesce(sum(r.score_sum) FILTER (WHERE r.hour >= :middle), 0) AS sum_after
                      FROM stance_rollup r
                      WHERE r.site_id = :site AND r.country = :country AND r.hour >= :from AND r.hour < :to
                      GROUP BY r.thread_id) s
                JOIN discussion_thread t ON t.id = s.thread_id""")
                .setParameter("site", siteId).setParameter("country", country).setParameter("from", from)
                .setParameter("middle", middle).setParameter("to", to).getResultList();
    }

    /** Rows: bucket start, comments, insults; site-wide or per-thread rollup as for {@link #stance}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> hostility(long siteId, Long threadId, String step, Instant from, Instant to) {
        Query q = em.createNativeQuery("SELECT date_bin(cast(:step AS interval), hour, " + ORIGIN + ") AS b,"
                + " sum(comments), sum(insults)"
                + (threadId == null ? " FROM site_hostility_rollup" : " FROM hostility_rollup")
                + " WHERE site_id = :site AND hour >= :from AND hour < :to"
                + (threadId == null ? "" : " AND thread_id = :thread") + " GROUP BY b ORDER BY b");
        q.setParameter("step", step).setParameter("site", siteId).setParameter("from", from).setParameter("to", to);
        if (threadId != null) {
            q.setParameter("thread", threadId);
        }
        return q.getResultList();
    }

    /** Rows: bucket start, flame exchanges started. */
    @SuppressWarnings("unchecked")
    public List<Object[]> flamesStarted(long siteId, Long threadId, String step, Instant from, Instant to) {
        Query q = em.createNativeQuery("SELECT date_bin(cast(:step AS interval), started_at, " + ORIGIN + ") AS b,"
                + " count(*) FROM flame_exchange WHERE site_id = :site AND started_at >= :from AND started_at < :to"
                + (threadId == null ? "" : " AND thread_id = :thread") + " GROUP BY b ORDER BY b");
        q.setParameter("step", step).setParameter("site", siteId).setParameter("from", from).setParameter("to", to);
        if (threadId != null) {
            q.setParameter("thread", threadId);
        }
        return q.getResultList();
    }

    public static Instant bucket(Object value) {
        return SqlValues.instant(value);
    }
}
