package dev.parley.ingest.rest;

import dev.parley.ingest.api.BatchResult;
import dev.parley.ingest.api.BatchSubmission;
import dev.parley.ingest.api.CommentSubmission;
import dev.parley.ingest.api.IngestOutcome;
import dev.parley.ingest.api.IngestResult;
import dev.parley.ingest.service.IngestService;
import dev.parley.platform.problem.Problem;
import dev.parley.site.SiteKey;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}/comments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ingestion", description = "Comments in from forum and news software")
public class IngestResource {

    private final IngestService service;

    IngestResource(IngestService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create or update one comment",
            description = "Idempotent by (site, externalId): the same content again changes nothing (200, UNCHANGED); "
                    + "a changed body or display name is an edit (200, EDITED, new revision); a new comment is 201. "
                    + "A reply may arrive before its parent; it is linked when the parent arrives.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Edited or unchanged")
    @APIResponse(responseCode = "400", description = "Invalid comment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown site",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The comment exists in another thread or under another parent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(@PathParam("siteKey") @SiteKey String siteKey,
                           @NotNull CommentSubmission submission) {
        IngestResult result = service.ingest(siteKey, submission);
        return Response.status(result.outcome() == IngestOutcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .entity(result)
                .build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Create or update up to 1,000 comments in one transaction",
            description = "Every item is checked first; if any is invalid nothing is stored and the problem lists "
                    + "each invalid field as comments[i].field. Items may reply to each other in any order.")
    @APIResponse(responseCode = "200", description = "Stored; per-item outcomes in request order")
    @APIResponse(responseCode = "400", description = "Invalid batch; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult ingestBatch(@PathParam("siteKey") @SiteKey String siteKey,
                                   @NotNull BatchSubmission batch) {
        return service.ingest(siteKey, batch);
    }
}
