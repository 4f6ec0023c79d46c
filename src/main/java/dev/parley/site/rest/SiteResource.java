package dev.parley.site.rest;

import dev.parley.platform.validation.CleanText;
import dev.parley.site.Site;
import dev.parley.site.SiteKey;
import dev.parley.site.service.ApiKeyService;
import dev.parley.site.service.SiteService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "Tenants: the forum or news sites that send comments")
public class SiteResource {

    private final SiteService service;
    private final ApiKeyService apiKeys;

    SiteResource(SiteService service, ApiKeyService apiKeys) {
        this.service = service;
        this.apiKeys = apiKeys;
    }

    @Schema(name = "SiteRequest")
    public record SiteRequest(
            @Schema(examples = "Asia Times") @NotNull @NotBlank @Size(max = 200) @CleanText String name) {
    }

    @Schema(name = "Site")
    public record SiteView(String key, String name, Instant createdAt, Instant updatedAt) {
        static SiteView of(Site site) {
            return new SiteView(site.key, site.name, site.createdAt, site.updatedAt);
        }
    }

    @PUT
    @Path("/{siteKey}")
    @Operation(summary = "Register a site, or rename it", description = "201 when created, 200 when it existed.")
    public Response register(@PathParam("siteKey") @SiteKey String siteKey, @Valid @NotNull SiteRequest request) {
        SiteService.Registration registration = service.register(siteKey, request.name());
        return Response.status(registration.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(SiteView.of(registration.site()))
                .build();
    }

    @GET
    @Operation(summary = "List the registered sites")
    public List<SiteView> list() {
        return service.list().stream().map(SiteView::of).toList();
    }

    @Schema(name = "ApiKeyRequest")
    public record ApiKeyRequest(@Schema(examples = "coral-production") @NotNull @NotBlank @Size(max = 200) @CleanText
                                String label) {
    }

    @Schema(name = "ApiKey")
    public record ApiKeyView(@Schema(description = "Shown only now; Parley keeps a hash") String key, String label) {
    }

    @POST
    @Path("/{siteKey}/api-keys")
    @Operation(summary = "Create an API key for the site (for ?key= of the Perspective-compatible API)")
    public Response createApiKey(@PathParam("siteKey") @SiteKey String siteKey, @Valid @NotNull ApiKeyRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(new ApiKeyView(apiKeys.create(siteKey, request.label()), request.label())).build();
    }

    @GET
    @Path("/{siteKey}")
    @Operation(summary = "Read one site")
    public SiteView get(@PathParam("siteKey") @SiteKey String siteKey) {
        return SiteView.of(service.get(siteKey));
    }
}
