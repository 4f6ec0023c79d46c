package dev.parley.thread.api;

import dev.parley.thread.CommentRevision;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment with the bodies its edits replaced, oldest first. */
@Schema(name = "CommentDetail")
public record CommentDetail(CommentView comment, List<RevisionView> revisions) {

    @Schema(name = "CommentRevision")
    public record RevisionView(int revision, String body, @Schema(nullable = true) String authorName,
                               Instant validFrom, Instant replacedAt) {
        public static RevisionView of(CommentRevision r) {
            return new RevisionView(r.key.revision(), r.body, r.authorName, r.validFrom, r.replacedAt);
        }
    }
}
