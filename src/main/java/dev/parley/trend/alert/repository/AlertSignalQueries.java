package dev.parley.trend.alert.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * What the rules watch, read from the rollups and flame exchanges (never from comments): each
 * query is one range scan on an index that leads with the site.
 */
@ApplicationScoped
public class AlertSignalQueries {

    private final EntityManager em;

    AlertSignalQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Against and all stance mentions toward a country, before and after {@code middle}, from the
     * site-wide hourly rollup (one row per hour, not one per thread and hour).
     */
    public record StanceCounts(long againstBefore, long mentionsBefore, long againstAfter, long mentionsAfter) {
    }

    public StanceCounts stance(long siteId, String country, Instant from, Instant middle, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT coalesce(sum(against) FILTER (WHERE hour < :middle), 0),
                       coalesce(sum(favor + against + neutral) FILTER (WHERE hour < :middle), 0),
                       coalesce(sum(against) FILTER (WHERE hour >= :middle), 0),
                       coalesce(sum(favor + against + neutral) FILTER (WHERE hour >= :middle), 0)
                FROM site_stance_rollup
                WHERE site_id = :site AND country = :country AND hour >= :from AND hour < :to""")
                .setParameter("site", siteId).setParameter("country", country).setParameter("from", from)
                .setParameter("middle", middle).setParameter("to", to).getSingleResult();
        return new StanceCounts(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
    }

    /** Flame exchanges whose first turn was written in [from, to). */
    public long flameExchangesStarted(long siteId, Instant from, Instant to) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM flame_exchange WHERE site_id = :site AND started_at >= :from AND started_at < :to""")
                .setParameter("site", siteId).setParameter("from", from).setParameter("to", to).getSingleResult())
                .longValue();
    }
}
