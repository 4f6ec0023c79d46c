package dev.parley.trend.alert.api;

import dev.parley.platform.validation.CleanText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the alert API. */
public final class AlertApi {

    private AlertApi() {
    }

    /** What a rule watches. */
    public enum Kind { AGAINST_SHARE_RISE, FLAME_BURST }

    /** OPEN until a moderator acknowledges it. */
    public enum State { OPEN, ACKNOWLEDGED }

    @Schema(name = "AlertRuleRequest", description = "A rule; fields that do not belong to its kind must be left out")
    public record RuleRequest(
            @Schema(examples = "Russia: against-share up 15 points in 6 h")
            @NotNull @Size(min = 1, max = 200) @CleanText String name,
            @NotNull Kind kind,
            @Schema(description = "ISO-8601 duration in whole hours, 1 hour to 7 days; AGAINST_SHARE_RISE compares it "
                    + "with the preceding window of the same length", examples = "PT6H")
            @NotNull @Size(max = 40) String window,
            @Schema(description = "AGAINST_SHARE_RISE: the country", examples = "russia")
            @Pattern(regexp = "russia|japan|china|us") String country,
            @Schema(description = "AGAINST_SHARE_RISE: fire when the against-share rises by at least this many "
                    + "percentage points", examples = "15")
            @DecimalMin("1") @DecimalMax("100") Double points,
            @Schema(description = "AGAINST_SHARE_RISE: stance mentions each of the two windows needs (default 20)",
                    examples = "20")
            @Min(5) @Max(1_000_000) Integer minMentions,
            @Schema(description = "FLAME_BURST: fire when at least this many flame exchanges started in the window",
                    examples = "3")
            @Min(2) @Max(1_000_000) Integer exchanges,
            @Schema(description = "Default true; a disabled rule is kept but not evaluated") Boolean enabled) {
    }

    @Schema(name = "AlertRule")
    public record RuleView(long id, String name, Kind kind, String window, @Schema(nullable = true) String country,
                           @Schema(nullable = true) Double points, @Schema(nullable = true) Integer minMentions,
                           @Schema(nullable = true) Integer exchanges, boolean enabled, Instant createdAt,
                           Instant updatedAt) {
    }

    @Schema(name = "Alert", description = "Shares are percentages (0-100) of the stance mentions of each window")
    public record AlertView(long id,
                            @Schema(nullable = true, description = "null once the rule is deleted") Long ruleId,
                            String ruleName, Kind kind, @Schema(nullable = true) String country, Instant firedAt,
                            Instant windowStart, Instant windowEnd,
                            @Schema(nullable = true) Double beforeShare, @Schema(nullable = true) Double afterShare,
                            @Schema(nullable = true) Integer beforeMentions,
                            @Schema(nullable = true) Integer afterMentions,
                            @Schema(nullable = true) Integer exchanges, State state,
                            @Schema(nullable = true) String acknowledgedBy,
                            @Schema(nullable = true) Instant acknowledgedAt) {
    }
}
