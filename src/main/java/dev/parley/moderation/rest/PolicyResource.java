package dev.parley.moderation.rest;

import dev.parley.moderation.api.ModerationPolicy;
import dev.parley.moderation.service.ModerationService;
import dev.parley.platform.validation.ExternalId;
import dev.parley.site.SiteKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}/policy")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class PolicyResource {

    private final ModerationService moderation;

    PolicyResource(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    @Operation(summary = "The site's moderation policy (defaults when none was set)")
    public ModerationPolicy get(@PathParam("siteKey") @SiteKey String siteKey) {
        return moderation.policy(siteKey);
    }

    @PUT
    @Operation(summary = "Replace the site's moderation policy; the change is logged with who made it")
    public ModerationPolicy put(@PathParam("siteKey") @SiteKey String siteKey,
                                @HeaderParam("X-Parley-Moderator") @NotNull @ExternalId String moderator,
                                @Valid @NotNull ModerationPolicy policy) {
        return moderation.updatePolicy(siteKey, policy, moderator);
    }
}
