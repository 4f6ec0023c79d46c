package dev.parley.ingest.service;

import dev.parley.analysis.service.CommentAnalysisRecorder;
import dev.parley.ingest.api.CommentSubmission;
import dev.parley.moderation.service.FlagService;
import dev.parley.moderation.service.FlameDetector;
import dev.parley.ingest.api.IngestOutcome;
import dev.parley.ingest.api.IngestResult;
import dev.parley.platform.problem.ProblemException;
import dev.parley.thread.Comment;
import dev.parley.trend.service.TrendRollups;
import dev.parley.thread.CommentRevision;
import dev.parley.thread.DiscussionThread;
import dev.parley.thread.api.CommentView;
import dev.parley.thread.repository.CommentRepository;
import dev.parley.thread.repository.CommentRevisionRepository;
import dev.parley.thread.repository.ThreadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes one submitted comment inside the caller's transaction: creates it, records an edit as a
 * new revision, or does nothing when nothing changed; keeps the reply tree linked whatever order
 * comments arrive in; has the comment analysed (stored with the analyzer's version); raises the
 * flags the site's policy asks for; and checks the reply edges it is part of for flame exchanges.
 */
@ApplicationScoped
public class CommentWriter {

    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final CommentRevisionRepository revisions;
    private final CommentAnalysisRecorder analyses;
    private final FlagService flags;
    private final FlameDetector flames;
    private final TrendRollups trends;
    private final EntityManager em;

    CommentWriter(ThreadRepository threads, CommentRepository comments, CommentRevisionRepository revisions,
                  CommentAnalysisRecorder analyses, FlagService flags, FlameDetector flames, TrendRollups trends,
                  EntityManager em) {
        this.trends = trends;
        this.flames = flames;
        this.analyses = analyses;
        this.flags = flags;
        this.threads = threads;
        this.comments = comments;
        this.revisions = revisions;
        this.em = em;
    }

    /** Locks every external id the submissions touch; see {@link CommentRepository#lockKeys}. */
    public void lockKeysOf(long siteId, List<CommentSubmission> submissions) {
        List<String> keys = new ArrayList<>();
        for (CommentSubmission s : submissions) {
            keys.add("comment:" + s.externalId());
            keys.add("thread:" + s.thread().externalId());
            if (s.parentExternalId() != null) {
                keys.add("comment:" + s.parentExternalId());
            }
        }
        comments.lockKeys(siteId, keys);
    }

    public IngestResult write(long siteId, CommentSubmission s, Instant now) {
        DiscussionThread thread = threadFor(siteId, s.thread(), now);
        var created = comments.insertIfAbsent(new CommentRepository.NewComment(siteId, thread.id, s.externalId(),
                s.parentExternalId(), s.author().externalId(), s.author().displayName(), s.body(), s.createdAt()), now);
        IngestResult result = created.isPresent()
                ? linkNew(comments.findById(created.get()), thread)
                : update(siteId, s, thread, now);
        CommentView stored = result.comment();
        var recorded = analyses.record(stored.id(), stored.revision(), stored.body(), thread.id, stored.createdAt(), now);
        recorded.filter(CommentAnalysisRecorder.Recorded::changed).ifPresent(r ->
                trends.replace(siteId, thread.id, stored.createdAt(), r.replaced(), r.latest()));
        var analysis = recorded.map(CommentAnalysisRecorder.Recorded::latest);
        analysis.ifPresent(a -> flags.onAnalysis(siteId, stored.id(), a, now));
        em.flush();
        flames.onComment(siteId, stored.id(), now);
        IngestResult analysed = analysis
                .map(a -> new IngestResult(result.externalId(), result.outcome(), stored.withAnalysis(a)))
                .orElse(result);
        // Native statements above bypass the persistence context; start each comment from a
        // clean one so no stale entity is flushed over them (and a 1,000-item batch stays small).
        em.flush();
        em.clear();
        return analysed;
    }

    private IngestResult linkNew(Comment comment, DiscussionThread thread) {
        if (comment.parentExternalId != null) {
            comments.findByExternalId(comment.siteId, comment.parentExternalId)
                    .filter(parent -> parent.thread.id.equals(thread.id))
                    .ifPresent(parent -> comment.parentId = parent.id);
        }
        em.flush();
        comments.adoptWaitingReplies(comment);
        return new IngestResult(comment.externalId, IngestOutcome.CREATED, CommentView.of(comment, thread.externalId));
    }

    private IngestResult update(long siteId, CommentSubmission s, DiscussionThread thread, Instant now) {
        Comment existing = comments.lockByExternalId(siteId, s.externalId()).orElseThrow();
        if (!existing.thread.id.equals(thread.id)) {
            throw ProblemException.conflict("Comment '" + s.externalId() + "' belongs to thread '"
                    + existing.thread.externalId + "', not '" + thread.externalId + "'; a comment cannot move.");
        }
        if (!Objects.equals(existing.parentExternalId, s.parentExternalId())) {
            throw ProblemException.conflict("Comment '" + s.externalId() + "' replies to '" + existing.parentExternalId
                    + "', not '" + s.parentExternalId() + "'; the parent of a comment cannot change.");
        }
        if (existing.body.equals(s.body()) && Objects.equals(existing.authorName, s.author().displayName())) {
            return new IngestResult(existing.externalId, IngestOutcome.UNCHANGED,
                    CommentView.of(existing, thread.externalId));
        }
        revisions.persist(CommentRevision.of(existing, now));
        existing.body = s.body();
        existing.authorName = s.author().displayName();
        existing.revision++;
        existing.updatedAt = now;
        em.flush();
        return new IngestResult(existing.externalId, IngestOutcome.EDITED, CommentView.of(existing, thread.externalId));
    }

    /** The thread, created on first use; metadata the source sends fills in or corrects what is stored. */
    private DiscussionThread threadFor(long siteId, CommentSubmission.ThreadRef ref, Instant now) {
        DiscussionThread thread = threads.findById(threads.idForExternalId(siteId, ref.externalId(), now));
        if (ref.url() != null && !ref.url().equals(thread.url)) {
            thread.url = ref.url();
        }
        if (ref.title() != null && !ref.title().equals(thread.title)) {
            thread.title = ref.title();
        }
        if (ref.publishedAt() != null && !ref.publishedAt().equals(thread.publishedAt)) {
            thread.publishedAt = ref.publishedAt();
        }
        return thread;
    }
}
