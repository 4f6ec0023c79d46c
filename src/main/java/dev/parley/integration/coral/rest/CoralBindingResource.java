package dev.parley.integration.coral.rest;

import dev.parley.integration.coral.api.CoralBindingRequest;
import dev.parley.integration.coral.api.CoralBindingView;
import dev.parley.integration.coral.service.CoralBindingService;
import dev.parley.site.SiteKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}/integrations/coral")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coral Talk", description = "Parley as Coral Talk's external moderation phase and webhook receiver")
public class CoralBindingResource {

    private final CoralBindingService service;

    CoralBindingResource(CoralBindingService service) {
        this.service = service;
    }

    @PUT
    @Operation(summary = "Bind the site to Coral Talk: the secret(s) Coral signs its requests with",
            description = "One secret, or two while rolling (either is accepted). Replaces what was set. "
                    + "201 when created, 200 when replaced; secrets come back masked.")
    public Response put(@PathParam("siteKey") @SiteKey String siteKey, @Valid @NotNull CoralBindingRequest request) {
        CoralBindingService.Saved saved = service.put(siteKey, request.signingSecrets());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(saved.view()).build();
    }

    @GET
    @Operation(summary = "The site's Coral binding, secrets masked (404 when not bound)")
    public CoralBindingView get(@PathParam("siteKey") @SiteKey String siteKey) {
        return service.get(siteKey);
    }
}
