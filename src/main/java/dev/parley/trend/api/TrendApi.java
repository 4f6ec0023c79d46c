package dev.parley.trend.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers of the trends API. */
public final class TrendApi {

    private TrendApi() {
    }

    @Schema(name = "StancePoint")
    public record StancePoint(Instant start, long favor, long against, long neutral, long total,
                              @Schema(description = "Mean signed stance score of the bucket, in [-1, 1]; null if empty",
                                      nullable = true) Double meanScore) {
    }

    @Schema(name = "StanceTrend")
    public record StanceTrend(String country, String bucket, Instant from, Instant to,
                              @Schema(nullable = true) String thread, List<StancePoint> points) {
    }

    @Schema(name = "ThreadShift")
    public record ThreadShift(String thread, @Schema(nullable = true) String title, long before, long after,
                              @Schema(nullable = true) Double meanScoreBefore, @Schema(nullable = true) Double meanScoreAfter,
                              @Schema(description = "meanScoreAfter - meanScoreBefore (missing side counts as 0)") double shift) {
    }

    @Schema(name = "TopThreadShifts")
    public record TopShifts(String country, Instant from, Instant middle, Instant to, List<ThreadShift> threads) {
    }

    @Schema(name = "HostilityPoint")
    public record HostilityPoint(Instant start, long comments, long insults,
                                 @Schema(nullable = true) Double insultRate, long flameExchangesStarted) {
    }

    @Schema(name = "HostilityTrend")
    public record HostilityTrend(String bucket, Instant from, Instant to, @Schema(nullable = true) String thread,
                                 List<HostilityPoint> points) {
    }
}
