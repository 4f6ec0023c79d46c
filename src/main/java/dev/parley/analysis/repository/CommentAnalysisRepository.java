package dev.parley.analysis.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.api.AnalysisResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stores and reads analysis results; the JSON column holds the {@link AnalysisResult} as served. */
@ApplicationScoped
public class CommentAnalysisRepository {

    private final EntityManager em;
    private final ObjectMapper json;

    CommentAnalysisRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public void upsert(long commentId, int revision, String analyzerVersion, AnalysisResult result, Instant now) {
        em.createNativeQuery("""
                INSERT INTO comment_analysis (comment_id, analyzer_version, revision, analyzed_at, language, supported,
                                              insult_probability, result)
                VALUES (:comment, :version, :revision, :now, :language, :supported, :insult, cast(:result AS jsonb))
                ON CONFLICT (comment_id, analyzer_version) DO UPDATE
                   SET revision = EXCLUDED.revision, analyzed_at = EXCLUDED.analyzed_at, language = EXCLUDED.language,
                       supported = EXCLUDED.supported, insult_probability = EXCLUDED.insult_probability,
                       result = EXCLUDED.result
                """)
                .setParameter("comment", commentId)
                .setParameter("version", analyzerVersion)
                .setParameter("revision", revision)
                .setParameter("now", now)
                .setParameter("language", result.language())
                .setParameter("supported", result.supported())
                .setParameter("insult", result.insult() == null ? null : (float) result.insult().probability())
                .setParameter("result", write(result))
                .executeUpdate();
    }

    /** True when the comment has a result of this analyzer version for this revision. */
    public boolean isCurrent(long commentId, int revision, String analyzerVersion) {
        return !em.createNativeQuery("""
                SELECT 1 FROM comment_analysis
                WHERE comment_id = :comment AND analyzer_version = :version AND revision = :revision
                """)
                .setParameter("comment", commentId)
                .setParameter("version", analyzerVersion)
                .setParameter("revision", revision)
                .getResultList().isEmpty();
    }

    /** The most recent analysis of each comment, for the ones that have one. */
    @SuppressWarnings("unchecked")
    public Map<Long, AnalysisResult> latestOf(List<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (comment_id) comment_id, cast(result AS text)
                FROM comment_analysis
                WHERE comment_id = ANY (string_to_array(:ids, ',')::bigint[])
                ORDER BY comment_id, analyzed_at DESC
                """)
                .setParameter("ids", commentIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .getResultList();
        Map<Long, AnalysisResult> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(((Number) row[0]).longValue(), read((String) row[1]));
        }
        return out;
    }

    private String write(AnalysisResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AnalysisResult read(String text) {
        try {
            return json.readValue(text, AnalysisResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
