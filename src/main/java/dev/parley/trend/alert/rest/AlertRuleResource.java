package dev.parley.trend.alert.rest;

import dev.parley.site.SiteKey;
import dev.parley.trend.alert.api.AlertApi;
import dev.parley.trend.alert.service.AlertRuleService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}/alert-rules")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Trend alert rules and the alerts they raise (see docs/alerts.md)")
public class AlertRuleResource {

    private final AlertRuleService rules;

    AlertRuleResource(AlertRuleService rules) {
        this.rules = rules;
    }

    @POST
    @Operation(summary = "Create an alert rule",
            description = "AGAINST_SHARE_RISE (country, points, minMentions) or FLAME_BURST (exchanges), over a "
                    + "window of whole hours. Rules are evaluated after each ingest commit of the site.")
    public Response create(@PathParam("siteKey") @SiteKey String siteKey,
                           @Valid @NotNull AlertApi.RuleRequest request) {
        return Response.status(Response.Status.CREATED).entity(rules.create(siteKey, request)).build();
    }

    @GET
    @Operation(summary = "The site's alert rules, oldest first")
    public List<AlertApi.RuleView> list(@PathParam("siteKey") @SiteKey String siteKey) {
        return rules.list(siteKey);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One alert rule")
    public AlertApi.RuleView get(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("id") long id) {
        return rules.get(siteKey, id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an alert rule's settings (enabled=false disables it)",
            description = "Fields left out take their defaults, as on create.")
    public AlertApi.RuleView update(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("id") long id,
                                    @Valid @NotNull AlertApi.RuleRequest request) {
        return rules.update(siteKey, id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an alert rule; the alerts it raised are kept")
    public Response delete(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("id") long id) {
        rules.delete(siteKey, id);
        return Response.noContent().build();
    }
}
