package dev.parley.trend.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A time range split for reading rollups: the hourly rows it selects (those with {@code from <= hour
 * < to}) are exactly the daily rows of {@code [dayFrom, dayTo)} plus the hourly rows of
 * {@code [headFrom, headTo)} and {@code [tailFrom, tailTo)}, the partial UTC days at its edges.
 * Any of the three may be empty. Ranges need not fall on hours or days (top threads splits at the
 * middle of the range).
 */
public record DaySplit(Instant headFrom, Instant headTo, Instant dayFrom, Instant dayTo, Instant tailFrom,
                       Instant tailTo) {

    public static DaySplit of(Instant from, Instant to) {
        // An hour row h is selected iff from <= h < to, i.e. iff ceilHour(from) <= h < ceilHour(to):
        // from here on both ends are on the hour grid.
        Instant a = ceil(from, ChronoUnit.HOURS);
        Instant b = ceil(to, ChronoUnit.HOURS);
        Instant firstDay = ceil(a, ChronoUnit.DAYS);
        Instant endDay = b.truncatedTo(ChronoUnit.DAYS);
        if (!firstDay.isBefore(endDay)) {
            return new DaySplit(a, b, a, a, b, b); // no whole day inside: all from the hourly rows
        }
        return new DaySplit(a, firstDay, firstDay, endDay, endDay, b);
    }

    private static Instant ceil(Instant t, ChronoUnit unit) {
        Instant down = t.truncatedTo(unit);
        return down.equals(t) ? t : down.plus(Duration.of(1, unit));
    }
}
