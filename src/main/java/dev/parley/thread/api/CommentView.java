package dev.parley.thread.api;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.thread.Comment;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored comment as the API shows it. */
@Schema(name = "Comment")
public record CommentView(
        long id,
        String externalId,
        String threadExternalId,
        @Schema(nullable = true) String parentExternalId,
        @Schema(description = "True while the parent named by parentExternalId has not arrived (or lives in another thread)")
        boolean awaitingParent,
        AuthorView author,
        String body,
        Instant createdAt,
        Instant receivedAt,
        Instant updatedAt,
        int revision,
        @Schema(description = "The latest analysis of this comment; absent while the analysis models are not loaded",
                nullable = true)
        AnalysisResult analysis) {

    @Schema(name = "CommentAuthor")
    public record AuthorView(String externalId, @Schema(nullable = true) String displayName) {
    }

    public static CommentView of(Comment c, String threadExternalId) {
        return new CommentView(c.id, c.externalId, threadExternalId, c.parentExternalId, c.awaitingParent(),
                new AuthorView(c.authorExternalId, c.authorName), c.body, c.createdAt, c.receivedAt, c.updatedAt,
                c.revision, null);
    }

    public CommentView withAnalysis(AnalysisResult result) {
        return new CommentView(id, externalId, threadExternalId, parentExternalId, awaitingParent, author, body,
                createdAt, receivedAt, updatedAt, revision, result);
    }
}
