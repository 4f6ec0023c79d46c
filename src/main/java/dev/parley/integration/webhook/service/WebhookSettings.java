package dev.parley.integration.webhook.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Dispatcher settings ({@code parley.webhooks.*}). */
@ConfigMapping(prefix = "parley.webhooks")
public interface WebhookSettings {

    /** How often the dispatcher looks for due deliveries. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long one delivery attempt may take before it counts as failed. */
    @WithDefault("PT5S")
    Duration timeout();

    /** Wait before the second attempt; it doubles with each further attempt (capped at an hour). */
    @WithDefault("PT2S")
    Duration backoffBase();

    /** Attempts before a delivery is dead-lettered (visible in the API, replayable). */
    @WithDefault("8")
    int maxAttempts();
}
