package dev.parley.analysis.insult;

import dev.parley.analysis.feature.Evidence;
import dev.parley.analysis.feature.EvidenceSpan;
import dev.parley.analysis.feature.FeatureVector;
import dev.parley.analysis.feature.Lexicons;
import dev.parley.analysis.model.LinearModel;
import dev.parley.analysis.model.ModelLoader;
import dev.parley.analysis.text.AnalyzedText;
import java.util.List;

/** Scores the insult probability of a comment with the trained model, and says why. Thread-safe. */
public final class InsultClassifier {

    public static final String RESOURCE = "models/insult.parley";

    private final LinearModel model;
    private final InsultFeatures features;

    public InsultClassifier(LinearModel model) {
        this.model = ModelLoader.check(model, "insult model", InsultFeatures.SPEC);
        this.features = new InsultFeatures(Lexicons.get());
    }

    /** The shipped model; throws {@link dev.parley.analysis.model.ModelMismatchException} on a recipe mismatch. */
    public static InsultClassifier shipped() {
        return new InsultClassifier(ModelLoader.load(RESOURCE, InsultFeatures.SPEC));
    }

    public record Score(double probability, List<EvidenceSpan> evidence) {
    }

    public Score score(AnalyzedText text) {
        FeatureVector x = features.extract(text);
        double p = model.probability(x);
        List<EvidenceSpan> evidence = Evidence.spans(text.text(), InsultFeatures.featureTokens(text), x,
                model.contributions(x, 0));
        return new Score(p, evidence);
    }

    public String version() {
        return model.metadata().id();
    }

    public LinearModel model() {
        return model;
    }
}
