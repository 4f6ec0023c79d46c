package dev.parley.web.moderation;

import dev.parley.moderation.api.FlameExchangeView;
import dev.parley.moderation.api.ModerationApi.History;
import dev.parley.thread.api.CommentView;
import java.util.List;

/**
 * Everything the moderator page shows about one comment under review: the comment with its
 * highlights and stance chips, its thread context (parent and direct replies), the flame exchange
 * it belongs to (every turn, in order), and its moderation history.
 */
public record ReviewItem(CommentView comment, HighlightedText text, List<StanceChip> stance, Double insultProbability,
                         CommentView parent, List<CommentView> replies, int moreReplies,
                         Exchange exchange, History history) {

    /** The author's stance toward one country they mention. */
    public record StanceChip(String country, String label, double score) {
    }

    /** A flame exchange with the text of every turn. */
    public record Exchange(FlameExchangeView view, List<Turn> turns) {
    }

    public record Turn(FlameExchangeView.Turn turn, String body, boolean current) {
    }

    public String status() {
        return history.state().status();
    }

    public long version() {
        return history.state().moderationVersion();
    }

    /** Whether the latest standing decision can be undone (there is one that is not an UNDO). */
    public boolean undoable() {
        return history.actions().stream().anyMatch(a -> !a.action().equals("UNDO"));
    }
}
