package dev.parley.integration.coral.service;

import dev.parley.ingest.api.CommentSubmission;
import dev.parley.ingest.service.IngestService;
import dev.parley.integration.coral.api.CoralWebhook;
import dev.parley.integration.coral.api.WebhookReceipt;
import dev.parley.integration.coral.api.WebhookReceipt.Outcome;
import dev.parley.platform.db.TransactionRetry;
import dev.parley.platform.problem.Problem.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Coral webhooks: COMMENT_CREATED and COMMENT_REPLY_CREATED re-key the comment the moderation
 * phase stored (or store the comment from data.comment when none matches); STORY_CREATED makes
 * sure the story's thread exists; every other type is acknowledged and ignored. Each webhook id is
 * processed once per site.
 */
@ApplicationScoped
public class CoralWebhookService {

    private static final List<String> COMMENT_EVENTS = List.of("COMMENT_CREATED", "COMMENT_REPLY_CREATED");
    private static final String STORY_CREATED = "STORY_CREATED";

    private final CoralReconciler reconciler;
    private final IngestService ingest;
    private final TransactionRetry retry;

    CoralWebhookService(CoralReconciler reconciler, IngestService ingest, TransactionRetry retry) {
        this.reconciler = reconciler;
        this.ingest = ingest;
        this.retry = retry;
    }

    public WebhookReceipt handle(String siteKey, CoralWebhook hook) {
        Instant now = Instant.now();
        Outcome outcome;
        if (COMMENT_EVENTS.contains(hook.type())) {
            CoralPayloads.reject(commentEventErrors(hook));
            outcome = onCommentCreated(siteKey, hook, now);
        } else if (STORY_CREATED.equals(hook.type())) {
            CoralPayloads.reject(hook.data() == null || hook.data().storyID() == null
                    ? List.of(new FieldError("data.storyID", "must not be null")) : List.of());
            outcome = retry.inNewTransaction(() -> reconciler.ensureThread(siteKey, hook, now));
        } else {
            outcome = Outcome.IGNORED;
        }
        return new WebhookReceipt(hook.id(), hook.type(), outcome);
    }

    private Outcome onCommentCreated(String siteKey, CoralWebhook hook, Instant now) {
        Outcome outcome = retry.inNewTransaction(() -> reconciler.reconcile(siteKey, hook, now));
        if (outcome != Outcome.INGESTED) {
            return outcome;
        }
        // IngestService runs its own transaction (its locks, checks and analysis), so the claim
        // committed first; undo it if the comment is refused, so that a fixed redelivery is processed.
        try {
            ingest.ingest(siteKey, submissionOf(hook, now));
        } catch (RuntimeException e) {
            retry.inNewTransaction(() -> {
                reconciler.release(siteKey, hook.id());
                return null;
            });
            throw e;
        }
        return Outcome.INGESTED;
    }

    private static CommentSubmission submissionOf(CoralWebhook hook, Instant now) {
        CoralWebhook.Data data = hook.data();
        CoralWebhook.Comment c = data.comment();
        Instant createdAt = c.createdAt() != null ? c.createdAt() : hook.createdAt() != null ? hook.createdAt() : now;
        return new CommentSubmission(data.commentID(),
                new CommentSubmission.ThreadRef(data.storyID(), data.storyURL(), null, null), c.parentID(),
                new CommentSubmission.Author(c.authorID(), null), c.body(), createdAt);
    }

    private static List<FieldError> commentEventErrors(CoralWebhook hook) {
        List<FieldError> errors = new ArrayList<>();
        CoralWebhook.Data data = hook.data();
        if (data == null) {
            return List.of(new FieldError("data", "must not be null"));
        }
        if (data.commentID() == null) {
            errors.add(new FieldError("data.commentID", "must not be null"));
        }
        if (data.storyID() == null) {
            errors.add(new FieldError("data.storyID", "must not be null"));
        }
        if (data.comment() != null && data.comment().id() != null && !data.comment().id().equals(data.commentID())) {
            errors.add(new FieldError("data.comment.id", "must equal data.commentID"));
        }
        return errors;
    }
}
