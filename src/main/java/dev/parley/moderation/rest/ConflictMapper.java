package dev.parley.moderation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.moderation.api.ModerationApi;
import dev.parley.moderation.service.DecisionService;
import dev.parley.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A lost race between two moderators: 409 problem+json carrying the comment's current state. */
public class ConflictMapper {

    /** RFC 9457 allows extension members; {@code current} is the state the winner left. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConflictProblem(String type, String title, int status, String detail, String instance,
                                  ModerationApi.State current) {
    }

    @ServerExceptionMapper
    public Response conflict(DecisionService.Conflict e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new ConflictProblem("urn:parley:problem:decision-conflict", "Decision conflict", 409,
                        e.getMessage(), uri.getRequestUri().getRawPath(), e.current()))
                .build();
    }
}
