package dev.parley.integration.webhook.service;

import dev.parley.integration.webhook.api.WebhookApi;
import dev.parley.integration.webhook.repository.WebhookRepository;
import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import dev.parley.site.repository.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Subscriptions, the delivery log (with dead letters) and replays. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private final SiteRepository sites;
    private final WebhookRepository webhooks;

    WebhookService(SiteRepository sites, WebhookRepository webhooks) {
        this.sites = sites;
        this.webhooks = webhooks;
    }

    public WebhookApi.SubscriptionView subscribe(String siteKey, WebhookApi.SubscriptionRequest r) {
        for (int i = 0; i < r.eventTypes().size(); i++) {
            if (!WebhookOutbox.EVENT_TYPES.contains(r.eventTypes().get(i))) {
                String field = "eventTypes[" + i + "]";
                throw new ProblemException(ProblemType.VALIDATION, field + ": unknown event type",
                        List.of(new FieldError(field, "must be one of " + WebhookOutbox.EVENT_TYPES)));
            }
        }
        long id = webhooks.subscribe(sites.require(siteKey).id, r.url(), r.secret(), r.eventTypes(), Instant.now());
        return new WebhookApi.SubscriptionView(id, r.url(), r.eventTypes());
    }

    public List<WebhookApi.DeliveryView> deliveries(String siteKey, String status, int limit) {
        return webhooks.deliveries(sites.require(siteKey).id, status, limit).stream()
                .map(d -> new WebhookApi.DeliveryView(d.id(), d.subscriptionId(), d.idempotencyKey().toString(),
                        d.eventType(), d.status(), d.attempts(), d.nextAttemptAt(), d.lastError(), d.createdAt(),
                        d.deliveredAt()))
                .toList();
    }

    public void replay(String siteKey, long deliveryId) {
        if (!webhooks.replay(sites.require(siteKey).id, deliveryId, Instant.now())) {
            throw ProblemException.notFound("No delivery " + deliveryId + " on site '" + siteKey + "'");
        }
    }
}
