package dev.parley.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A reader comment as its source system knows it. {@code parentExternalId} is what the source
 * said; {@code parentId} is the resolved link, null while the parent has not arrived yet.
 */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    public DiscussionThread thread;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "parent_external_id")
    public String parentExternalId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "author_external_id", nullable = false)
    public String authorExternalId;

    @Column(name = "author_name")
    public String authorName;

    @Column(nullable = false)
    public String body;

    /** When the source says the comment was written. */
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When Parley first received it. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** 1 for the first body; each edit adds one and keeps the old body as a {@link CommentRevision}. */
    @Column(nullable = false)
    public int revision;

    @Version
    public long version;

    /** Moderation status (Coral Talk's): NONE, APPROVED, REJECTED, PREMOD, SYSTEM_WITHHELD. */
    @Column(nullable = false)
    public String status = "NONE";

    /** Bumped by every moderation decision; moderators send the one they saw (optimistic locking). */
    @Column(name = "moderation_version", nullable = false)
    public long moderationVersion;

    public boolean awaitingParent() {
        return parentExternalId != null && parentId == null;
    }
}
