package dev.parley.trend.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes deltas into the hourly rollups (per thread, and per site for site-wide trends), the
 * per-thread daily stance rollup (top threads over long ranges) and bumps the site's trend version.
 */
@ApplicationScoped
public class RollupRepository {

    private final EntityManager em;

    RollupRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds to the thread's row of the hour and of the (UTC) day, and to the site's row of the hour,
     * in one statement.
     */
    public void addStance(long siteId, long threadId, Instant hour, String country, int favor, int against,
                          int neutral, double score) {
        em.createNativeQuery("""
                WITH per_thread_day AS (
                    INSERT INTO stance_daily_rollup (site_id, thread_id, day, country, favor, against, neutral, score_sum)
                    VALUES (:site, :thread, :day, :country, :favor, :against, :neutral, :score)
                    ON CONFLICT (site_id, country, day, thread_id) DO UPDATE SET
                        favor = stance_daily_rollup.favor + EXCLUDED.favor,
                        against = stance_daily_rollup.against + EXCLUDED.against,
                        neutral = stance_daily_rollup.neutral + EXCLUDED.neutral,
                        score_sum = stance_daily_rollup.score_sum + EXCLUDED.score_sum),
                per_thread AS (
                    INSERT INTO stance_rollup (site_id, thread_id, hour, country, favor, against, neutral, score_sum)
                    VALUES (:site, :thread, :hour, :country, :favor, :against, :neutral, :score)
                    ON CONFLICT (site_id, country, hour, thread_id) DO UPDATE SET
                        favor = stance_rollup.favor + EXCLUDED.favor, against = stance_rollup.against + EXCLUDED.against,
                        neutral = stance_rollup.neutral + EXCLUDED.neutral,
                        score_sum = stance_rollup.score_sum + EXCLUDED.score_sum)
                INSERT INTO site_stance_rollup (site_id, country, hour, favor, against, neutral, score_sum)
                VALUES (:site, :country, :hour, :favor, :against, :neutral, :score)
                ON CONFLICT (site_id, country, hour) DO UPDATE SET
                    favor = site_stance_rollup.favor + EXCLUDED.favor,
                    against = site_stance_rollup.against + EXCLUDED.against,
                    neutral = site_stance_rollup.neutral + EXCLUDED.neutral,
                    score_sum = site_stance_rollup.score_sum + EXCLUDED.score_sum""")
                .setParameter("site", siteId).setParameter("thread", threadId).setParameter("hour", hour)
                .setParameter("day", hour.truncatedTo(ChronoUnit.DAYS))
                .setParameter("country", country).setParameter("favor", favor).setParameter("against", against)
                .setParameter("neutral", neutral).setParameter("score", score).executeUpdate();
    }

    /** Adds to the thread's and the site's row of the hour, in one statement. */
    public void addHostility(long siteId, long threadId, Instant hour, int comments, int insults) {
        em.createNativeQuery("""
                WITH per_thread AS (
                    INSERT INTO hostility_rollup (site_id, thread_id, hour, comments, insults)
                    VALUES (:site, :thread, :hour, :comments, :insults)
                    ON CONFLICT (site_id, hour, thread_id) DO UPDATE SET
                        comments = hostility_rollup.comments + EXCLUDED.comments,
                        insults = hostility_rollup.insults + EXCLUDED.insults)
                INSERT INTO site_hostility_rollup (site_id, hour, comments, insults)
                VALUES (:site, :hour, :comments, :insults)
                ON CONFLICT (site_id, hour) DO UPDATE SET
                    comments = site_hostility_rollup.comments + EXCLUDED.comments,
                    insults = site_hostility_rollup.insults + EXCLUDED.insults""")
                .setParameter("site", siteId).setParameter("thread", threadId).setParameter("hour", hour)
                .setParameter("comments", comments).setParameter("insults", insults).executeUpdate();
    }

    public void bumpVersion(long siteId) {
        em.createNativeQuery("""
                INSERT INTO trend_version (site_id, version) VALUES (:site, 1)
                ON CONFLICT (site_id) DO UPDATE SET version = trend_version.version + 1""")
                .setParameter("site", siteId).executeUpdate();
    }

    public long version(long siteId) {
        var rows = em.createNativeQuery("SELECT version FROM trend_version WHERE site_id = :site")
                .setParameter("site", siteId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.getFirst()).longValue();
    }
}
