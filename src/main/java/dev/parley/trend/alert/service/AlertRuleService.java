package dev.parley.trend.alert.service;

import dev.parley.platform.problem.ProblemException;
import dev.parley.site.repository.SiteRepository;
import dev.parley.trend.alert.api.AlertApi;
import dev.parley.trend.alert.repository.AlertRuleRepository;
import dev.parley.trend.alert.repository.AlertRuleRepository.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Creating, changing and deleting a site's alert rules. */
@ApplicationScoped
@Transactional
public class AlertRuleService {

    private final SiteRepository sites;
    private final AlertRuleRepository rules;
    private final AlertClock clock;

    AlertRuleService(SiteRepository sites, AlertRuleRepository rules, AlertClock clock) {
        this.sites = sites;
        this.rules = rules;
        this.clock = clock;
    }

    public AlertApi.RuleView create(String siteKey, AlertApi.RuleRequest request) {
        long siteId = sites.require(siteKey).id;
        long id = rules.insert(siteId, RuleSettings.of(request), clock.now());
        return view(rules.find(siteId, id).orElseThrow());
    }

    public List<AlertApi.RuleView> list(String siteKey) {
        return rules.list(sites.require(siteKey).id).stream().map(AlertRuleService::view).toList();
    }

    public AlertApi.RuleView get(String siteKey, long id) {
        long siteId = sites.require(siteKey).id;
        return view(rules.find(siteId, id).orElseThrow(() -> notFound(siteKey, id)));
    }

    /** Replaces the rule's settings; its earlier alerts still keep it from re-firing for their windows. */
    public AlertApi.RuleView update(String siteKey, long id, AlertApi.RuleRequest request) {
        long siteId = sites.require(siteKey).id;
        var settings = RuleSettings.of(request);
        if (!rules.update(siteId, id, settings, clock.now())) {
            throw notFound(siteKey, id);
        }
        return view(rules.find(siteId, id).orElseThrow());
    }

    public void delete(String siteKey, long id) {
        if (!rules.delete(sites.require(siteKey).id, id)) {
            throw notFound(siteKey, id);
        }
    }

    private static ProblemException notFound(String siteKey, long id) {
        return ProblemException.notFound("No alert rule " + id + " on site '" + siteKey + "'");
    }

    static AlertApi.RuleView view(Rule r) {
        return new AlertApi.RuleView(r.id(), r.name(), r.kind(), RuleSettings.window(r.windowHours()), r.country(),
                r.points(), r.minMentions(), r.exchanges(), r.enabled(), r.createdAt(), r.updatedAt());
    }
}
