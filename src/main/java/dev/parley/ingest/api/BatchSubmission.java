package dev.parley.ingest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to {@code parley.ingest.max-batch-size} comments, stored in one transaction. */
@Schema(name = "BatchSubmission")
public record BatchSubmission(@NotNull @NotEmpty List<@NotNull @Valid CommentSubmission> comments) {
}
