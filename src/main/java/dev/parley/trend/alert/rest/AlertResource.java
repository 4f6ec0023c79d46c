package dev.parley.trend.alert.rest;

import dev.parley.platform.validation.ExternalId;
import dev.parley.site.SiteKey;
import dev.parley.trend.alert.api.AlertApi;
import dev.parley.trend.alert.service.AlertService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {

    private final AlertService alerts;

    AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @Operation(summary = "Alerts of the site, newest first; state=OPEN lists the ones nobody has acknowledged")
    public List<AlertApi.AlertView> list(@PathParam("siteKey") @SiteKey String siteKey,
                                         @QueryParam("state") @Pattern(regexp = "OPEN|ACKNOWLEDGED") String state,
                                         @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return alerts.list(siteKey, state == null ? null : AlertApi.State.valueOf(state), limit);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Acknowledge an alert (who: the X-Parley-Moderator header); repeating it changes nothing")
    public AlertApi.AlertView acknowledge(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("id") long id,
                                          @HeaderParam("X-Parley-Moderator") @NotNull @ExternalId String moderator) {
        return alerts.acknowledge(siteKey, id, moderator);
    }
}
