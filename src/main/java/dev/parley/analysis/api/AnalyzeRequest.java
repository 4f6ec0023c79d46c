package dev.parley.analysis.api;

import dev.parley.platform.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to analyse without storing anything, with optional earlier comments of its thread. */
@Schema(name = "AnalyzeRequest")
public record AnalyzeRequest(
        @Schema(examples = "You are an idiot, Russia will never give the islands back to Japan.")
        @NotNull @CleanText String text,
        @Schema(description = "Earlier comments of the same thread: a passage repeating one of them is treated as a quote",
                nullable = true)
        @Size(max = 50) List<@NotNull @CleanText String> context) {

    /** Up to 1,000 texts in one call. */
    @Schema(name = "AnalyzeBatchRequest")
    public record Batch(@NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid AnalyzeRequest> items) {
    }

    @Schema(name = "AnalyzeBatchResult")
    public record BatchResult(List<AnalysisResult> results) {
    }
}
