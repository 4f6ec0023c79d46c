package dev.parley.trend.alert.repository;

import dev.parley.platform.db.SqlValues;
import dev.parley.trend.alert.api.AlertApi.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The alert rules of each site. */
@ApplicationScoped
public class AlertRuleRepository {

    private static final String COLUMNS = """
            SELECT id, site_id, name, kind, window_hours, country, points, min_mentions, exchanges, enabled,
                   created_at, updated_at FROM alert_rule""";

    private final EntityManager em;

    AlertRuleRepository(EntityManager em) {
        this.em = em;
    }

    /** A rule as stored; the kind-specific fields are null for the other kind. */
    public record Rule(long id, long siteId, String name, Kind kind, int windowHours, String country, Double points,
                       Integer minMentions, Integer exchanges, boolean enabled, Instant createdAt, Instant updatedAt) {
    }

    /** The settable part of a rule. */
    public record Settings(String name, Kind kind, int windowHours, String country, Double points,
                           Integer minMentions, Integer exchanges, boolean enabled) {
    }

    public long insert(long siteId, Settings s, Instant now) {
        Query q = em.createNativeQuery("""
                INSERT INTO alert_rule (site_id, name, kind, window_hours, country, points, min_mentions, exchanges,
                                        enabled, created_at, updated_at)
                VALUES (:site, :name, :kind, :window, :country, :points, :mentions, :exchanges, :enabled, :now, :now)
                RETURNING id""");
        return ((Number) bind(q, s).setParameter("site", siteId).setParameter("now", now).getSingleResult())
                .longValue();
    }

    public boolean update(long siteId, long id, Settings s, Instant now) {
        Query q = em.createNativeQuery("""
                UPDATE alert_rule SET name = :name, kind = :kind, window_hours = :window, country = :country,
                       points = :points, min_mentions = :mentions, exchanges = :exchanges, enabled = :enabled,
                       updated_at = :now
                WHERE site_id = :site AND id = :id""");
        return bind(q, s).setParameter("site", siteId).setParameter("id", id).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Deletes the rule; its alerts stay, with their rule id cleared. */
    public boolean delete(long siteId, long id) {
        return em.createNativeQuery("DELETE FROM alert_rule WHERE site_id = :site AND id = :id")
                .setParameter("site", siteId).setParameter("id", id).executeUpdate() == 1;
    }

    public Optional<Rule> find(long siteId, long id) {
        return rules(em.createNativeQuery(COLUMNS + " WHERE site_id = :site AND id = :id")
                .setParameter("site", siteId).setParameter("id", id)).stream().findFirst();
    }

    public List<Rule> list(long siteId) {
        return rules(em.createNativeQuery(COLUMNS + " WHERE site_id = :site ORDER BY id").setParameter("site", siteId));
    }

    /**
     * The site's enabled rules, row-locked until the caller's transaction ends: two evaluations of
     * one site (two nodes, two ingest requests) take turns, so the second sees the first's alert.
     */
    public List<Rule> lockEnabled(long siteId) {
        return rules(em.createNativeQuery(COLUMNS + " WHERE site_id = :site AND enabled ORDER BY id FOR UPDATE")
                .setParameter("site", siteId));
    }

    private static Query bind(Query q, Settings s) {
        return q.setParameter("name", s.name()).setParameter("kind", s.kind().name())
                .setParameter("window", s.windowHours()).setParameter("country", s.country())
                .setParameter("points", s.points()).setParameter("mentions", s.minMentions())
                .setParameter("exchanges", s.exchanges()).setParameter("enabled", s.enabled());
    }

    @SuppressWarnings("unchecked")
    private static List<Rule> rules(Query q) {
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Rule(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], Kind.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                (String) r[5], r[6] == null ? null : ((Number) r[6]).doubleValue(), integer(r[7]), integer(r[8]),
                (Boolean) r[9], SqlValues.instant(r[10]), SqlValues.instant(r[11]))).toList();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
