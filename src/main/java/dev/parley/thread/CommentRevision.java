package dev.parley.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A superseded body of a comment: what it said from {@code validFrom} until {@code replacedAt}. */
@Entity
@Table(name = "comment_revision")
public class CommentRevision {

    @Embeddable
    public record Key(@Column(name = "comment_id") Long commentId, @Column(name = "revision") Integer revision)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String body;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "replaced_at", nullable = false)
    public Instant replacedAt;

    public static CommentRevision of(Comment comment, Instant replacedAt) {
        CommentRevision revision = new CommentRevision();
        revision.key = new Key(comment.id, comment.revision);
        revision.body = comment.body;
        revision.authorName = comment.authorName;
        revision.validFrom = comment.updatedAt;
        revision.replacedAt = replacedAt;
        return revision;
    }
}
