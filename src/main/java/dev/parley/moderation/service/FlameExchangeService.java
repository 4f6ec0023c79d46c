package dev.parley.moderation.service;

import dev.parley.moderation.api.FlameExchangeView;
import dev.parley.moderation.api.ModerationApi;
import dev.parley.moderation.api.ModerationApi.BulkDecisionRequest;
import dev.parley.moderation.api.ModerationApi.BulkDecisionResult;
import dev.parley.moderation.repository.FlameExchangeRepository;
import dev.parley.platform.db.TransactionRetry;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import dev.parley.thread.Comment;
import dev.parley.thread.repository.CommentRepository;
import dev.parley.thread.repository.ThreadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reading flame exchanges, and deciding a whole exchange at once. */
@ApplicationScoped
public class FlameExchangeService {

    private final SiteRepository sites;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final FlameExchangeRepository exchanges;
    private final ModerationService moderation;
    private final TransactionRetry tx;

    FlameExchangeService(SiteRepository sites, ThreadRepository threads, CommentRepository comments,
                         FlameExchangeRepository exchanges, ModerationService moderation, TransactionRetry tx) {
        this.sites = sites;
        this.threads = threads;
        this.comments = comments;
        this.exchanges = exchanges;
        this.moderation = moderation;
        this.tx = tx;
    }

    public FlameExchangeView.Page list(String siteKey, String status, int limit) {
        return tx.inNewTransaction(() -> {
            Site site = sites.require(siteKey);
            return new FlameExchangeView.Page(exchanges.list(site.id, status, limit).stream().map(this::view).toList());
        });
    }

    public FlameExchangeView get(String siteKey, long id) {
        return tx.inNewTransaction(() -> view(require(sites.require(siteKey).id, id)));
    }

    /**
     * Applies one decision to every turn of the exchange, each at its current version (a turn
     * decided meanwhile conflicts on its own), then marks the exchange reviewed.
     */
    public BulkDecisionResult decide(String siteKey, long id, ModerationApi.DecisionAction action, String moderator,
                                     ModerationApi.RejectReason reason, String note) {
        FlameExchangeView exchange = get(siteKey, id);
        List<BulkDecisionRequest.Target> targets = exchange.members().stream()
                .map(m -> new BulkDecisionRequest.Target(m.commentId(), m.moderationVersion())).toList();
        BulkDecisionResult result = moderation.decideAll(siteKey,
                new BulkDecisionRequest(action, moderator, reason, note, targets));
        tx.inNewTransaction(() -> {
            exchanges.markReviewed(id, Instant.now());
            return null;
        });
        return result;
    }

    private FlameExchangeRepository.Exchange require(long siteId, long id) {
        return exchanges.find(siteId, id).orElseThrow(() -> ProblemException.notFound("No flame exchange " + id));
    }

    private FlameExchangeView view(FlameExchangeRepository.Exchange e) {
        String thread = threads.findById(e.threadId()).externalId;
        List<FlameExchangeView.Turn> turns = exchanges.members(e.id()).stream().map(m -> {
            Comment c = comments.findById(m.commentId());
            return new FlameExchangeView.Turn(m.externalId(), m.authorExternalId(), m.authorName(), m.createdAt(),
                    round(m.hostility()), c.status, c.moderationVersion);
        }).toList();
        return new FlameExchangeView(e.id(), thread, e.status(), e.startedAt(), e.endedAt(), e.turns(),
                e.participants(), round(e.peakHostility()), round(e.meanHostility()), turns);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
