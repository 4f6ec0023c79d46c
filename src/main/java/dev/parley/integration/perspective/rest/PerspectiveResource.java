package dev.parley.integration.perspective.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.integration.perspective.api.PerspectiveApi;
import dev.parley.integration.perspective.service.PerspectiveException;
import dev.parley.integration.perspective.service.PerspectiveService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A drop-in for Perspective API's endpoint: point a client's endpoint setting at
 * {@code http(s)://<parley>/v1alpha1} and give it a Parley API key.
 *
 * <p>Perspective's method names contain a colon ({@code comments:analyze}). Clients send it raw,
 * some HTTP libraries send it as {@code %3A}; matching the decoded segment as a path parameter
 * accepts both, where a literal path would match only one.
 */
@Path("/v1alpha1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Perspective-compatible API", description = "comments:analyze and comments:suggestscore in Perspective's format")
public class PerspectiveResource {

    private final PerspectiveService service;
    private final ObjectMapper json;

    PerspectiveResource(PerspectiveService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @POST
    @Path("/{method}")
    @Operation(summary = "Perspective comments:analyze and comments:suggestscore",
            description = "comments:analyze: TOXICITY and INSULT are Parley's insult probability; STANCE_RUSSIA/JAPAN/"
                    + "CHINA/US the signed stance score; other attributes and non-English text are answered 400 as "
                    + "Perspective does; nothing is stored. comments:suggestscore: the feedback is stored as a "
                    + "moderator label for retraining. The key goes in ?key= (or the X-Goog-Api-Key header).")
    public Object call(@PathParam("method") String method, @QueryParam("key") String key,
                       @HeaderParam("X-Goog-Api-Key") String headerKey, JsonNode body) {
        String apiKey = key != null ? key : headerKey;
        return switch (method) {
            case "comments:analyze" -> service.analyze(apiKey, read(body, PerspectiveApi.AnalyzeRequest.class));
            case "comments:suggestscore" -> service.suggest(apiKey, read(body, PerspectiveApi.SuggestRequest.class));
            default -> throw new PerspectiveException(404, "NOT_FOUND", "Method not found: " + method, List.of());
        };
    }

    private <T> T read(JsonNode body, Class<T> type) {
        if (body == null) {
            return null;
        }
        try {
            return json.treeToValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new PerspectiveException(400, "INVALID_ARGUMENT", "Invalid JSON payload: " + e.getMessage(), List.of());
        }
    }

    @ServerExceptionMapper
    public Response perspectiveError(PerspectiveException e) {
        return Response.status(e.code()).type(MediaType.APPLICATION_JSON)
                .entity(new PerspectiveApi.ErrorResponse(new PerspectiveApi.ErrorResponse.Error(e.code(), e.getMessage(),
                        e.status(), e.details())))
                .build();
    }
}
