package dev.parley.integration.webhook.rest;

import dev.parley.integration.webhook.api.WebhookApi;
import dev.parley.integration.webhook.service.WebhookService;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}/webhooks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed events out to forum software, from a transactional outbox")
public class WebhookResource {

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Subscribe a URL to events of the site",
            description = "Each event is POSTed with X-Parley-Event, X-Parley-Delivery (idempotency key, the same on "
                    + "every retry) and X-Parley-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>.")
    public Response subscribe(@PathParam("siteKey") @SiteKey String siteKey,
                              @Valid @NotNull WebhookApi.SubscriptionRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.subscribe(siteKey, request)).build();
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "The delivery log, newest first; status=DEAD lists the dead letters")
    public List<WebhookApi.DeliveryView> deliveries(@PathParam("siteKey") @SiteKey String siteKey,
                                                    @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|DEAD") String status,
                                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return service.deliveries(siteKey, status, limit);
    }

    @POST
    @Path("/deliveries/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a delivery again (same idempotency key), e.g. a dead letter after the receiver is fixed")
    public Response replay(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("id") long id) {
        service.replay(siteKey, id);
        return Response.accepted().build();
    }
}
