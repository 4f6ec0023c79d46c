package dev.parley.moderation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.moderation.api.ModerationApi.BulkDecisionRequest;
import dev.parley.moderation.api.ModerationApi.BulkDecisionResult;
import dev.parley.moderation.api.ModerationApi.DecisionRequest;
import dev.parley.moderation.api.ModerationApi.DecisionResult;
import dev.parley.moderation.api.ModerationApi.History;
import dev.parley.moderation.api.ModerationApi.QueueCounts;
import dev.parley.moderation.api.ModerationApi.QueuePage;
import dev.parley.moderation.api.ModerationApi.ReportRequest;
import dev.parley.moderation.api.ModerationApi.State;
import dev.parley.moderation.api.Queue;
import dev.parley.moderation.service.ModerationLabels;
import dev.parley.moderation.service.ModerationQueryService;
import dev.parley.moderation.service.ModerationService;
import dev.parley.site.SiteKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation", description = "Reports, review queues, decisions and their audit trail")
public class ModerationResource {

    private final ModerationService moderation;
    private final ModerationQueryService queries;
    private final ModerationLabels labels;
    private final ObjectMapper json;

    ModerationResource(ModerationService moderation, ModerationQueryService queries, ModerationLabels labels,
                       ObjectMapper json) {
        this.moderation = moderation;
        this.queries = queries;
        this.labels = labels;
        this.json = json;
    }

    @POST
    @Path("/comments/{commentId}/reports")
    @Operation(summary = "A reader reports a comment (a REPORTED flag; idempotent per reader and reason)")
    public State report(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("commentId") String commentId,
                        @Valid @NotNull ReportRequest request) {
        return moderation.report(siteKey, commentId, request);
    }

    @POST
    @Path("/comments/{commentId}/decisions")
    @Operation(summary = "Approve, reject, escalate, or undo the last decision",
            description = "Send the moderationVersion you saw as expectedVersion. If someone decided first, the "
                    + "answer is 409 with the current state. Every decision is logged, append-only.")
    public DecisionResult decide(@PathParam("siteKey") @SiteKey String siteKey,
                                 @PathParam("commentId") String commentId, @Valid @NotNull DecisionRequest request) {
        return moderation.decide(siteKey, commentId, request);
    }

    @POST
    @Path("/decisions")
    @Operation(summary = "The same decision on up to 500 comments; each succeeds or conflicts on its own")
    public BulkDecisionResult decideAll(@PathParam("siteKey") @SiteKey String siteKey,
                                        @Valid @NotNull BulkDecisionRequest request) {
        return moderation.decideAll(siteKey, request);
    }

    @GET
    @Path("/comments/{commentId}/history")
    @Operation(summary = "A comment's moderation state, flags and decision log")
    public History history(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("commentId") String commentId) {
        return queries.history(siteKey, commentId);
    }

    @GET
    @Path("/queues")
    @Operation(summary = "How many comments each queue holds",
            description = "pending, flagged, reported and escalated are exact. approved and rejected are counted up "
                    + "to 10,000: a larger one is given as 10,000 and listed in atLeast (shown as \"10,000+\").")
    public QueueCounts counts(@PathParam("siteKey") @SiteKey String siteKey) {
        return queries.queueCounts(siteKey);
    }

    @GET
    @Path("/queues/{queue}")
    @Operation(summary = "A page of a queue, newest first",
            description = "Queues: pending, flagged, reported, escalated, approved, rejected. Filters: thread, "
                    + "reason (flag reason such as INSULT or ABUSE), country (mentioned by the author: russia, japan, "
                    + "china, us), since/until (comment creation time). Sort: age (newest first, default) or score "
                    + "(highest detected-flag score first).")
    public QueuePage queue(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("queue") QueueName queue,
                           @QueryParam("thread") String thread, @QueryParam("reason") String reason,
                           @QueryParam("country") @Pattern(regexp = "russia|japan|china|us") String country,
                           @QueryParam("since") Instant since, @QueryParam("until") Instant until,
                           @QueryParam("sort") @DefaultValue("age") @Pattern(regexp = "age|score") String sort,
                           @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.page(siteKey, queue.queue(), thread, reason, country, since, until, sort.equals("score"),
                cursor, limit);
    }

    @GET
    @Path("/authors/{authorId}/history")
    @Operation(summary = "An author's comments (newest first, at most 200) with their states, flags and decisions")
    public List<History> authorHistory(@PathParam("siteKey") @SiteKey String siteKey,
                                       @PathParam("authorId") String authorId) {
        return queries.authorHistory(siteKey, authorId);
    }

    @GET
    @Path("/labels")
    @Produces("application/x-ndjson")
    @Operation(summary = "Moderator decisions as training labels, one JSON object per line",
            description = "Same fields as Parley's annotated set (id, source, text, insult, identity_attack) plus "
                    + "decision, moderator and decided_at; only standing (not undone) decisions count.")
    public String labels(@PathParam("siteKey") @SiteKey String siteKey) throws JsonProcessingException {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> label : labels.export(siteKey)) {
            out.append(json.writeValueAsString(label)).append('\n');
        }
        return out.toString();
    }

    @GET
    @Path("/moderators")
    @Operation(summary = "Decisions per moderator and action")
    public Map<String, Map<String, Long>> moderators(@PathParam("siteKey") @SiteKey String siteKey) {
        return queries.moderatorCounts(siteKey);
    }

    /** A queue name in a path, case-insensitive. */
    public record QueueName(Queue queue) {
        public static QueueName fromString(String value) {
            return new QueueName(Queue.valueOf(value.toUpperCase(Locale.ROOT)));
        }
    }
}
