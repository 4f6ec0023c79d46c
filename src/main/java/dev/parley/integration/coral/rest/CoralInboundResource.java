package dev.parley.integration.coral.rest;

import dev.parley.integration.coral.api.CoralModerationRequest;
import dev.parley.integration.coral.api.CoralWebhook;
import dev.parley.integration.coral.api.WebhookReceipt;
import dev.parley.integration.coral.service.CoralBindingService;
import dev.parley.integration.coral.service.CoralModerationService;
import dev.parley.integration.coral.service.CoralPayloads;
import dev.parley.integration.coral.service.CoralSignatureRejected;
import dev.parley.integration.coral.service.CoralWebhookService;
import dev.parley.platform.problem.Problem;
import dev.parley.site.SiteKey;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What Coral Talk calls. Bodies are taken as raw bytes because the signature covers exactly those
 * bytes; they are parsed only after the signature checks out, so nothing unsigned is ever read.
 */
@Path("/integrations/coral/{siteKey}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coral Talk")
public class CoralInboundResource {

    static final String SIGNATURE_HEADER = "X-Coral-Signature";

    private final CoralBindingService bindings;
    private final CoralPayloads payloads;
    private final CoralModerationService moderation;
    private final CoralWebhookService webhooks;

    CoralInboundResource(CoralBindingService bindings, CoralPayloads payloads, CoralModerationService moderation,
                         CoralWebhookService webhooks) {
        this.bindings = bindings;
        this.payloads = payloads;
        this.moderation = moderation;
        this.webhooks = webhooks;
    }

    @POST
    @Path("/moderation")
    @Operation(summary = "Coral's external moderation phase",
            description = "Stores the comment under a pending key and answers from its insult score per the site's "
                    + "policy: 200 FLAG (with status SYSTEM_WITHHELD under a WITHHOLD rule), or 204 for no decision.")
    @APIResponse(responseCode = "200", description = "Flag (and withhold) the comment")
    @APIResponse(responseCode = "204", description = "No decision")
    @APIResponse(responseCode = "401", description = "Missing or invalid X-Coral-Signature")
    public Response moderate(@PathParam("siteKey") @SiteKey String siteKey,
                             @HeaderParam(SIGNATURE_HEADER) String signature, byte[] body) {
        bindings.verify(siteKey, signature, body);
        CoralModerationRequest request = payloads.read(body, CoralModerationRequest.class);
        return moderation.moderate(siteKey, request)
                .map(answer -> Response.ok(answer))
                .orElseGet(Response::noContent)
                .build();
    }

    @POST
    @Path("/webhooks")
    @Operation(summary = "Coral's webhooks",
            description = "COMMENT_CREATED / COMMENT_REPLY_CREATED give the pending comment its Coral id; STORY_CREATED "
                    + "creates the thread; other types are ignored (202). A webhook id is processed once.")
    @APIResponse(responseCode = "200", description = "Processed")
    @APIResponse(responseCode = "202", description = "Nothing to do: ignored type, no match, or already processed")
    @APIResponse(responseCode = "401", description = "Missing or invalid X-Coral-Signature")
    public Response webhook(@PathParam("siteKey") @SiteKey String siteKey,
                            @HeaderParam(SIGNATURE_HEADER) String signature, byte[] body) {
        bindings.verify(siteKey, signature, body);
        WebhookReceipt receipt = webhooks.handle(siteKey, payloads.read(body, CoralWebhook.class));
        return Response.status(receipt.outcome().status()).entity(receipt).build();
    }

    /** 401 must name how to authenticate (RFC 9110 §15.5.2), which the shared problem mapper cannot add. */
    @ServerExceptionMapper
    public Response signatureRejected(CoralSignatureRejected e, UriInfo uri) {
        Problem problem = Problem.of(e.type(), e.getMessage(), uri.getRequestUri().getRawPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Coral-Signature realm=\"parley\", header=\"" + SIGNATURE_HEADER + "\"")
                .entity(problem).build();
    }
}
