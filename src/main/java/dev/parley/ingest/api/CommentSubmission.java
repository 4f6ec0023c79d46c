package dev.parley.ingest.api;

import dev.parley.platform.validation.CleanText;
import dev.parley.platform.validation.ExternalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One comment as a source system sends it. Sending the same (site, externalId) again is
 * idempotent; a changed body is an edit. Body length and date range are checked against the
 * configured {@code parley.ingest.*} limits.
 */
@Schema(name = "CommentSubmission", description = "A comment as the forum or news software knows it")
public record CommentSubmission(
        @Schema(description = "The source's id of the comment, unique within the site", examples = "c-1042")
        @NotNull @ExternalId String externalId,

        @Schema(description = "The thread (article or topic) the comment belongs to; created on first use")
        @NotNull @Valid ThreadRef thread,

        @Schema(description = "The source's id of the comment this one replies to; may not have arrived yet",
                examples = "c-1017", nullable = true)
        @ExternalId String parentExternalId,

        @NotNull @Valid Author author,

        @Schema(description = "The text as the author wrote it (HTML allowed; it is never rendered as HTML)",
                examples = "Russia gave nothing to the Clinton foundation.")
        @NotNull @CleanText String body,

        @Schema(description = "When the source says the comment was written (ISO-8601 with offset)",
                examples = "2015-07-02T09:14:00Z")
        @NotNull Instant createdAt) {

    @Schema(name = "ThreadRef")
    public record ThreadRef(
            @Schema(examples = "japan-tests-wests-boycott-of-russia") @NotNull @ExternalId String externalId,
            @Schema(examples = "https://example.org/2015/07/japan-tests-wests-boycott", nullable = true)
            @Size(max = 2000) @CleanText String url,
            @Schema(examples = "Japan tests West's boycott of Russia", nullable = true)
            @Size(max = 1000) @CleanText String title,
            @Schema(nullable = true) Instant publishedAt) {
    }

    @Schema(name = "Author")
    public record Author(
            @Schema(examples = "u-77") @NotNull @ExternalId String externalId,
            @Schema(examples = "observer", nullable = true) @Size(max = 200) @CleanText String displayName) {
    }
}
