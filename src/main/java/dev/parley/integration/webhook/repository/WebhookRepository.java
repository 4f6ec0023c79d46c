package dev.parley.integration.webhook.repository;

import dev.parley.platform.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions and the delivery outbox. */
@ApplicationScoped
public class WebhookRepository {

    private final EntityManager em;

    WebhookRepository(EntityManager em) {
        this.em = em;
    }

    public record Subscription(long id, long siteId, String url, String secret, List<String> eventTypes) {
    }

    public record Delivery(long id, long subscriptionId, UUID idempotencyKey, String eventType, String payload,
                           String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                           Instant deliveredAt) {
    }

    public long subscribe(long siteId, String url, String secret, List<String> eventTypes, Instant now) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO webhook_subscription (site_id, url, secret, event_types, created_at)
                VALUES (:site, :url, :secret, string_to_array(:types, ','), :now) RETURNING id""")
                .setParameter("site", siteId).setParameter("url", url).setParameter("secret", secret)
                .setParameter("types", String.join(",", eventTypes)).setParameter("now", now)
                .getSingleResult()).longValue();
    }

    /** Writes one delivery per active subscription of the site that wants this event type. */
    public int enqueue(long siteId, String eventType, String payload, Instant now) {
        return em.createNativeQuery("""
                INSERT INTO webhook_delivery (subscription_id, idempotency_key, event_type, payload, next_attempt_at,
                                              created_at)
                SELECT s.id, gen_random_uuid(), :type, cast(:payload AS jsonb), :now, :now
                FROM webhook_subscription s
                WHERE s.site_id = :site AND s.active AND :type = ANY (s.event_types)""")
                .setParameter("site", siteId).setParameter("type", eventType).setParameter("payload", payload)
                .setParameter("now", now).executeUpdate();
    }

    /** Due deliveries, locked so a second dispatcher (another node) skips them. */
    @SuppressWarnings("unchecked")
    public List<Delivery> lockDue(Instant now, int limit) {
        return ((List<Object[]>) em.createNativeQuery(SELECT_DELIVERY + """
                 WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now ORDER BY d.next_attempt_at, d.id
                 LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now).setParameter("limit", limit).getResultList())
                .stream().map(WebhookRepository::delivery).toList();
    }

    public Optional<Subscription> subscription(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, site_id, url, secret, array_to_string(event_types, ',') FROM webhook_subscription
                WHERE id = :id""").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> new Subscription(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], List.of(((String) r[4]).split(","))));
    }

    public void delivered(long id, Instant now) {
        em.createNativeQuery("""
                UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = :now,
                       last_error = NULL WHERE id = :id""").setParameter("id", id).setParameter("now", now).executeUpdate();
    }

    public void failed(long id, String error, Instant next, boolean dead) {
        em.createNativeQuery("""
                UPDATE webhook_delivery SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next,
                       status = CASE WHEN :dead THEN 'DEAD' ELSE 'PENDING' END WHERE id = :id""")
                .setParameter("id", id).setParameter("error", error).setParameter("next", next)
                .setParameter("dead", dead).executeUpdate();
    }

    /** Puts a delivery back in line (same idempotency key), whatever its state. */
    public boolean replay(long siteId, long id, Instant now) {
        return em.createNativeQuery("""
                UPDATE webhook_delivery d SET status = 'PENDING', next_attempt_at = :now
                FROM webhook_subscription s
                WHERE d.id = :id AND s.id = d.subscription_id AND s.site_id = :site""")
                .setParameter("id", id).setParameter("site", siteId).setParameter("now", now).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public List<Delivery> deliveries(long siteId, String status, int limit) {
        return ((List<Object[]>) em.createNativeQuery(SELECT_DELIVERY + """
                 JOIN webhook_subscription s ON s.id = d.subscription_id
                 WHERE s.site_id = :site AND (cast(:status AS text) IS NULL OR d.status = :status)
                 ORDER BY d.id DESC LIMIT :limit""")
                .setParameter("site", siteId).setParameter("status", status).setParameter("limit", limit)
                .getResultList()).stream().map(WebhookRepository::delivery).toList();
    }

    private static final String SELECT_DELIVERY = """
            SELECT d.id, d.subscription_id, d.idempotency_key, d.event_type, cast(d.payload AS text), d.status,
                   d.attempts, d.next_attempt_at, d.last_error, d.created_at, d.delivered_at
            FROM webhook_delivery d
            """;

    private static Delivery delivery(Object[] r) {
        return new Delivery(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (UUID) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).intValue(), SqlValues.instant(r[7]), (String) r[8],
                SqlValues.instant(r[9]), SqlValues.instant(r[10]));
    }
}
