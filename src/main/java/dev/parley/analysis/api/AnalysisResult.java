package dev.parley.analysis.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything Parley's analysis says about one text. Offsets are UTF-16 indices into the text as
 * sent. When {@code supported} is false (not English) no scores are given, only the language.
 */
@Schema(name = "Analysis")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisResult(
        @Schema(description = "ISO 639-3 code of the detected language (eng, fra, rus, ...) or und", examples = "eng")
        String language,
        double languageConfidence,
        @Schema(description = "False when Parley's models do not apply to this language; scores are then absent")
        boolean supported,
        @Schema(nullable = true) String unsupportedReason,
        @Schema(description = "Stretches the author quotes; they do not count toward the author's scores")
        List<Span> quoted,
        @Schema(description = "References to Russia, Japan, China and the US")
        List<Mention> mentions,
        @Schema(nullable = true) Insult insult,
        @Schema(description = "The author's stance toward each country (russia, japan, china, us); none when the "
                + "author does not mention it in their own words", nullable = true)
        Map<String, Stance> stance,
        @Schema(description = "Version of every model and data file that produced this result")
        Map<String, String> models) {

    @Schema(name = "TextSpan")
    public record Span(int start, int end, String kind) {
    }

    @Schema(name = "CountryMention")
    public record Mention(String country, int start, int end, String text, String kind,
                          @Schema(description = "Inside quoted text: not the author's words") boolean quoted) {
    }

    @Schema(name = "InsultScore")
    public record Insult(
            @Schema(description = "Calibrated probability that the comment insults another participant")
            double probability,
            @Schema(description = "The words that raised the score most, for highlighting")
            List<Evidence> evidence) {
    }

    @Schema(name = "Stance")
    public record Stance(
            @Schema(description = "favor, against, neutral or none", examples = "against") String label,
            @Schema(description = "Probability of favor, against and neutral (empty for none)")
            Map<String, Double> probabilities,
            @Schema(description = "P(favor) - P(against), in [-1, 1]") double score,
            @Schema(description = "The author's own mentions of the country") List<Evidence> mentions,
            @Schema(description = "The words that drove the decision toward the label") List<Evidence> evidence) {
    }

    @Schema(name = "Evidence")
    public record Evidence(int start, int end, String text, double weight) {
    }
}
