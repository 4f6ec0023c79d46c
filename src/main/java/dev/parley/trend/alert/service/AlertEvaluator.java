package dev.parley.trend.alert.service;

import dev.parley.integration.webhook.service.WebhookOutbox;
import dev.parley.trend.alert.repository.AlertRepository;
import dev.parley.trend.alert.repository.AlertRepository.Alert;
import dev.parley.trend.alert.repository.AlertRuleRepository;
import dev.parley.trend.alert.repository.AlertRuleRepository.Rule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates a site's enabled rules against the rollups as of now and raises the alerts whose
 * condition holds. A rule does not fire for a window that overlaps the window of its latest alert,
 * open or acknowledged: one situation, one alert, however many comments keep arriving.
 */
@ApplicationScoped
public class AlertEvaluator {

    private final AlertRuleRepository rules;
    private final AlertRepository alerts;
    private final AlertConditions conditions;
    private final WebhookOutbox outbox;
    private final AlertClock clock;

    AlertEvaluator(AlertRuleRepository rules, AlertRepository alerts, AlertConditions conditions,
                   WebhookOutbox outbox, AlertClock clock) {
        this.rules = rules;
        this.alerts = alerts;
        this.conditions = conditions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Evaluates the site in a transaction of its own; returns how many alerts were raised. */
    public int evaluate(long siteId) {
        return QuarkusTransaction.requiringNew().call(() -> evaluateInTransaction(siteId));
    }

    private int evaluateInTransaction(long siteId) {
        Instant now = clock.now();
        int raised = 0;
        for (Rule rule : rules.lockEnabled(siteId)) {
            AlertWindow window = AlertWindow.endingAt(now, rule.windowHours());
            boolean reported = alerts.latestWindowEnd(rule.id()).map(window::overlapsWindowEndingAt).orElse(false);
            if (reported) {
                continue;
            }
            var alert = conditions.check(siteId, rule, window, now);
            if (alert.isPresent()) {
                raise(siteId, rule, alert.get(), now);
                raised++;
            }
        }
        return raised;
    }

    /** Stores the alert and its webhook event in one transaction: both or neither. */
    private void raise(long siteId, Rule rule, Alert alert, Instant now) {
        long id = alerts.insert(siteId, rule.id(), alert);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", id);
        data.put("ruleId", rule.id());
        data.put("ruleName", rule.name());
        data.put("kind", rule.kind().name());
        data.put("windowStart", alert.windowStart().toString());
        data.put("windowEnd", alert.windowEnd().toString());
        switch (rule.kind()) {
            case AGAINST_SHARE_RISE -> {
                data.put("country", rule.country());
                data.put("points", rule.points());
                data.put("beforeShare", alert.beforeShare());
                data.put("afterShare", alert.afterShare());
                data.put("beforeMentions", alert.beforeMentions());
                data.put("afterMentions", alert.afterMentions());
            }
            case FLAME_BURST -> {
                data.put("threshold", rule.exchanges());
                data.put("exchanges", alert.exchanges());
            }
        }
        outbox.emit(siteId, WebhookOutbox.TREND_ALERT, data, now);
    }
}
