package dev.parley.trend.alert.repository;

import dev.parley.platform.db.SqlValues;
import dev.parley.trend.alert.api.AlertApi.Kind;
import dev.parley.trend.alert.api.AlertApi.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Alerts raised by the rules. */
@ApplicationScoped
public class AlertRepository {

    private static final String COLUMNS = """
            SELECT id, rule_id, rule_name, kind, country, fired_at, window_start, window_end, before_share,
                   after_share, before_mentions, after_mentions, exchanges, state, acknowledged_by, acknowledged_at
            FROM alert""";

    private final EntityManager em;

    AlertRepository(EntityManager em) {
        this.em = em;
    }

    /** An alert as stored: the observed values of its kind, the others null. */
    public record Alert(long id, Long ruleId, String ruleName, Kind kind, String country, Instant firedAt,
                        Instant windowStart, Instant windowEnd, Double beforeShare, Double afterShare,
                        Integer beforeMentions, Integer afterMentions, Integer exchanges, State state,
                        String acknowledgedBy, Instant acknowledgedAt) {
    }

    public long insert(long siteId, long ruleId, Alert a) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO alert (site_id, rule_id, rule_name, kind, country, fired_at, window_start, window_end,
                                   before_share, after_share, before_mentions, after_mentions, exchanges)
                VALUES (:site, :rule, :name, :kind, :country, :fired, :start, :end, :beforeShare, :afterShare,
                        :beforeMentions, :afterMentions, :exchanges) RETURNING id""")
                .setParameter("site", siteId).setParameter("rule", ruleId).setParameter("name", a.ruleName())
                .setParameter("kind", a.kind().name()).setParameter("country", a.country())
                .setParameter("fired", a.firedAt()).setParameter("start", a.windowStart())
                .setParameter("end", a.windowEnd()).setParameter("beforeShare", a.beforeShare())
                .setParameter("afterShare", a.afterShare()).setParameter("beforeMentions", a.beforeMentions())
                .setParameter("afterMentions", a.afterMentions()).setParameter("exchanges", a.exchanges())
                .getSingleResult()).longValue();
    }

    /** End of the window of the rule's latest alert, whatever its state. */
    public Optional<Instant> latestWindowEnd(long ruleId) {
        List<?> rows = em.createNativeQuery("SELECT max(window_end) FROM alert WHERE rule_id = :rule")
                .setParameter("rule", ruleId).getResultList();
        return rows.stream().filter(r -> r != null).findFirst().map(SqlValues::instant);
    }

    public Optional<Alert> find(long siteId, long id) {
        return alerts(em.createNativeQuery(COLUMNS + " WHERE site_id = :site AND id = :id")
                .setParameter("site", siteId).setParameter("id", id)).stream().findFirst();
    }

    /** Newest first, optionally only one state. */
    public List<Alert> list(long siteId, State state, int limit) {
        return alerts(em.createNativeQuery(COLUMNS + " " + """
                WHERE site_id = :site AND (cast(:state AS text) IS NULL OR state = :state)
                ORDER BY fired_at DESC, id DESC LIMIT :limit""")
                .setParameter("site", siteId).setParameter("state", state == null ? null : state.name())
                .setParameter("limit", limit));
    }

    /** Acknowledges an open alert; an acknowledged one keeps its first acknowledgment. */
    public void acknowledge(long siteId, long id, String by, Instant now) {
        em.createNativeQuery("""
                UPDATE alert SET state = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_at = :now
                WHERE site_id = :site AND id = :id AND state = 'OPEN'""")
                .setParameter("site", siteId).setParameter("id", id).setParameter("by", by).setParameter("now", now)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Alert> alerts(Query q) {
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Alert(((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2], Kind.valueOf((String) r[3]),
                (String) r[4], SqlValues.instant(r[5]), SqlValues.instant(r[6]), SqlValues.instant(r[7]),
                number(r[8]), number(r[9]), AlertRuleRepository.integer(r[10]), AlertRuleRepository.integer(r[11]),
                AlertRuleRepository.integer(r[12]), State.valueOf((String) r[13]), (String) r[14],
                SqlValues.instant(r[15]))).toList();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
