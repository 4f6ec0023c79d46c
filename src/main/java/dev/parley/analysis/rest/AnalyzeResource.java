package dev.parley.analysis.rest;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.api.AnalyzeRequest;
import dev.parley.analysis.service.AnalysisService;
import dev.parley.ingest.service.IngestLimits;
import dev.parley.platform.problem.Problem;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analyze")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis", description = "Stateless analysis: nothing is stored")
public class AnalyzeResource {

    private final AnalysisService analysis;
    private final IngestLimits limits;

    AnalyzeResource(AnalysisService analysis, IngestLimits limits) {
        this.analysis = analysis;
        this.limits = limits;
    }

    @POST
    @Operation(summary = "Analyse one text",
            description = "Language, quoted stretches, country mentions with spans, insult probability with evidence "
                    + "spans and the versions of the models used. Non-English text is answered with supported=false "
                    + "and no scores: Parley does not guess on languages its models were not trained for.")
    public AnalysisResult analyze(@Valid @NotNull AnalyzeRequest request) {
        checkLength(request, "text");
        return analysis.analyze(request.text(), request.context());
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Analyse up to 1,000 texts", description = "Results in request order.")
    public AnalyzeRequest.BatchResult analyzeBatch(@Valid @NotNull AnalyzeRequest.Batch batch) {
        for (int i = 0; i < batch.items().size(); i++) {
            checkLength(batch.items().get(i), "items[" + i + "].text");
        }
        List<AnalysisResult> results = new ArrayList<>(batch.items().size());
        for (AnalyzeRequest item : batch.items()) {
            results.add(analysis.analyze(item.text(), item.context()));
        }
        return new AnalyzeRequest.BatchResult(results);
    }

    private void checkLength(AnalyzeRequest request, String field) {
        int length = request.text().codePointCount(0, request.text().length());
        if (length > limits.maxBodyChars()) {
            String message = "is " + length + " characters long; the limit is " + limits.maxBodyChars();
            throw new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
    }
}
