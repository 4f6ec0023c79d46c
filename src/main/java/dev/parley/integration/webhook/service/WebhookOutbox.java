package dev.parley.integration.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.integration.webhook.repository.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records an event for every subscription that wants it, in the caller's transaction: if the
 * change rolls back, so does the event; if it commits, the event will be delivered.
 */
@ApplicationScoped
public class WebhookOutbox {

    public static final String COMMENT_FLAGGED = "comment.flagged";
    public static final String DECISION_MADE = "decision.made";
    public static final String FLAME_EXCHANGE_OPENED = "flame_exchange.opened";
    public static final String FLAME_EXCHANGE_GROWN = "flame_exchange.grown";
    public static final String TREND_ALERT = "trend.alert";
    public static final java.util.Set<String> EVENT_TYPES = java.util.Set.of(COMMENT_FLAGGED, DECISION_MADE,
            FLAME_EXCHANGE_OPENED, FLAME_EXCHANGE_GROWN, TREND_ALERT);

    private final WebhookRepository webhooks;
    private final ObjectMapper json;

    WebhookOutbox(WebhookRepository webhooks, ObjectMapper json) {
        this.webhooks = webhooks;
        this.json = json;
    }

    public void emit(long siteId, String eventType, Map<String, Object> data, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", eventType);
        payload.put("occurredAt", now.toString());
        payload.put("data", data);
        try {
            webhooks.enqueue(siteId, eventType, json.writeValueAsString(payload), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
