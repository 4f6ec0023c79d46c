package dev.parley.web.moderation;

import dev.parley.moderation.api.ModerationApi.BulkDecisionRequest;
import dev.parley.moderation.api.ModerationApi.BulkDecisionResult;
import dev.parley.moderation.api.ModerationApi.DecisionAction;
import dev.parley.moderation.api.ModerationApi.DecisionRequest;
import dev.parley.moderation.api.ModerationApi.QueueCounts;
import dev.parley.moderation.api.ModerationApi.QueuePage;
import dev.parley.moderation.api.ModerationApi.RejectReason;
import dev.parley.moderation.api.Queue;
import dev.parley.moderation.service.DecisionService;
import dev.parley.moderation.service.FlameExchangeService;
import dev.parley.moderation.service.ModerationQueryService;
import dev.parley.moderation.service.ModerationService;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.SiteKey;
import dev.parley.site.repository.SiteRepository;
import jakarta.transaction.Transactional;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The moderator page: the review queues of a site, each item in its thread context, decisions.
 * Server-rendered with Qute (every expression HTML-escaped); htmx swaps the fragments this class
 * answers. It calls the same services as the moderation API, so the page and the API can never
 * disagree about queues or decisions.
 */
@Path("/moderate/{siteKey}")
@Produces(MediaType.TEXT_HTML)
public class ModeratorPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String site, QueueFilter filter, List<String> rejectReasons);

        static native TemplateInstance list(String site, QueueFilter filter, QueuePage page);

        static native TemplateInstance counts(String site, QueueFilter filter, QueueCounts counts);

        static native TemplateInstance item(String site, ReviewItem item, Notice notice, List<String> rejectReasons);
    }

    /** A line shown above an item after an action: what happened, or why it did not. */
    public record Notice(String kind, String text) {
    }

    private final ModerationQueryService queries;
    private final ModerationService moderation;
    private final FlameExchangeService exchanges;
    private final ReviewContextService context;
    private final DecisionForms forms;
    private final SiteRepository sites;

    ModeratorPage(ModerationQueryService queries, ModerationService moderation, FlameExchangeService exchanges,
                  ReviewContextService context, DecisionForms forms, SiteRepository sites) {
        this.sites = sites;
        this.queries = queries;
        this.moderation = moderation;
        this.exchanges = exchanges;
        this.context = context;
        this.forms = forms;
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("siteKey") @SiteKey String site, @QueryParam("queue") String queue,
                                 @QueryParam("sort") String sort, @QueryParam("thread") String thread,
                                 @QueryParam("reason") String reason, @QueryParam("country") String country) {
        sites.require(site);
        QueueFilter filter = QueueFilter.of(queue, sort, thread, reason, country);
        return Templates.page(site, filter, rejectReasons());
    }

    @GET
    @Path("/list")
    public TemplateInstance list(@PathParam("siteKey") @SiteKey String site, @QueryParam("queue") String queue,
                                 @QueryParam("sort") String sort, @QueryParam("thread") String thread,
                                 @QueryParam("reason") String reason, @QueryParam("country") String country,
                                 @QueryParam("cursor") String cursor) {
        QueueFilter filter = QueueFilter.of(queue, sort, thread, reason, country);
        QueuePage page = queries.page(site, filter.queueEnum(), filter.thread(), filter.reason(), filter.country(),
                null, null, filter.byScore(), cursor, PAGE_SIZE);
        return Templates.list(site, filter, page);
    }

    @GET
    @Path("/counts")
    public TemplateInstance counts(@PathParam("siteKey") @SiteKey String site, @QueryParam("queue") String queue,
                                   @QueryParam("sort") String sort, @QueryParam("thread") String thread,
                                   @QueryParam("reason") String reason, @QueryParam("country") String country) {
        return Templates.counts(site, QueueFilter.of(queue, sort, thread, reason, country), queries.queueCounts(site));
    }

    @GET
    @Path("/items/{commentId}")
    public TemplateInstance item(@PathParam("siteKey") @SiteKey String site, @PathParam("commentId") String commentId) {
        return Templates.item(site, context.item(site, commentId), null, rejectReasons());
    }

    @POST
    @Path("/items/{commentId}/decision")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("siteKey") @SiteKey String site, @PathParam("commentId") String commentId,
                           @FormParam("action") String action, @FormParam("moderator") String moderator,
                           @FormParam("expectedVersion") String version, @FormParam("reason") String reason,
                           @FormParam("note") String note) {
        Notice notice;
        try {
            DecisionRequest request = forms.decision(action, moderator, version, reason, note);
            moderation.decide(site, commentId, request);
            notice = new Notice("ok", DecisionForms.pastTense(request.action()) + " by " + request.moderator() + ".");
        } catch (DecisionService.Conflict e) {
            notice = new Notice("conflict", "Someone else decided this comment first; it is now "
                    + e.current().status() + ". Look again before deciding.");
        } catch (ProblemException e) {
            notice = new Notice("error", e.getMessage());
        }
        return decided(Templates.item(site, context.item(site, commentId), notice, rejectReasons()));
    }

    @POST
    @Path("/exchanges/{exchangeId}/decision")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideExchange(@PathParam("siteKey") @SiteKey String site,
                                   @PathParam("exchangeId") long exchangeId, @FormParam("commentId") String commentId,
                                   @FormParam("action") String action, @FormParam("moderator") String moderator,
                                   @FormParam("reason") String reason, @FormParam("note") String note) {
        Notice notice;
        try {
            DecisionRequest r = forms.decision(action, moderator, "0", reason, note);
            BulkDecisionResult result = exchanges.decide(site, exchangeId, r.action(), r.moderator(), r.reason(),
                    r.note());
            notice = new Notice(result.conflicts() == 0 ? "ok" : "conflict", "Whole exchange: "
                    + result.decided() + " turns " + DecisionForms.pastTense(r.action()).toLowerCase()
                    + (result.conflicts() == 0 ? "" : ", " + result.conflicts() + " decided by someone else first")
                    + ".");
        } catch (ProblemException e) {
            notice = new Notice("error", e.getMessage());
        }
        return decided(Templates.item(site, context.item(site, commentId), notice, rejectReasons()));
    }

    @POST
    @Path("/bulk")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response bulk(@PathParam("siteKey") @SiteKey String site, @FormParam("action") String action,
                         @FormParam("moderator") String moderator, @FormParam("reason") String reason,
                         @FormParam("selected") List<String> selected) {
        String message;
        try {
            DecisionRequest r = forms.decision(action, moderator, "0", reason, null);
            List<BulkDecisionRequest.Target> targets = forms.targets(selected);
            BulkDecisionResult result = moderation.decideAll(site,
                    new BulkDecisionRequest(r.action(), r.moderator(), r.reason(), null, targets));
            message = DecisionForms.pastTense(r.action()) + " " + result.decided() + " of " + targets.size()
                    + (result.conflicts() == 0 ? "." : "; " + result.conflicts() + " were decided by someone else first.");
        } catch (ProblemException e) {
            message = e.getMessage();
        }
        // Unlike a single decision (the moderator keeps their place), a bulk one reloads the list.
        return Response.ok(message).header("HX-Trigger", "parley-decided, parley-bulk").build();
    }

    /** Tells the page (htmx) that queues changed, so counts and the list refresh. */
    private static Response decided(TemplateInstance body) {
        return Response.ok(body).header("HX-Trigger", "parley-decided").build();
    }

    private static List<String> rejectReasons() {
        List<String> out = new ArrayList<>();
        for (RejectReason r : RejectReason.values()) {
            out.add(r.name());
        }
        return out;
    }

    /** The queue and filters a moderator has chosen; unknown values fall back to defaults. */
    public record QueueFilter(String queue, String sort, String thread, String reason, String country) {

        static QueueFilter of(String queue, String sort, String thread, String reason, String country) {
            String q = queue == null ? "flagged" : queue.toLowerCase(java.util.Locale.ROOT);
            boolean known = java.util.Arrays.stream(Queue.values()).anyMatch(v -> v.name().equalsIgnoreCase(q));
            return new QueueFilter(known ? q : "flagged", "score".equals(sort) ? "score" : "age", blank(thread),
                    blank(reason), country != null && country.matches("russia|japan|china|us") ? country : null);
        }

        Queue queueEnum() {
            return Queue.valueOf(queue.toUpperCase(java.util.Locale.ROOT));
        }

        boolean byScore() {
            return sort.equals("score");
        }

        /** The filter as a query string (values URL-encoded), for links and htmx requests. */
        public String query() {
            StringBuilder q = new StringBuilder("queue=" + queue + "&sort=" + sort);
            append(q, "thread", thread);
            append(q, "reason", reason);
            append(q, "country", country);
            return q.toString();
        }

        public String withQueue(String other) {
            return new QueueFilter(other, sort, thread, reason, country).query();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null) {
                q.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
