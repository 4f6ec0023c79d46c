package dev.parley.trend.rest;

import dev.parley.site.SiteKey;
import dev.parley.trend.service.TrendService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trends for dashboards that poll. Freshness: rollups are updated in the same transaction that
 * stores a comment's analysis, so an answer includes every comment committed before it. Each
 * answer carries an ETag built from the site's trend version and the query; sending it back as
 * If-None-Match gets 304 Not Modified without running the query while nothing changed.
 */
@Path("/api/v1/sites/{siteKey}/trends")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trends", description = "Stance and hostility over time, for polling dashboards (ETag / If-None-Match)")
public class TrendResource {

    private final TrendService trends;

    TrendResource(TrendService trends) {
        this.trends = trends;
    }

    @GET
    @Path("/stance")
    @Operation(summary = "Stance toward a country over time",
            description = "Counts of favor / against / neutral and the mean signed score per bucket (hour, day, week; "
                    + "by the time comments were written), for the whole site or one thread. Default range: the 30 days "
                    + "up to now. Fresh as of the last committed comment; poll with If-None-Match.")
    public Response stance(@PathParam("siteKey") @SiteKey String siteKey, Request request,
                           @QueryParam("country") @NotNull @Pattern(regexp = "russia|japan|china|us") String country,
                           @QueryParam("bucket") @DefaultValue("day") @Pattern(regexp = "hour|day|week") String bucket,
                           @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                           @QueryParam("thread") String thread) {
        Instant end = to != null ? to : Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start = from != null ? from : end.minus(Duration.ofDays(30));
        return cached(siteKey, request, "stance|" + country + "|" + bucket + "|" + start + "|" + end + "|" + thread,
                () -> trends.stance(siteKey, country, bucket, start, end, thread));
    }

    @GET
    @Path("/hostility")
    @Operation(summary = "Hostility over time: comments, insults (p ≥ 0.5), insult rate, flame exchanges started",
            description = "Same buckets, range, thread filter, freshness and ETag as the stance trend.")
    public Response hostility(@PathParam("siteKey") @SiteKey String siteKey, Request request,
                              @QueryParam("bucket") @DefaultValue("day") @Pattern(regexp = "hour|day|week") String bucket,
                              @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                              @QueryParam("thread") String thread) {
        Instant end = to != null ? to : Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start = from != null ? from : end.minus(Duration.ofDays(30));
        return cached(siteKey, request, "hostility|" + bucket + "|" + start + "|" + end + "|" + thread,
                () -> trends.hostility(siteKey, bucket, start, end, thread));
    }

    @GET
    @Path("/top-threads")
    @Operation(summary = "Threads whose stance toward a country shifted most",
            description = "Compares each thread's mean signed stance score in the first and the second half of the "
                    + "range (default: the last 14 days, i.e. the week before against the last week).")
    public Response topThreads(@PathParam("siteKey") @SiteKey String siteKey, Request request,
                               @QueryParam("country") @NotNull @Pattern(regexp = "russia|japan|china|us") String country,
                               @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                               @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        Instant end = to != null ? to : Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start = from != null ? from : end.minus(Duration.ofDays(14));
        return cached(siteKey, request, "top|" + country + "|" + start + "|" + end + "|" + limit,
                () -> trends.topShifts(siteKey, country, start, end, limit));
    }

    private Response cached(String siteKey, Request request, String query, Supplier<Object> answer) {
        EntityTag tag = new EntityTag(trends.version(siteKey) + "-" + Integer.toHexString(Objects.hash(query)));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(answer.get()).tag(tag).build();
    }
}
