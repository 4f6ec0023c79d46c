package dev.parley.trend.alert.service;

import dev.parley.trend.alert.api.AlertApi.State;
import dev.parley.trend.alert.repository.AlertRepository.Alert;
import dev.parley.trend.alert.repository.AlertRuleRepository.Rule;
import dev.parley.trend.alert.repository.AlertSignalQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Decides whether a rule's condition holds in a window; if so, the alert it would raise. */
@ApplicationScoped
public class AlertConditions {

    private final AlertSignalQueries signals;

    AlertConditions(AlertSignalQueries signals) {
        this.signals = signals;
    }

    public Optional<Alert> check(long siteId, Rule rule, AlertWindow window, Instant now) {
        return switch (rule.kind()) {
            case AGAINST_SHARE_RISE -> againstShareRise(siteId, rule, window, now);
            case FLAME_BURST -> flameBurst(siteId, rule, window, now);
        };
    }

    /**
     * Both windows need the minimum of mentions: a share of a handful of comments is noise, and
     * without a baseline of the same size there is nothing to rise from.
     */
    private Optional<Alert> againstShareRise(long siteId, Rule rule, AlertWindow window, Instant now) {
        var counts = signals.stance(siteId, rule.country(), window.previousStart(), window.start(), window.end());
        if (counts.mentionsBefore() < rule.minMentions() || counts.mentionsAfter() < rule.minMentions()) {
            return Optional.empty();
        }
        double before = share(counts.againstBefore(), counts.mentionsBefore());
        double after = share(counts.againstAfter(), counts.mentionsAfter());
        // Compared as shown (rounded to 0.01 points), so an alert never shows a rise below its threshold.
        if (after - before < rule.points() - 1e-9) {
            return Optional.empty();
        }
        return Optional.of(new Alert(0, rule.id(), rule.name(), rule.kind(), rule.country(), now, window.start(),
                window.end(), before, after, (int) counts.mentionsBefore(), (int) counts.mentionsAfter(), null,
                State.OPEN, null, null));
    }

    private Optional<Alert> flameBurst(long siteId, Rule rule, AlertWindow window, Instant now) {
        long started = signals.flameExchangesStarted(siteId, window.start(), window.end());
        if (started < rule.exchanges()) {
            return Optional.empty();
        }
        return Optional.of(new Alert(0, rule.id(), rule.name(), rule.kind(), null, now, window.start(), window.end(),
                null, null, null, null, (int) started, State.OPEN, null, null));
    }

    /** Percentage of the mentions, rounded to 0.01. */
    static double share(long against, long mentions) {
        return Math.round(10000.0 * against / mentions) / 100.0;
    }
}
