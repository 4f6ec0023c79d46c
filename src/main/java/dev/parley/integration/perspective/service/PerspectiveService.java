package dev.parley.integration.perspective.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.service.AnalysisService;
import dev.parley.analysis.service.Analyzer;
import dev.parley.analysis.text.AnalyzedText;
import dev.parley.integration.perspective.api.PerspectiveApi;
import dev.parley.integration.perspective.api.PerspectiveApi.AnalyzeRequest;
import dev.parley.integration.perspective.api.PerspectiveApi.AnalyzeResponse;
import dev.parley.integration.perspective.api.PerspectiveApi.AttributeScores;
import dev.parley.integration.perspective.api.PerspectiveApi.Score;
import dev.parley.site.service.ApiKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Perspective's comments:analyze and comments:suggestscore on Parley's models.
 *
 * <p>Attributes: TOXICITY and INSULT are both the insult model's probability (Parley's insult
 * model learned "insults or attacks a participant" from Impermium; that is narrower than
 * Perspective's TOXICITY, which also covers rude or disrespectful text without a target).
 * STANCE_RUSSIA, STANCE_JAPAN, STANCE_CHINA, STANCE_US are Parley's own: the signed stance score in
 * [-1, 1] (type STANCE_SCORE). IDENTITY_ATTACK, PROFANITY, SEVERE_TOXICITY, THREAT and the
 * experimental attributes are not offered: requesting one is the same 400 as an unknown attribute.
 * analyze never stores the text, whatever doNotStore says.
 */
@ApplicationScoped
public class PerspectiveService {

    /** Perspective's own limit on comment size. */
    static final int MAX_TEXT_BYTES = 20_480;
    static final Set<String> ATTRIBUTES = Set.of("TOXICITY", "INSULT", "STANCE_RUSSIA", "STANCE_JAPAN",
            "STANCE_CHINA", "STANCE_US");

    private final AnalysisService analysis;
    private final ApiKeyService keys;
    private final EntityManager em;
    private final ObjectMapper json;

    PerspectiveService(AnalysisService analysis, ApiKeyService keys, EntityManager em, ObjectMapper json) {
        this.analysis = analysis;
        this.keys = keys;
        this.em = em;
        this.json = json;
    }

    public AnalyzeResponse analyze(String key, AnalyzeRequest r) {
        requireSite(key);
        String text = requireText(r == null ? null : r.comment());
        if (r.requestedAttributes() == null || r.requestedAttributes().isEmpty()) {
            throw PerspectiveException.invalid("Must specify at least one requested attribute.", "NO_REQUESTED_ATTRIBUTES");
        }
        Map<String, PerspectiveApi.AttributeParameters> attributes = new LinkedHashMap<>();
        r.requestedAttributes().forEach((name, params) -> {
            String attribute = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
            if (!ATTRIBUTES.contains(attribute)) {
                throw PerspectiveException.invalid("Unknown attribute: " + name, "ATTRIBUTE_NOT_FOUND");
            }
            attributes.put(attribute, params);
        });
        List<String> requested = r.languages() == null || r.languages().isEmpty() ? null : r.languages();
        if (requested != null) {
            for (String language : requested) {
                if (!language.toLowerCase(Locale.ROOT).startsWith("en")) {
                    throw languageError(attributes.keySet().iterator().next(), List.of(language));
                }
            }
        }
        List<String> context = r.context() == null || r.context().entries() == null ? List.of()
                : r.context().entries().stream().map(PerspectiveApi.ContextEntry::text).filter(t -> t != null).toList();
        AnalysisResult result = analysis.analyze(text, context);
        String detected = LanguageCodes.twoLetter(result.language());
        if (!result.supported()) {
            throw languageError(attributes.keySet().iterator().next(), List.of(detected));
        }
        Map<String, AttributeScores> scores = new LinkedHashMap<>();
        boolean spans = Boolean.TRUE.equals(r.spanAnnotations());
        attributes.forEach((attribute, params) -> {
            double value = value(attribute, result);
            if (params != null && params.scoreThreshold() != null && value < params.scoreThreshold()) {
                return; // Perspective leaves out attributes below the requested threshold
            }
            String type = attribute.startsWith("STANCE_") ? "STANCE_SCORE" : "PROBABILITY";
            scores.put(attribute, new AttributeScores(new Score(value, type),
                    spans && type.equals("PROBABILITY") ? spanScores(text, context) : null));
        });
        return new AnalyzeResponse(scores, requested == null ? List.of("en") : requested,
                List.of(detected.equals("und") ? "en" : detected), r.clientToken());
    }

    /** Stores Coral-style feedback (0 = approved, 1 = rejected) as a moderator label for retraining. */
    @Transactional
    public PerspectiveApi.SuggestResponse suggest(String key, PerspectiveApi.SuggestRequest r) {
        long siteId = requireSite(key);
        String text = requireText(r == null ? null : r.comment());
        if (r.attributeScores() == null || r.attributeScores().isEmpty()) {
            throw PerspectiveException.invalid("Must specify at least one attribute score.", "NO_REQUESTED_ATTRIBUTES");
        }
        r.attributeScores().forEach((attribute, score) -> {
            Double value = score == null || score.summaryScore() == null ? null : score.summaryScore().value();
            if (value == null || value < 0 || value > 1) {
                throw PerspectiveException.invalid("Attribute score for " + attribute + " must be between 0 and 1.",
                        "INVALID_SCORE");
            }
            em.createNativeQuery("""
                    INSERT INTO perspective_feedback (site_id, text, attribute, value, client_token, community_id, context,
                                                      created_at)
                    VALUES (:site, :text, :attribute, :value, :token, :community, cast(:context AS jsonb), :now)""")
                    .setParameter("site", siteId).setParameter("text", text).setParameter("attribute", attribute)
                    .setParameter("value", value.floatValue()).setParameter("token", r.clientToken())
                    .setParameter("community", r.communityId()).setParameter("context", write(r.context()))
                    .setParameter("now", Instant.now()).executeUpdate();
        });
        return new PerspectiveApi.SuggestResponse(r.clientToken());
    }

    private long requireSite(String key) {
        return keys.siteOf(key).orElseThrow(() -> new PerspectiveException(400, "INVALID_ARGUMENT",
                "API key not valid. Please pass a valid API key.", List.of()));
    }

    private static String requireText(PerspectiveApi.Comment comment) {
        if (comment == null || comment.text() == null || comment.text().isBlank()) {
            throw PerspectiveException.invalid("Comment must be non-empty.", "COMMENT_EMPTY");
        }
        if (comment.text().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw PerspectiveException.invalid("Comment text too long: at most " + MAX_TEXT_BYTES + " bytes.",
                    "COMMENT_TOO_LONG");
        }
        return comment.text();
    }

    private static double value(String attribute, AnalysisResult result) {
        if (attribute.startsWith("STANCE_")) {
            AnalysisResult.Stance s = result.stance().get(attribute.substring(7).toLowerCase(Locale.ROOT));
            return s == null ? 0 : s.score();
        }
        return result.insult().probability();
    }

    /** Per-sentence insult probabilities, as Perspective's spanAnnotations. */
    private List<PerspectiveApi.SpanScore> spanScores(String text, List<String> context) {
        Analyzer analyzer = analysis.analyzer().orElseThrow();
        List<PerspectiveApi.SpanScore> out = new ArrayList<>();
        for (AnalyzedText.Span s : analyzer.sentences(text)) {
            AnalysisResult sentence = analyzer.analyze(text.substring(s.start(), s.end()), context);
            double value = sentence.insult() == null ? 0 : sentence.insult().probability();
            out.add(new PerspectiveApi.SpanScore(s.start(), s.end(), new Score(value, "PROBABILITY")));
        }
        return out;
    }

    private static PerspectiveException languageError(String attribute, List<String> languages) {
        return new PerspectiveException(400, "INVALID_ARGUMENT",
                "Attribute " + attribute + " does not support request languages: " + String.join(",", languages),
                List.of(Map.of("@type", "type.googleapis.com/google.commentanalyzer.v1alpha1.Error",
                        "errorType", "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
                        "languageNotSupportedByAttributeError",
                        Map.of("detectedLanguages", languages, "attribute", attribute))));
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
