package dev.parley.trend.service;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.trend.alert.service.AlertTrigger;
import dev.parley.trend.repository.RollupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Keeps the hourly rollups equal to the sum of every comment's latest analysis: when a comment's
 * analysis changes (new comment, edit, newer model), the old contribution is taken out and the new
 * one put in, in the same transaction. Once that transaction commits, the site's alert rules are
 * evaluated against the new rollups.
 */
@ApplicationScoped
public class TrendRollups {

    /** An insult for the hostility trend: the insult model's probability at or above this. */
    public static final double INSULT = 0.5;

    private final RollupRepository rollups;
    private final AlertTrigger alerts;

    TrendRollups(RollupRepository rollups, AlertTrigger alerts) {
        this.rollups = rollups;
        this.alerts = alerts;
    }

    public void replace(long siteId, long threadId, Instant createdAt, AnalysisResult before, AnalysisResult after) {
        Instant hour = createdAt.truncatedTo(ChronoUnit.HOURS);
        // The version row first: concurrent transactions of one site then queue on it before they
        // touch any rollup row (the site-wide rows are shared by every thread), so rollup row
        // locks are never taken in opposite orders.
        rollups.bumpVersion(siteId);
        if (before != null) {
            apply(siteId, threadId, hour, before, -1);
        }
        apply(siteId, threadId, hour, after, 1);
        alerts.rollupsChanged(siteId);
    }

    private void apply(long siteId, long threadId, Instant hour, AnalysisResult result, int sign) {
        boolean insult = result.insult() != null && result.insult().probability() >= INSULT;
        rollups.addHostility(siteId, threadId, hour, sign, insult ? sign : 0);
        Map<String, AnalysisResult.Stance> stances = result.stance();
        if (stances == null) {
            return;
        }
        stances.forEach((country, s) -> {
            if (s.label().equals("none")) {
                return;
            }
            rollups.addStance(siteId, threadId, hour, country, s.label().equals("favor") ? sign : 0,
                    s.label().equals("against") ? sign : 0, s.label().equals("neutral") ? sign : 0, sign * s.score());
        });
    }
}
