package dev.parley.moderation.service;

import dev.parley.moderation.api.ModerationApi;
import dev.parley.moderation.api.ModerationApi.BulkDecisionRequest;
import dev.parley.moderation.api.ModerationApi.BulkDecisionResult;
import dev.parley.moderation.api.ModerationApi.DecisionRequest;
import dev.parley.moderation.api.ModerationApi.DecisionResult;
import dev.parley.moderation.api.ModerationApi.ReportRequest;
import dev.parley.moderation.api.ModerationPolicy;
import dev.parley.moderation.repository.FlagRepository;
import dev.parley.moderation.repository.PolicyRepository;
import dev.parley.platform.db.TransactionRetry;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import dev.parley.thread.repository.CommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The moderation use cases, each in its own transaction. */
@ApplicationScoped
public class ModerationService {

    private final SiteRepository sites;
    private final CommentRepository comments;
    private final FlagRepository flags;
    private final PolicyRepository policies;
    private final DecisionService decisions;
    private final TransactionRetry tx;
    private final FlagService flagService;

    ModerationService(SiteRepository sites, CommentRepository comments, FlagRepository flags,
                      PolicyRepository policies, DecisionService decisions, TransactionRetry tx, FlagService flagService) {
        this.flagService = flagService;
        this.sites = sites;
        this.comments = comments;
        this.flags = flags;
        this.policies = policies;
        this.decisions = decisions;
        this.tx = tx;
    }

    /** Records a reader's report; reporting the same comment for the same reason again changes nothing. */
    public ModerationApi.State report(String siteKey, String commentId, ReportRequest r) {
        return tx.inNewTransaction(() -> {
            Site site = sites.require(siteKey);
            long id = comments.findByExternalId(site.id, commentId).orElseThrow(
                    () -> ProblemException.notFound("No comment '" + commentId + "' on site '" + siteKey + "'")).id;
            Instant now = Instant.now();
            if (flags.addReport(id, r.reporterId(), r.reason().name(), r.note(), now)) {
                flagService.flagged(site.id, id, "REPORTED", r.reason().name(), null, now);
            }
            return decisions.state(site.id, commentId);
        });
    }

    public DecisionResult decide(String siteKey, String commentId, DecisionRequest r) {
        return tx.inNewTransaction(() -> decisions.decide(sites.require(siteKey).id, commentId, r, Instant.now()));
    }

    /** Each comment is decided in its own transaction: one conflict does not undo the others. */
    public BulkDecisionResult decideAll(String siteKey, BulkDecisionRequest r) {
        List<DecisionResult> results = new ArrayList<>();
        int decided = 0;
        int conflicts = 0;
        for (BulkDecisionRequest.Target t : r.comments()) {
            DecisionRequest one = new DecisionRequest(r.action(), r.moderator(), t.expectedVersion(), r.reason(), r.note());
            try {
                results.add(decide(siteKey, t.commentId(), one));
                decided++;
            } catch (DecisionService.Conflict e) {
                results.add(new DecisionResult(t.commentId(), "CONFLICT", e.current(), null, e.getMessage()));
                conflicts++;
            } catch (ProblemException e) {
                results.add(new DecisionResult(t.commentId(), e.type().name(), null, null, e.getMessage()));
            }
        }
        return new BulkDecisionResult(decided, conflicts, results);
    }

    public ModerationPolicy policy(String siteKey) {
        return tx.inNewTransaction(() -> policies.effective(sites.require(siteKey).id).withDefaults());
    }

    public ModerationPolicy updatePolicy(String siteKey, ModerationPolicy policy, String changedBy) {
        return tx.inNewTransaction(() -> {
            ModerationPolicy complete = policy.withDefaults();
            policies.save(sites.require(siteKey).id, complete, changedBy, Instant.now());
            return complete;
        });
    }
}
