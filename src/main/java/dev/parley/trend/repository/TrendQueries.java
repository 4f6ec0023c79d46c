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
     * external id, title, n before, sum before, n after, sum after. Equal to summing the hourly
     * rows of {@code [from, middle)} and {@code [middle, to)}, but whole UTC days are read from the
     * daily rollup (one row per thread and day instead of up to 24), so a month costs about a
     * twentieth of the rows; only the partial days at the edges come from the hourly rows.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> shifts(long siteId, String country, Instant from, Instant middle, Instant to) {
        // Aggregate first, then join the few threads of the range, not every rollup row.
        Query q = em.createNativeQuery("""
                SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
                FROM (SELECT r.thread_id,
                             coalesce(sum(r.n) FILTER (WHERE NOT r.after), 0) AS n_before,
                             coalesce(sum(r.score_sum) FILTER (WHERE NOT r.after), 0) AS sum_before,
                             coalesce(sum(r.n) FILTER (WHERE r.after), 0) AS n_after,
                             coalesce(sum(r.score_sum) FILTER (WHERE r.after), 0) AS sum_after
                      FROM (""" + half("b", false) + " UNION ALL " + half("a", true) + """
                            ) r
                      GROUP BY r.thread_id) s
                JOIN discussion_thread t ON t.id = s.thread_id""");
        q.setParameter("site", siteId).setParameter("country", country);
        bind(q, "b", DaySplit.of(from, middle));
        bind(q, "a", DaySplit.of(middle, to));
        return q.getResultList();
    }

    /** The rows of one half: its partial days from the hourly rollup, its whole days from the daily one. */
    private static String half(String p, boolean after) {
        String cols = "thread_id, " + after + " AS after, favor + against + neutral AS n, score_sum";
        String where = " WHERE site_id = :site AND country = :country AND ";
        return "SELECT " + cols + " FROM stance_rollup" + where + "hour >= :" + p + "hf AND hour < :" + p + "ht"
                + " UNION ALL SELECT " + cols + " FROM stance_daily_rollup" + where
                + "day >= :" + p + "df AND day < :" + p + "dt"
                + " UNION ALL SELECT " + cols + " FROM stance_rollup" + where
                + "hour >= :" + p + "tf AND hour < :" + p + "tt";
    }

    private static void bind(Query q, String p, DaySplit s) {
        q.setParameter(p + "hf", s.headFrom()).setParameter(p + "ht", s.headTo())
                .setParameter(p + "df", s.dayFrom()).setParameter(p + "dt", s.dayTo())
                .setParameter(p + "tf", s.tailFrom()).setParameter(p + "tt", s.tailTo());
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
