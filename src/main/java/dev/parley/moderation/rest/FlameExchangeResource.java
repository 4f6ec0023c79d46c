package dev.parley.moderation.rest;

import dev.parley.moderation.api.FlameExchangeView;
import dev.parley.moderation.api.ModerationApi;
import dev.parley.moderation.service.FlameExchangeService;
import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import dev.parley.platform.validation.CleanText;
import dev.parley.platform.validation.ExternalId;
import dev.parley.site.SiteKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sites/{siteKey}/flame-exchanges")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class FlameExchangeResource {

    private final FlameExchangeService service;

    FlameExchangeResource(FlameExchangeService service) {
        this.service = service;
    }

    @Schema(name = "FlameExchangeDecision")
    public record Decision(@NotNull ModerationApi.DecisionAction action, @NotNull @ExternalId String moderator,
                           ModerationApi.RejectReason reason, @Size(max = 2000) @CleanText String note) {
    }

    @GET
    @Operation(summary = "Flame exchanges of a site, newest first (the flame-exchange queue: status=OPEN)")
    public FlameExchangeView.Page list(@PathParam("siteKey") @SiteKey String siteKey,
                                       @QueryParam("status") @Pattern(regexp = "OPEN|REVIEWED") String status,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.list(siteKey, status, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One flame exchange with its turns in order")
    public FlameExchangeView get(@PathParam("siteKey") @SiteKey String siteKey, @PathParam("id") long id) {
        return service.get(siteKey, id);
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(summary = "Decide every turn of the exchange at once (APPROVE or REJECT), then mark it reviewed")
    public ModerationApi.BulkDecisionResult decide(@PathParam("siteKey") @SiteKey String siteKey,
                                                   @PathParam("id") long id, @Valid @NotNull Decision decision) {
        if (decision.action() == ModerationApi.DecisionAction.UNDO
                || decision.action() == ModerationApi.DecisionAction.ESCALATE) {
            throw new ProblemException(ProblemType.VALIDATION, "action: APPROVE or REJECT for a whole exchange",
                    List.of(new FieldError("action", "APPROVE or REJECT for a whole exchange")));
        }
        return service.decide(siteKey, id, decision.action(), decision.moderator(), decision.reason(), decision.note());
    }
}
