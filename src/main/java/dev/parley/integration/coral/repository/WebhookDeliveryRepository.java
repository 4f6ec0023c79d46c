package dev.parley.integration.coral.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Webhook ids already processed per site: what makes a redelivery do nothing. */
@ApplicationScoped
public class WebhookDeliveryRepository {

    private final EntityManager em;

    WebhookDeliveryRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the webhook id for this transaction; false when it was processed before. A concurrent
     * delivery of the same id waits on the primary key until this transaction ends, then gets false
     * (committed) or the claim (rolled back), so one id is never processed twice.
     */
    public boolean claim(long siteId, String webhookId, String type, String outcome, Instant now) {
        return em.createNativeQuery("""
                INSERT INTO coral_webhook_delivery (site_id, webhook_id, event_type, outcome, received_at)
                VALUES (:site, :id, :type, :outcome, :now)
                ON CONFLICT (site_id, webhook_id) DO NOTHING
                """).setParameter("site", siteId).setParameter("id", webhookId).setParameter("type", type)
                .setParameter("outcome", outcome).setParameter("now", now).executeUpdate() == 1;
    }

    public void setOutcome(long siteId, String webhookId, String outcome) {
        em.createNativeQuery("UPDATE coral_webhook_delivery SET outcome = :outcome WHERE site_id = :site AND webhook_id = :id")
                .setParameter("outcome", outcome).setParameter("site", siteId).setParameter("id", webhookId)
                .executeUpdate();
    }

    /** Forgets a claim whose work did not happen, so that a redelivery can do it. */
    public void release(long siteId, String webhookId) {
        em.createNativeQuery("DELETE FROM coral_webhook_delivery WHERE site_id = :site AND webhook_id = :id")
                .setParameter("site", siteId).setParameter("id", webhookId).executeUpdate();
    }
}
