package dev.parley.analysis.training;

import dev.parley.analysis.feature.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import smile.classification.PlattScaling;

/** Probability calibration: Platt scaling (Smile) and the out-of-fold scores it is fitted on. */
final class Calibration {

    private Calibration() {
    }

    /** p = sigmoid(a·score + b). */
    record Platt(double a, double b) {
        double[] apply(double[] scores) {
            double[] p = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                p[i] = 1 / (1 + Math.exp(-(a * scores[i] + b)));
            }
            return p;
        }
    }

    /**
     * Fits Smile's Platt scaling and reads its two parameters back from the fitted function
     * (Smile keeps them private): logit(p(s)) is linear in s.
     */
    static Platt platt(double[] scores, int[] labels) {
        PlattScaling smile = PlattScaling.fit(scores, labels);
        double at0 = logit(smile.scale(0));
        double at1 = logit(smile.scale(1));
        return new Platt(at1 - at0, at0);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** Scores of every example from a model trained on the other folds (seeded fold assignment). */
    static double[] outOfFoldScores(List<FeatureVector> xs, int[] ys, int folds, long seed,
                                    BiFunction<List<FeatureVector>, int[], SparseLinearFit.Fit> trainer) {
        int[] fold = new int[xs.size()];
        Random random = new Random(seed);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(folds);
        }
        double[] scores = new double[xs.size()];
        for (int f = 0; f < folds; f++) {
            List<FeatureVector> trainX = new ArrayList<>();
            List<Integer> trainY = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    trainX.add(xs.get(i));
                    trainY.add(ys[i]);
                }
            }
            SparseLinearFit.Fit fit = trainer.apply(trainX, trainY.stream().mapToInt(Integer::intValue).toArray());
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    scores[i] = fit.rawScore(xs.get(i));
                }
            }
        }
        return scores;
    }
}
