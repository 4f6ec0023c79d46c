package dev.parley.thread.rest;

import dev.parley.site.SiteKey;
import dev.parley.thread.api.CommentDetail;
import dev.parley.thread.api.ThreadPage;
import dev.parley.thread.api.ThreadTree;
import dev.parley.thread.service.ThreadQueryService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Threads", description = "Reading threads and comments back")
public class ThreadResource {

    private final ThreadQueryService queries;

    ThreadResource(ThreadQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Path("/threads")
    @Operation(summary = "List a site's threads, newest first")
    public ThreadPage threads(@PathParam("siteKey") @SiteKey String siteKey,
                              @QueryParam("cursor") String cursor,
                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return queries.listThreads(siteKey, cursor, limit);
    }

    @GET
    @Path("/threads/{threadId}/tree")
    @Operation(summary = "Read a thread as a tree",
            description = "Pages over the top level (oldest first); each top-level comment comes with all its "
                    + "replies. Replies whose parent has not arrived are shown at the top level with awaitingParent.")
    public ThreadTree tree(@PathParam("siteKey") @SiteKey String siteKey,
                           @PathParam("threadId") String threadId,
                           @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return queries.tree(siteKey, threadId, cursor, limit);
    }

    @GET
    @Path("/comments/{commentId}")
    @Operation(summary = "Read one comment with the bodies its edits replaced")
    public CommentDetail comment(@PathParam("siteKey") @SiteKey String siteKey,
                                 @PathParam("commentId") String commentId) {
        return queries.comment(siteKey, commentId);
    }
}
