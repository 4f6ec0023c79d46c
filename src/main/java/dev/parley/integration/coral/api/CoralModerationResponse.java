package dev.parley.integration.coral.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Parley's 200 answer to the moderation phase (no decision is a 204 without a body). Parley only
 * ever flags, and withholds when the site's policy says WITHHOLD; it never rejects: the decision
 * stays with Coral's moderators.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoralModerationResponse(String status, List<Action> actions) {

    public record Action(String actionType, String reason) {
    }

    private static final List<Action> TOXIC = List.of(new Action("FLAG", "COMMENT_DETECTED_TOXIC"));

    /** Insult at or above the site's threshold, effect QUEUE: flag it, leave it visible. */
    public static CoralModerationResponse flagged() {
        return new CoralModerationResponse(null, TOXIC);
    }

    /** Insult at or above the site's threshold, effect WITHHOLD: flag it and hide it until decided. */
    public static CoralModerationResponse withheld() {
        return new CoralModerationResponse("SYSTEM_WITHHELD", TOXIC);
    }
}
