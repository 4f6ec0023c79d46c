package dev.parley.analysis.model;

import dev.parley.analysis.feature.FeatureVector;

/**
 * A linear model over hashed features: one weight row and intercept per class (a binary model
 * has one row, for the positive class, and no intercept). Binary scores are turned into
 * probabilities by Platt scaling fitted on held-out scores ({@code sigmoid(a·score + b)});
 * multi-class scores by softmax. Immutable and thread-safe.
 */
public final class LinearModel {

    private final ModelMetadata metadata;
    private final float[][] weights;
    private final double plattA;
    private final double plattB;
    private final double[] intercepts;

    /** A binary model: Platt scaling absorbs the intercept. */
    public LinearModel(ModelMetadata metadata, float[][] weights, double plattA, double plattB) {
        this(metadata, weights, plattA, plattB, new double[weights.length]);
    }

    /** A model with one intercept per class row (multi-class softmax models need them). */
    public LinearModel(ModelMetadata metadata, float[][] weights, double plattA, double plattB, double[] intercepts) {
        this.metadata = metadata;
        this.weights = weights;
        this.plattA = plattA;
        this.plattB = plattB;
        this.intercepts = intercepts == null ? new double[weights.length] : intercepts;
    }

    public double[] intercepts() {
        return intercepts.clone();
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    public float[][] weights() {
        return weights;
    }

    public double plattA() {
        return plattA;
    }

    public double plattB() {
        return plattB;
    }

    public int dimension() {
        return weights[0].length;
    }

    /** Raw decision value of class row {@code row}. */
    public double score(FeatureVector x, int row) {
        return x.dot(weights[row]) + intercepts[row];
    }

    /** Calibrated probability of the positive class of a binary model. */
    public double probability(FeatureVector x) {
        return 1 / (1 + Math.exp(-(plattA * score(x, 0) + plattB)));
    }

    /** Softmax over the class rows of a multi-class model. */
    public double[] probabilities(FeatureVector x) {
        double[] p = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < p.length; k++) {
            p[k] = score(x, k);
            max = Math.max(max, p[k]);
        }
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Each feature entry's contribution to row {@code row}'s score (weight × value). */
    public double[] contributions(FeatureVector x, int row) {
        double[] c = new double[x.size()];
        for (int i = 0; i < x.size(); i++) {
            c[i] = weights[row][x.index(i)] * x.value(i);
        }
        return c;
    }
}
