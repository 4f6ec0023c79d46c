package dev.parley.trend.service;

import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import dev.parley.thread.repository.ThreadRepository;
import dev.parley.trend.api.TrendApi;
import dev.parley.trend.repository.RollupRepository;
import dev.parley.trend.repository.TrendQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stance and hostility over time, from the rollups. */
@ApplicationScoped
@Transactional
public class TrendService {

    /** Most buckets one answer may hold. */
    static final int MAX_POINTS = 5000;
    private static final Map<String, Duration> BUCKETS = Map.of(
            "hour", Duration.ofHours(1), "day", Duration.ofDays(1), "week", Duration.ofDays(7));

    private final SiteRepository sites;
    private final ThreadRepository threads;
    private final TrendQueries queries;
    private final RollupRepository rollups;

    TrendService(SiteRepository sites, ThreadRepository threads, TrendQueries queries, RollupRepository rollups) {
        this.sites = sites;
        this.threads = threads;
        this.queries = queries;
        this.rollups = rollups;
    }

    /** The site's trend version: changes whenever any of its rollups change (the ETag's basis). */
    public long version(String siteKey) {
        return rollups.version(sites.require(siteKey).id);
    }

    public TrendApi.StanceTrend stance(String siteKey, String country, String bucket, Instant from, Instant to,
                                       String thread) {
        Site site = sites.require(siteKey);
        Long threadId = threadId(site, thread);
        String step = step(bucket, from, to);
        List<TrendApi.StancePoint> points = new ArrayList<>();
        for (Object[] r : queries.stance(site.id, country, threadId, step, from, to)) {
            long favor = ((Number) r[1]).longValue();
            long against = ((Number) r[2]).longValue();
            long neutral = ((Number) r[3]).longValue();
            long total = favor + against + neutral;
            double sum = ((Number) r[4]).doubleValue();
            points.add(new TrendApi.StancePoint(TrendQueries.bucket(r[0]), favor, against, neutral, total,
                    total == 0 ? null : Math.round(sum / total * 10000) / 10000.0));
        }
        return new TrendApi.StanceTrend(country, bucket, from, to, thread, points);
    }

    public TrendApi.HostilityTrend hostility(String siteKey, String bucket, Instant from, Instant to, String thread) {
        Site site = sites.require(siteKey);
        Long threadId = threadId(site, thread);
        String step = step(bucket, from, to);
        Map<Instant, Long> flames = new HashMap<>();
        for (Object[] r : queries.flamesStarted(site.id, threadId, step, from, to)) {
            flames.put(TrendQueries.bucket(r[0]), ((Number) r[1]).longValue());
        }
        List<TrendApi.HostilityPoint> points = new ArrayList<>();
        for (Object[] r : queries.hostility(site.id, threadId, step, from, to)) {
            Instant start = TrendQueries.bucket(r[0]);
            long comments = ((Number) r[1]).longValue();
            long insults = ((Number) r[2]).longValue();
            points.add(new TrendApi.HostilityPoint(start, comments, insults,
                    comments == 0 ? null : Math.round(10000.0 * insults / comments) / 10000.0,
                    flames.getOrDefault(start, 0L)));
        }
        return new TrendApi.HostilityTrend(bucket, from, to, thread, points);
    }

    /**
     * Threads whose mean stance toward the country moved most between the two halves of the range
     * (the earlier half against the later), largest absolute shift first.
     */
    public TrendApi.TopShifts topShifts(String siteKey, String country, Instant from, Instant to, int limit) {
        Site site = sites.require(siteKey);
        if (!to.isAfter(from)) {
            throw invalid("to", "must be after from");
        }
        Instant middle = from.plus(Duration.between(from, to).dividedBy(2));
        List<TrendApi.ThreadShift> shifts = new ArrayList<>();
        for (Object[] r : queries.shifts(site.id, country, from, middle, to)) {
            long before = ((Number) r[3]).longValue();
            long after = ((Number) r[5]).longValue();
            Double meanBefore = before == 0 ? null : ((Number) r[4]).doubleValue() / before;
            Double meanAfter = after == 0 ? null : ((Number) r[6]).doubleValue() / after;
            double shift = (meanAfter == null ? 0 : meanAfter) - (meanBefore == null ? 0 : meanBefore);
            shifts.add(new TrendApi.ThreadShift((String) r[1], (String) r[2], before, after, round(meanBefore),
                    round(meanAfter), Math.round(shift * 10000) / 10000.0));
        }
        shifts.sort(java.util.Comparator.comparingDouble((TrendApi.ThreadShift s) -> -Math.abs(s.shift()))
                .thenComparing(TrendApi.ThreadShift::thread));
        return new TrendApi.TopShifts(country, from, middle, to, shifts.subList(0, Math.min(limit, shifts.size())));
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 10000) / 10000.0;
    }

    private Long threadId(Site site, String thread) {
        if (thread == null) {
            return null;
        }
        return threads.findByExternalId(site.id, thread).map(t -> t.id).orElseThrow(
                () -> ProblemException.notFound("Site '" + site.key + "' has no thread '" + thread + "'"));
    }

    private static String step(String bucket, Instant from, Instant to) {
        Duration size = BUCKETS.get(bucket);
        if (!to.isAfter(from)) {
            throw invalid("to", "must be after from");
        }
        if (Duration.between(from, to).dividedBy(size) > MAX_POINTS) {
            throw invalid("bucket", "more than " + MAX_POINTS + " " + bucket + " buckets in the range; use a larger bucket");
        }
        return size.toHours() + " hours";
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message)));
    }
}
