package dev.parley.moderation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Flags: DETECTED by Parley's models, REPORTED by readers. Inserts are idempotent. */
@ApplicationScoped
public class FlagRepository {

    private final EntityManager em;

    FlagRepository(EntityManager em) {
        this.em = em;
    }

    /** Returns true when the flag is new (the same reason and model version flags a comment once). */
    public boolean addDetected(long commentId, String reason, double score, String modelVersion, String evidenceJson,
                               Instant now) {
        em.createNativeQuery("UPDATE comment SET flag_score = greatest(coalesce(flag_score, 0), :score) WHERE id = :comment")
                .setParameter("score", (float) score).setParameter("comment", commentId).executeUpdate();
        return em.createNativeQuery("""
                INSERT INTO flag (comment_id, source, reason, score, model_version, evidence, created_at)
                VALUES (:comment, 'DETECTED', :reason, :score, :model, cast(:evidence AS jsonb), :now)
                ON CONFLICT DO NOTHING
                """).setParameter("comment", commentId).setParameter("reason", reason)
                .setParameter("score", (float) score).setParameter("model", modelVersion)
                .setParameter("evidence", evidenceJson).setParameter("now", now).executeUpdate() > 0;
    }

    /**
     * Returns true when the report is new (a reader reports a comment for a reason once); a new
     * report also counts on the comment ({@code report_count}, what the reported queue reads).
     */
    public boolean addReport(long commentId, String reporterId, String reason, String note, Instant now) {
        boolean added = em.createNativeQuery("""
                INSERT INTO flag (comment_id, source, reason, reporter_id, note, created_at)
                VALUES (:comment, 'REPORTED', :reason, :reporter, :note, :now)
                ON CONFLICT DO NOTHING
                """).setParameter("comment", commentId).setParameter("reason", reason)
                .setParameter("reporter", reporterId).setParameter("note", note).setParameter("now", now)
                .executeUpdate() > 0;
        if (added) {
            em.createNativeQuery("UPDATE comment SET report_count = report_count + 1 WHERE id = :comment")
                    .setParameter("comment", commentId).executeUpdate();
        }
        return added;
    }

    /** Flags of a comment: {source, reason, score, modelVersion, reporterId, note, createdAt, evidence}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ofComment(long commentId) {
        return em.createNativeQuery("""
                SELECT source, reason, score, model_version, reporter_id, note, created_at, cast(evidence AS text)
                FROM flag WHERE comment_id = :comment ORDER BY id""")
                .setParameter("comment", commentId).getResultList();
    }
}
