package dev.parley.analysis.training;

import dev.parley.analysis.country.Country;
import dev.parley.analysis.stance.StanceClassifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the stance decision rule's offsets ({@link StanceClassifier#decide}) on out-of-fold
 * predictions. One pair of offsets is shared by the four targets: per-target offsets would be
 * fitted to a handful of favor examples each (nested cross-validation scored them lower).
 */
final class DecisionBias {

    /**
     * An out-of-fold prediction: the fold it was held out in, the gold label and the model's
     * probabilities (null: the target is not mentioned, so the answer is none).
     */
    record Scored(int fold, String target, String gold, double[] probabilities) {
    }

    private static final double STEP = 0.25;

    private DecisionBias() {
    }

    /** Offsets {favor, against, 0} maximising the mean F_avg over targets; ties keep the smallest offsets. */
    static double[] tune(List<Scored> scored) {
        double best = -1;
        double[] chosen = {0, 0, 0};
        for (double favor = -1; favor <= 4 + 1e-9; favor += STEP) {
            for (double against = -1.5; against <= 3 + 1e-9; against += STEP) {
                double[] bias = {favor, against, 0};
                double score = meanFAvg(scored, bias);
                if (score > best + 1e-9) {
                    best = score;
                    chosen = bias;
                }
            }
        }
        return chosen;
    }

    /** Mean over targets of F_avg with the given offsets, as the product answers (none without a mention). */
    static double meanFAvg(List<Scored> scored, double[] bias) {
        double[][] same = new double[StanceTrainer.FOLDS][];
        java.util.Arrays.fill(same, bias);
        return meanFAvg(scored, same);
    }

    /** As {@link #meanFAvg(List, double[])} with offsets chosen per fold (nested cross-validation). */
    static double meanFAvg(List<Scored> scored, double[][] biasByFold) {
        Map<String, List<String>> gold = new HashMap<>();
        Map<String, List<String>> predicted = new HashMap<>();
        for (Scored s : scored) {
            gold.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(s.gold());
            predicted.computeIfAbsent(s.target(), k -> new ArrayList<>())
                    .add(s.probabilities() == null ? "none"
                            : StanceClassifier.CLASSES.get(StanceClassifier.decide(s.probabilities(), biasByFold[s.fold()])));
        }
        double sum = 0;
        for (Country c : Country.values()) {
            if (gold.containsKey(c.code())) {
                sum += StanceMetrics.fAvg(gold.get(c.code()), predicted.get(c.code()));
            }
        }
        return sum / Country.values().length;
    }
}
