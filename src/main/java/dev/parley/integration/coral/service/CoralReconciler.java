package dev.parley.integration.coral.service;

import dev.parley.integration.coral.api.CoralWebhook;
import dev.parley.integration.coral.api.WebhookReceipt.Outcome;
import dev.parley.integration.coral.repository.CommentRekeyRepository;
import dev.parley.integration.coral.repository.PendingCommentRepository;
import dev.parley.integration.coral.repository.WebhookDeliveryRepository;
import dev.parley.moderation.service.FlameDetector;
import dev.parley.site.repository.SiteRepository;
import dev.parley.thread.Comment;
import dev.parley.thread.DiscussionThread;
import dev.parley.thread.repository.CommentRepository;
import dev.parley.thread.repository.ThreadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The database side of Coral webhooks, each method inside the caller's transaction: claim the
 * webhook id (so a redelivery does nothing), then re-key a pending comment to its Coral id, or
 * make sure a story's thread exists. Claim and work commit together or not at all.
 */
@ApplicationScoped
public class CoralReconciler {

    /**
     * Without data.comment the webhook can only be matched by story and time. Coral creates the
     * comment right after the moderation phase answers, so its webhook follows within seconds;
     * five minutes tolerates a delayed webhook queue without reaching back to unrelated comments.
     */
    static final Duration FALLBACK_WINDOW = Duration.ofMinutes(5);

    private final SiteRepository sites;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final CommentRekeyRepository rekeys;
    private final PendingCommentRepository pending;
    private final WebhookDeliveryRepository deliveries;
    private final FlameDetector flames;
    private final EntityManager em;

    CoralReconciler(SiteRepository sites, ThreadRepository threads, CommentRepository comments,
                    CommentRekeyRepository rekeys, PendingCommentRepository pending,
                    WebhookDeliveryRepository deliveries, FlameDetector flames, EntityManager em) {
        this.sites = sites;
        this.threads = threads;
        this.comments = comments;
        this.rekeys = rekeys;
        this.pending = pending;
        this.deliveries = deliveries;
        this.flames = flames;
        this.em = em;
    }

    /**
     * COMMENT_CREATED / COMMENT_REPLY_CREATED. RECONCILED: a pending comment now has the Coral id.
     * INGESTED: nothing matched and the payload carries data.comment; the id is claimed and the
     * caller stores the comment (and {@link #release}s the claim if that fails). UNMATCHED: nothing
     * matched and nothing to store; nothing recorded. DUPLICATE: processed before.
     */
    public Outcome reconcile(String siteKey, CoralWebhook hook, Instant now) {
        long siteId = sites.require(siteKey).id;
        if (!deliveries.claim(siteId, hook.id(), hook.type(), Outcome.RECONCILED.name(), now)) {
            return Outcome.DUPLICATE;
        }
        CoralWebhook.Data data = hook.data();
        String coralId = data.commentID();
        // Already stored under its Coral id (e.g. COMMENT_REPLY_CREATED after COMMENT_CREATED of the
        // same reply): matching would only risk taking another comment's pending row.
        if (!rekeys.exists(siteId, coralId)) {
            Optional<PendingCommentRepository.Pending> match = data.comment() != null
                    ? pending.lockUnreconciled(siteId, PendingKey.of(data.storyID(), data.comment().authorID(),
                    data.comment().parentID(), data.comment().body()))
                    : pending.lockOldestUnreconciled(siteId, data.storyID(), now.minus(FALLBACK_WINDOW));
            if (match.isPresent() && rekey(siteId, match.get().pendingKey(), coralId, now)) {
                pending.markReconciled(match.get().id(), coralId, now);
                return Outcome.RECONCILED;
            }
        }
        if (data.comment() == null) {
            deliveries.release(siteId, hook.id());
            return Outcome.UNMATCHED;
        }
        deliveries.setOutcome(siteId, hook.id(), Outcome.INGESTED.name());
        return Outcome.INGESTED;
    }

    /** STORY_CREATED: the story's thread exists afterwards, with the story URL when given. */
    public Outcome ensureThread(String siteKey, CoralWebhook hook, Instant now) {
        long siteId = sites.require(siteKey).id;
        if (!deliveries.claim(siteId, hook.id(), hook.type(), Outcome.THREAD_READY.name(), now)) {
            return Outcome.DUPLICATE;
        }
        String storyId = hook.data().storyID();
        comments.lockKeys(siteId, List.of("thread:" + storyId)); // as ingestion does before touching a thread
        DiscussionThread thread = threads.findById(threads.idForExternalId(siteId, storyId, now));
        String url = hook.data().storyURL();
        if (url != null && !url.equals(thread.url)) {
            thread.url = url;
        }
        return Outcome.THREAD_READY;
    }

    /** Forgets a claim whose work failed, so Coral's redelivery can do it. */
    public void release(String siteKey, String webhookId) {
        deliveries.release(sites.require(siteKey).id, webhookId);
    }

    /**
     * Renames the pending comment to the Coral id and repoints its replies; false when there is
     * nothing to rename (its ingestion failed or is still running) or the Coral id is taken.
     */
    private boolean rekey(long siteId, String pendingKey, String coralId, Instant now) {
        // The same advisory locks ingestion takes (ADR 0002): no comment or reply with either key is
        // written while the names change.
        comments.lockKeys(siteId, List.of("comment:" + pendingKey, "comment:" + coralId));
        if (rekeys.exists(siteId, coralId)) {
            return false;
        }
        Optional<Long> renamed = rekeys.rename(siteId, pendingKey, coralId);
        if (renamed.isEmpty()) {
            return false;
        }
        rekeys.repointReplies(siteId, pendingKey, coralId);
        // Replies that named the Coral id before it existed here were waiting for a parent: link them now.
        em.clear();
        Comment comment = comments.findById(renamed.get());
        if (comments.adoptWaitingReplies(comment) > 0) {
            em.flush();
            flames.onComment(siteId, comment.id, now);
        }
        return true;
    }
}
