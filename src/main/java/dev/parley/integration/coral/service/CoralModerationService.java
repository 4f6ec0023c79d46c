package dev.parley.integration.coral.service;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.service.AnalysisService;
import dev.parley.ingest.api.CommentSubmission;
import dev.parley.ingest.service.IngestService;
import dev.parley.integration.coral.api.CoralModerationRequest;
import dev.parley.integration.coral.api.CoralModerationResponse;
import dev.parley.integration.coral.repository.PendingCommentRepository;
import dev.parley.moderation.api.ModerationPolicy;
import dev.parley.moderation.repository.PolicyRepository;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.repository.SiteRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Coral's external moderation phase: store the new comment (under its pending key) and answer from
 * its analysis per the site's insult rule. Parley only flags or withholds; "no decision" (empty)
 * is Coral's 204.
 *
 * <p>Coral waits for the answer at most its timeout (800 ms by default) and then lets the comment
 * through. So Parley never makes it wait: the work runs on its own thread and, if it has not
 * finished within {@code parley.coral.answer-budget}, the answer is "no decision" while the
 * comment is still stored in the background (a batch import into the same story can hold the
 * story's lock for a second). No analysis (models not loaded, language unsupported): no decision.
 *
 * <p>EDIT is analysed but not stored: the request does not say which comment was edited, and Coral
 * sends no webhook for edits, so a stored copy could never be reconciled and would sit in the
 * queues as a phantom comment (or be mistaken for a new one by the webhook's fallback match).
 */
@ApplicationScoped
public class CoralModerationService {

    private static final Logger LOG = Logger.getLogger(CoralModerationService.class);

    private final IngestService ingest;
    private final AnalysisService analysis;
    private final SiteRepository sites;
    private final PolicyRepository policies;
    private final PendingCommentRepository pending;
    private final Duration budget;
    // Virtual threads: a task past its budget only waits (on locks, the pool), it does not hold a platform thread.
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    CoralModerationService(IngestService ingest, AnalysisService analysis, SiteRepository sites,
                           PolicyRepository policies, PendingCommentRepository pending,
                           // 600 ms leaves Coral's default 800 ms timeout room for the network and itself.
                           @ConfigProperty(name = "parley.coral.answer-budget", defaultValue = "PT0.6S") Duration budget) {
        this.ingest = ingest;
        this.analysis = analysis;
        this.sites = sites;
        this.policies = policies;
        this.pending = pending;
        this.budget = budget;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    public Optional<CoralModerationResponse> moderate(String siteKey, CoralModerationRequest request) {
        Future<Optional<CoralModerationResponse>> answer = executor.submit(() -> decide(siteKey, request));
        try {
            return answer.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("Coral moderation phase of site %s took longer than %s: answered no decision; the comment "
                    + "is still being stored", siteKey, budget);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem; // the request itself is wrong (e.g. a body over the length limit): say so
            }
            LOG.error("Coral moderation phase of site " + siteKey + " failed: answered no decision", e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<CoralModerationResponse> decide(String siteKey, CoralModerationRequest request) {
        AnalysisResult result = request.action() == CoralModerationRequest.Action.NEW
                ? storeNew(siteKey, request, Instant.now())
                : analysis.analyzer().map(a -> a.analyze(request.comment().body(), List.of())).orElse(null);
        ModerationPolicy.Rule rule = QuarkusTransaction.requiringNew()
                .call(() -> policies.effective(sites.require(siteKey).id).insult());
        return verdict(result, rule);
    }

    /** Ingests the comment under its pending key and remembers the key for the webhook; its analysis. */
    private AnalysisResult storeNew(String siteKey, CoralModerationRequest r, Instant now) {
        String key = PendingKey.of(r.story().id(), r.author().id(), r.comment().parentID(), r.comment().body());
        var result = ingest.ingest(siteKey, new CommentSubmission(key,
                new CommentSubmission.ThreadRef(r.story().id(), r.story().url(), null, null), r.comment().parentID(),
                new CommentSubmission.Author(r.author().id(), null), r.comment().body(), now));
        QuarkusTransaction.requiringNew().run(() -> pending.remember(sites.require(siteKey).id, key, r.story().id(), now));
        return result.comment().analysis();
    }

    /** Flag (and withhold under a WITHHOLD rule) at or above the insult threshold; else no decision. */
    static Optional<CoralModerationResponse> verdict(AnalysisResult result, ModerationPolicy.Rule rule) {
        if (result == null || !result.supported() || result.insult() == null
                || result.insult().probability() < rule.threshold()) {
            return Optional.empty();
        }
        return Optional.of(rule.effect() == ModerationPolicy.Effect.WITHHOLD
                ? CoralModerationResponse.withheld() : CoralModerationResponse.flagged());
    }
}
