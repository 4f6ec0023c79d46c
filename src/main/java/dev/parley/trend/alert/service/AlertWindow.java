package dev.parley.trend.alert.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The window a rule looks at: whole rollup hours ending with the current (partial) hour, and the
 * preceding window of the same length that AGAINST_SHARE_RISE compares it with.
 */
public record AlertWindow(Instant previousStart, Instant start, Instant end) {

    public static AlertWindow endingAt(Instant now, int hours) {
        Instant end = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start = end.minus(Duration.ofHours(hours));
        return new AlertWindow(start.minus(Duration.ofHours(hours)), start, end);
    }

    /** Whether an earlier alert's window, which ended at {@code otherEnd}, overlaps this one. */
    public boolean overlapsWindowEndingAt(Instant otherEnd) {
        return otherEnd.isAfter(start);
    }
}
