package dev.parley.integration.webhook.service;

import dev.parley.integration.webhook.repository.WebhookRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries from the outbox on its own thread. Each attempt is bounded by the timeout;
 * a non-2xx answer, a timeout or a refused connection schedules a retry with exponential backoff;
 * after the last attempt the delivery is dead-lettered. Rows are locked with SKIP LOCKED, so more
 * than one Parley node can dispatch without sending an attempt twice.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final WebhookRepository webhooks;
    private final WebhookSettings settings;
    private final HttpClient http;
    private ScheduledExecutorService executor;

    WebhookDispatcher(WebhookRepository webhooks, WebhookSettings settings) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-webhooks");
            t.setDaemon(true);
            return t;
        });
        long period = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::safeRun, period, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void safeRun() {
        try {
            while (dispatchDue() == BATCH) {
                // a full batch: there may be more due right now
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatch round failed; will retry", e);
        }
    }

    /** One batch of due deliveries; returns how many were attempted. */
    int dispatchDue() {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            List<WebhookRepository.Delivery> due = webhooks.lockDue(Instant.now(), BATCH);
            for (WebhookRepository.Delivery d : due) {
                attempt(d);
            }
            return due.size();
        });
    }

    private void attempt(WebhookRepository.Delivery d) {
        var subscription = webhooks.subscription(d.subscriptionId()).orElseThrow();
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Parley-Event", d.eventType())
                    .header("X-Parley-Delivery", d.idempotencyKey().toString())
                    .header("X-Parley-Signature", WebhookSigner.signature(subscription.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                webhooks.delivered(d.id(), Instant.now());
                return;
            }
            error = "HTTP " + status;
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int attempts = d.attempts() + 1;
        boolean dead = attempts >= settings.maxAttempts();
        Duration wait = settings.backoffBase().multipliedBy(1L << Math.min(20, attempts - 1));
        webhooks.failed(d.id(), error, Instant.now().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait), dead);
    }
}
