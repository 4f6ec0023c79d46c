package dev.parley.analysis.stance;

import dev.parley.analysis.feature.Evidence;
import dev.parley.analysis.feature.EvidenceSpan;
import dev.parley.analysis.feature.FeatureVector;
import dev.parley.analysis.encoder.SentenceEncoder;
import dev.parley.analysis.feature.Lexicons;
import dev.parley.analysis.model.LinearModel;
import dev.parley.analysis.model.ModelLoader;
import dev.parley.analysis.country.Country;
import dev.parley.analysis.country.TargetMention;
import dev.parley.analysis.text.AnalyzedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The author's stance toward each of the four countries. A country the author does not mention
 * in their own words is {@code none} by construction, never guessed; for a mentioned one the
 * trained model chooses favor, against or neutral. Thread-safe.
 */
public final class StanceClassifier {

    public static final String RESOURCE = "models/stance.parley";
    /** Class rows of the model, in order. */
    public static final List<String> CLASSES = List.of("favor", "against", "neutral");

    private final LinearModel model;
    private final StanceFeatures features;

    public StanceClassifier(LinearModel model) {
        this.model = ModelLoader.check(model, "stance model", StanceFeatures.SPEC);
        if (!model.metadata().classes().equals(CLASSES)) {
            throw new IllegalArgumentException("Stance model classes " + model.metadata().classes() + " != " + CLASSES);
        }
        if (model.dimension() != StanceFeatures.DIMENSION) {
            throw new IllegalArgumentException("Stance model has " + model.dimension() + " weights per class, the features "
                    + StanceFeatures.DIMENSION);
        }
        this.features = new StanceFeatures(Lexicons.get(), SentenceEncoder.get());
    }

    public static StanceClassifier shipped() {
        return new StanceClassifier(ModelLoader.load(RESOURCE, StanceFeatures.SPEC));
    }

    public String version() {
        return model.metadata().id();
    }

    /** Stance toward one target. */
    public record Stance(String label, Map<String, Double> probabilities, double score, List<EvidenceSpan> mentions,
                         List<EvidenceSpan> evidence) {

        static Stance none() {
            return new Stance("none", Map.of(), 0, List.of(), List.of());
        }
    }

    /** Stance toward every country, given the mentions found in the text. */
    public Map<Country, Stance> classify(AnalyzedText text, List<TargetMention> mentions) {
        Map<Country, Stance> out = new EnumMap<>(Country.class);
        for (Country country : Country.values()) {
            List<int[]> own = new ArrayList<>();
            List<int[]> others = new ArrayList<>();
            List<EvidenceSpan> mentionSpans = new ArrayList<>();
            for (TargetMention m : mentions) {
                if (text.isQuoted(m.start())) {
                    continue;
                }
                if (m.country() == country) {
                    own.add(new int[] {m.start(), m.end()});
                    mentionSpans.add(new EvidenceSpan(m.start(), m.end(), m.surface(), 0));
                } else {
                    others.add(new int[] {m.start(), m.end()});
                }
            }
            out.put(country, own.isEmpty() ? Stance.none() : classify(text, country.code(), own, others, mentionSpans));
        }
        return out;
    }

    /** The model's answer for one mentioned target (also used by the trainer's evaluation). */
    public Stance classify(AnalyzedText text, String target, List<int[]> own, List<int[]> others,
                           List<EvidenceSpan> mentionSpans) {
        FeatureVector x = features.extract(text, target, own, others);
        double[] p = model.probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            probabilities.put(CLASSES.get(k), round(p[k]));
        }
        List<EvidenceSpan> evidence = best == 2 ? List.of()
                : Evidence.spans(text.text(), text.authorTokens(), x, contributionsFor(x, best));
        return new Stance(CLASSES.get(best), probabilities, round(p[0] - p[1]), mentionSpans, evidence);
    }

    /** What pushed the chosen class up relative to the average of the others. */
    private double[] contributionsFor(FeatureVector x, int row) {
        double[] chosen = model.contributions(x, row);
        double[] out = new double[chosen.length];
        int others = model.weights().length - 1;
        for (int r = 0; r < model.weights().length; r++) {
            if (r == row) {
                continue;
            }
            double[] c = model.contributions(x, r);
            for (int i = 0; i < out.length; i++) {
                out[i] -= c[i] / others;
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] += chosen[i];
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
