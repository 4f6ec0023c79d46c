package dev.parley.integration.perspective.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Perspective API v1alpha1 wire format, as clients such as Coral Talk send and read it (see
 * shared docs/integration-protocols.md). Field names are Perspective's, not Parley's.
 */
public final class PerspectiveApi {

    private PerspectiveApi() {
    }

    public record Comment(String text, String type) {
    }

    public record AttributeParameters(String scoreType, Double scoreThreshold) {
    }

    public record ContextEntry(String text, String type) {
    }

    public record Context(List<ContextEntry> entries) {
    }

    public record AnalyzeRequest(Comment comment, Map<String, AttributeParameters> requestedAttributes,
                                 List<String> languages, Boolean doNotStore, Boolean spanAnnotations,
                                 String clientToken, Context context, String communityId, String sessionId) {
    }

    public record Score(double value, String type) {
    }

    public record SpanScore(int begin, int end, Score score) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttributeScores(Score summaryScore, List<SpanScore> spanScores) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnalyzeResponse(Map<String, AttributeScores> attributeScores, List<String> languages,
                                  List<String> detectedLanguages, String clientToken) {
    }

    public record SummaryScore(Double value, String type) {
    }

    public record FeedbackScore(SummaryScore summaryScore) {
    }

    public record SuggestRequest(Comment comment, Context context, Map<String, FeedbackScore> attributeScores,
                                 List<String> languages, String communityId, String clientToken) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestResponse(String clientToken) {
    }

    /** Google's error envelope: {"error": {"code", "message", "status", "details"}}. */
    public record ErrorResponse(Error error) {
        public record Error(int code, String message, String status, List<Map<String, Object>> details) {
        }
    }
}
