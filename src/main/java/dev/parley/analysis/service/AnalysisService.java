package dev.parley.analysis.service;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.insult.InsultClassifier;
import dev.parley.analysis.stance.StanceClassifier;
import dev.parley.analysis.country.TargetDetector;
import dev.parley.analysis.text.TextPipeline;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads the analysis models once at start-up and serves analyses. A model that cannot be loaded
 * (missing, or trained with another feature recipe) does not stop the service: readiness reports
 * it and analysis requests get 503 until a matching model is deployed.
 */
@ApplicationScoped
@Startup
public class AnalysisService {

    private static final Logger LOG = Logger.getLogger(AnalysisService.class);

    private final Analyzer analyzer;
    private final String loadError;

    AnalysisService() {
        Analyzer loaded = null;
        String error = null;
        try {
            loaded = new Analyzer(new TextPipeline(), new TargetDetector(), InsultClassifier.shipped(),
                    StanceClassifier.shipped());
            LOG.infof("Analysis models loaded: %s", loaded.versions());
        } catch (RuntimeException e) {
            error = e.getMessage();
            LOG.error("Analysis models not loaded: " + error, e);
        }
        this.analyzer = loaded;
        this.loadError = error;
    }

    public Optional<String> loadError() {
        return Optional.ofNullable(loadError);
    }

    public Optional<Analyzer> analyzer() {
        return Optional.ofNullable(analyzer);
    }

    public AnalysisResult analyze(String text, List<String> earlierComments) {
        return require().analyze(text, earlierComments == null ? List.of() : earlierComments);
    }

    public String version() {
        return require().version();
    }

    private Analyzer require() {
        if (analyzer == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Analysis models are not loaded: " + loadError);
        }
        return analyzer;
    }
}
