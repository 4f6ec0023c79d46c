package dev.parley.integration.webhook.api;

import dev.parley.platform.validation.CleanText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the webhook API. */
public final class WebhookApi {

    private WebhookApi() {
    }

    @Schema(name = "WebhookSubscriptionRequest")
    public record SubscriptionRequest(
            @Schema(examples = "https://forum.example.org/parley-events")
            @NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
            @Schema(description = "Shared secret for the X-Parley-Signature HMAC; at least 16 characters")
            @NotNull @Size(min = 16, max = 200) @CleanText String secret,
            @Schema(description = "comment.flagged, decision.made, flame_exchange.opened, flame_exchange.grown, trend.alert")
            @NotNull @NotEmpty List<@NotNull String> eventTypes) {
    }

    @Schema(name = "WebhookSubscription")
    public record SubscriptionView(long id, String url, List<String> eventTypes) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(long id, long subscriptionId, String idempotencyKey, String eventType, String status,
                               int attempts, Instant nextAttemptAt, @Schema(nullable = true) String lastError,
                               Instant createdAt, @Schema(nullable = true) Instant deliveredAt) {
    }
}
