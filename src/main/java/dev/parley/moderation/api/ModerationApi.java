package dev.parley.moderation.api;

import dev.parley.platform.validation.CleanText;
import dev.parley.platform.validation.ExternalId;
import dev.parley.thread.api.CommentView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the moderation API. */
public final class ModerationApi {

    private ModerationApi() {
    }

    public enum ReportReason { ABUSE, SPAM, OFF_TOPIC, OTHER }

    public enum DecisionAction { APPROVE, REJECT, ESCALATE, UNDO }

    /** Reasons a moderator may give for a rejection. */
    public enum RejectReason { INSULT, IDENTITY_ATTACK, FLAME_EXCHANGE, SPAM, OFF_TOPIC, OTHER }

    @Schema(name = "ReportRequest", description = "A reader reports a comment")
    public record ReportRequest(@NotNull @ExternalId String reporterId, @NotNull ReportReason reason,
                                @Size(max = 2000) @CleanText String note) {
    }

    @Schema(name = "DecisionRequest")
    public record DecisionRequest(
            @NotNull DecisionAction action,
            @Schema(description = "Who decides (the moderator's id in the forum software)", examples = "mod-anna")
            @NotNull @ExternalId String moderator,
            @Schema(description = "The comment's moderationVersion as the moderator saw it; a newer one answers 409")
            @NotNull Long expectedVersion,
            @Schema(description = "Required for REJECT", nullable = true) RejectReason reason,
            @Size(max = 2000) @CleanText String note) {
    }

    @Schema(name = "BulkDecisionRequest")
    public record BulkDecisionRequest(
            @NotNull DecisionAction action, @NotNull @ExternalId String moderator, RejectReason reason,
            @Size(max = 2000) @CleanText String note,
            @NotNull @NotEmpty @Size(max = 500) List<@NotNull @Valid Target> comments) {

        @Schema(name = "BulkDecisionTarget")
        public record Target(@NotNull @ExternalId String commentId, @NotNull Long expectedVersion) {
        }
    }

    @Schema(name = "ModerationState", description = "A comment's moderation state")
    public record State(String commentId, String status, long moderationVersion) {
    }

    @Schema(name = "DecisionResult")
    public record DecisionResult(String commentId, String outcome, State state, Long actionId,
                                 @Schema(nullable = true) String detail) {
    }

    @Schema(name = "BulkDecisionResult")
    public record BulkDecisionResult(int decided, int conflicts, List<DecisionResult> results) {
    }

    @Schema(name = "Flag")
    public record FlagView(String source, String reason, @Schema(nullable = true) Double score,
                           @Schema(nullable = true) String modelVersion, @Schema(nullable = true) String reporterId,
                           @Schema(nullable = true) String note, Instant createdAt) {
    }

    @Schema(name = "ModerationAction")
    public record ActionView(long id, String moderator, String action, String statusBefore, String statusAfter,
                             @Schema(nullable = true) String reason, @Schema(nullable = true) String note,
                             @Schema(nullable = true) Long undoes, Instant createdAt) {
    }

    @Schema(name = "CommentModerationHistory")
    public record History(State state, List<FlagView> flags, List<ActionView> actions) {
    }

    @Schema(name = "QueueItem")
    public record QueueItem(CommentView comment, String status, long moderationVersion, List<FlagView> flags) {
    }

    @Schema(name = "QueuePage")
    public record QueuePage(String queue, List<QueueItem> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "QueueCounts")
    public record QueueCounts(
            @Schema(description = "Comments per queue; exact for pending, flagged, reported and escalated")
            Map<String, Long> counts,
            @Schema(description = "Queues counted only up to a limit (approved, rejected: 10,000) that reached it: "
                    + "they hold at least the number given")
            List<String> atLeast) {
    }
}
