package dev.parley.trend.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Writes deltas into the hourly rollups and bumps the site's trend version. */
@ApplicationScoped
public class RollupRepository {

    private final EntityManager em;

    RollupRepository(EntityManager em) {
        this.em = em;
    }

    public void addStance(long siteId, long threadId, Instant hour, String country, int favor, int against,
                          int neutral, double score) {
        em.createNativeQuery("""
                INSERT INTO stance_rollup (site_id, thread_id, hour, country, favor, against, neutral, score_sum)
                VALUES (:site, :thread, :hour, :country, :favor, :against, :neutral, :score)
                ON CONFLICT (site_id, country, hour, thread_id) DO UPDATE SET
                    favor = stance_rollup.favor + EXCLUDED.favor, against = stance_rollup.against + EXCLUDED.against,
                    neutral = stance_rollup.neutral + EXCLUDED.neutral,
                    score_sum = stance_rollup.score_sum + EXCLUDED.score_sum""")
                .setParameter("site", siteId).setParameter("thread", threadId).setParameter("hour", hour)
                .setParameter("country", country).setParameter("favor", favor).setParameter("against", against)
                .setParameter("neutral", neutral).setParameter("score", score).executeUpdate();
    }

    public void addHostility(long siteId, long threadId, Instant hour, int comments, int insults) {
        em.createNativeQuery("""
                INSERT INTO hostility_rollup (site_id, thread_id, hour, comments, insults)
                VALUES (:site, :thread, :hour, :comments, :insults)
                ON CONFLICT (site_id, hour, thread_id) DO UPDATE SET
                    comments = hostility_rollup.comments + EXCLUDED.comments,
                    insults = hostility_rollup.insults + EXCLUDED.insults""")
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
