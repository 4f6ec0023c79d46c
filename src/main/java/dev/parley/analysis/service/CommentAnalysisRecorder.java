package dev.parley.analysis.service;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.repository.CommentAnalysisRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Analyses a stored comment inside the ingest transaction and records the result. When the
 * models are not loaded the comment is still stored (never lost) and simply has no analysis
 * yet; sending it again once the models load analyses it.
 */
@ApplicationScoped
public class CommentAnalysisRecorder {

    private static final Logger LOG = Logger.getLogger(CommentAnalysisRecorder.class);
    /** How many earlier comments of the thread are checked for verbatim quotes. */
    private static final int CONTEXT_COMMENTS = 20;

    private final AnalysisService analysis;
    private final CommentAnalysisRepository results;
    private final EntityManager em;

    CommentAnalysisRecorder(AnalysisService analysis, CommentAnalysisRepository results, EntityManager em) {
        this.analysis = analysis;
        this.results = results;
        this.em = em;
    }

    /**
     * The comment's latest analysis after recording, and, when this call produced a new one, the
     * latest analysis it replaced (null for a first analysis); {@code changed} is false when the
     * stored result was already current.
     */
    public record Recorded(AnalysisResult latest, AnalysisResult replaced, boolean changed) {
    }

    /**
     * Analyses the comment unless its current revision already has a result of the current
     * analyzer, and returns the comment's latest analysis (empty while models are not loaded and
     * no earlier analysis exists).
     */
    public Optional<Recorded> record(long commentId, int revision, String body, long threadId,
                                     Instant createdAt, Instant now) {
        var analyzer = analysis.analyzer();
        AnalysisResult previous = results.latestOf(List.of(commentId)).get(commentId);
        if (analyzer.isEmpty()) {
            LOG.debugf("Comment %d stored without analysis: models not loaded", commentId);
            return Optional.ofNullable(previous).map(p -> new Recorded(p, null, false));
        }
        String version = analyzer.get().version();
        if (results.isCurrent(commentId, revision, version)) {
            return Optional.ofNullable(previous).map(p -> new Recorded(p, null, false));
        }
        AnalysisResult result = analyzer.get().analyze(body, earlierComments(threadId, commentId, createdAt));
        results.upsert(commentId, revision, version, result, now);
        return Optional.of(new Recorded(result, previous, true));
    }

    @SuppressWarnings("unchecked")
    private List<String> earlierComments(long threadId, long commentId, Instant createdAt) {
        return em.createNativeQuery("""
                SELECT body FROM comment
                WHERE thread_id = :thread AND id <> :comment AND created_at <= :createdAt
                ORDER BY created_at DESC, id DESC
                LIMIT :limit
                """)
                .setParameter("thread", threadId)
                .setParameter("comment", commentId)
                .setParameter("createdAt", createdAt)
                .setParameter("limit", CONTEXT_COMMENTS)
                .getResultList();
    }
}
