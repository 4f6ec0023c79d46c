package dev.parley.trend.alert.service;

import dev.parley.platform.problem.ProblemException;
import dev.parley.site.repository.SiteRepository;
import dev.parley.trend.alert.api.AlertApi;
import dev.parley.trend.alert.repository.AlertRepository;
import dev.parley.trend.alert.repository.AlertRepository.Alert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The alerts of a site, and acknowledging them. */
@ApplicationScoped
@Transactional
public class AlertService {

    private final SiteRepository sites;
    private final AlertRepository alerts;
    private final AlertClock clock;

    AlertService(SiteRepository sites, AlertRepository alerts, AlertClock clock) {
        this.sites = sites;
        this.alerts = alerts;
        this.clock = clock;
    }

    public List<AlertApi.AlertView> list(String siteKey, AlertApi.State state, int limit) {
        return alerts.list(sites.require(siteKey).id, state, limit).stream().map(AlertService::view).toList();
    }

    /** Acknowledging twice is harmless: the first acknowledgment (who, when) is kept. */
    public AlertApi.AlertView acknowledge(String siteKey, long id, String moderator) {
        long siteId = sites.require(siteKey).id;
        alerts.find(siteId, id).orElseThrow(
                () -> ProblemException.notFound("No alert " + id + " on site '" + siteKey + "'"));
        alerts.acknowledge(siteId, id, moderator, clock.now());
        return view(alerts.find(siteId, id).orElseThrow());
    }

    static AlertApi.AlertView view(Alert a) {
        return new AlertApi.AlertView(a.id(), a.ruleId(), a.ruleName(), a.kind(), a.country(), a.firedAt(),
                a.windowStart(), a.windowEnd(), a.beforeShare(), a.afterShare(), a.beforeMentions(),
                a.afterMentions(), a.exchanges(), a.state(), a.acknowledgedBy(), a.acknowledgedAt());
    }
}
