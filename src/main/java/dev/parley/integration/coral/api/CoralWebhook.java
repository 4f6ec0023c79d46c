package dev.parley.integration.coral.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.parley.platform.validation.CleanText;
import dev.parley.platform.validation.ExternalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A Coral Talk webhook delivery as Parley reads it:
 * {@code {"id", "type", "data": {...}, "createdAt"}}. For comment events {@code data} has
 * {@code commentID} and {@code storyID}; Parley also accepts an optional {@code data.comment}
 * ({@code id, body, authorID, parentID, createdAt}), which makes matching exact and lets a comment
 * Parley never saw be stored. STORY_CREATED has {@code storyID} and optionally {@code storyURL}.
 * Which fields an event type requires is checked by the webhook service; unknown fields and unknown
 * event types are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoralWebhook(
        @NotNull @ExternalId String id,
        @NotNull @Size(min = 1, max = 100) String type,
        @Valid Data data,
        Instant createdAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(
            @ExternalId String commentID,
            @ExternalId String storyID,
            @Size(max = 2000) @CleanText String storyURL,
            @Valid Comment comment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(
            @ExternalId String id,
            @NotNull @CleanText String body,
            @NotNull @ExternalId String authorID,
            @ExternalId String parentID,
            Instant createdAt) {
    }
}
