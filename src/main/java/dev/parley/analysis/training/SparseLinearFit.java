package dev.parley.analysis.training;

import dev.parley.analysis.feature.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import smile.classification.LogisticRegression;
import smile.classification.SVM;
import smile.classification.SparseLinearSVM;
import smile.classification.SparseLogisticRegression;
import smile.data.SampleInstance;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Fits Smile's L2-regularised sparse logistic regression on Parley feature vectors and returns
 * the weights in Parley's layout (the intercept is left out: Platt scaling, fitted on the raw
 * scores afterwards, absorbs any constant). Checks that Parley's own scoring of the weights
 * reproduces Smile's probabilities, so serving computes exactly what Smile learned.
 */
final class SparseLinearFit {

    private SparseLinearFit() {
    }

    record Fit(float[] weights, double intercept) {
        double rawScore(FeatureVector x) {
            return x.dot(weights);
        }
    }

    static Fit logistic(List<FeatureVector> xs, int[] labels, int dimension, double lambda) {
        List<SampleInstance<SparseArray, Integer>> rows = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            rows.add(new SampleInstance<>(toSparse(xs.get(i)), labels[i]));
        }
        SparseDataset<Integer> data = new SparseDataset<>(rows, dimension);
        SparseLogisticRegression.Binomial model = SparseLogisticRegression.binomial(data,
                new LogisticRegression.Options(lambda, 1e-5, 500));
        double[] w = model.coefficients();
        float[] weights = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            weights[j] = (float) w[j];
        }
        Fit fit = new Fit(weights, w[dimension]);
        verify(model, fit, xs);
        return fit;
    }

    /** A multi-class fit: one weight row and intercept per class. */
    record MultiFit(float[][] weights, double[] intercepts) {
    }

    /**
     * Smile's multinomial (softmax) logistic regression. Smile keeps k-1 coefficient rows with the
     * last class as reference (its scores fixed at 0) or k rows, depending on the version; either
     * way the result is returned as k rows and verified against Smile's own posteriors.
     */
    static MultiFit multinomial(List<FeatureVector> xs, int[] labels, int classes, int dimension, double lambda) {
        List<SampleInstance<SparseArray, Integer>> rows = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            rows.add(new SampleInstance<>(toSparse(xs.get(i)), labels[i]));
        }
        SparseLogisticRegression.Multinomial model = SparseLogisticRegression.multinomial(
                new SparseDataset<>(rows, dimension), new LogisticRegression.Options(lambda, 1e-5, 500));
        double[][] w = model.coefficients();
        float[][] weights = new float[classes][dimension];
        double[] intercepts = new double[classes];
        for (int k = 0; k < w.length; k++) {
            for (int j = 0; j < dimension; j++) {
                weights[k][j] = (float) w[k][j];
            }
            intercepts[k] = w[k][dimension];
        }
        MultiFit fit = new MultiFit(weights, intercepts);
        double[] posterior = new double[classes];
        for (int i = 0; i < Math.min(20, xs.size()); i++) {
            model.predict(toSparse(xs.get(i)), posterior);
            double[] ours = softmax(fit, xs.get(i));
            for (int k = 0; k < classes; k++) {
                if (Math.abs(ours[k] - posterior[k]) > 1e-4) {
                    throw new IllegalStateException("Multinomial layout mismatch at class " + k + ": Smile "
                            + posterior[k] + " vs Parley " + ours[k]);
                }
            }
        }
        return fit;
    }

    static double[] softmax(MultiFit fit, FeatureVector x) {
        double[] p = new double[fit.weights().length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < p.length; k++) {
            p[k] = x.dot(fit.weights()[k]) + fit.intercepts()[k];
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

    /** Smile's linear SVM (hinge loss, soft margin C); labels 0/1 become -1/+1 as Smile expects. */
    static Fit svm(List<FeatureVector> xs, int[] labels, int dimension, double c) {
        SparseArray[] rows = new SparseArray[xs.size()];
        int[] y = new int[labels.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = toSparse(xs.get(i));
            y[i] = labels[i] == 1 ? 1 : -1;
        }
        SparseLinearSVM model = SVM.fit(rows, y, dimension, new SVM.Options(c));
        double[] w = model.weights();
        float[] weights = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            weights[j] = (float) w[j];
        }
        return new Fit(weights, model.intercept());
    }

    static SparseArray toSparse(FeatureVector x) {
        SparseArray a = new SparseArray(x.size());
        for (int i = 0; i < x.size(); i++) {
            a.append(x.index(i), x.value(i));
        }
        return a;
    }

    /** Parley's dot product plus Smile's intercept must give Smile's posterior. */
    private static void verify(SparseLogisticRegression.Binomial model, Fit fit, List<FeatureVector> xs) {
        double[] posterior = new double[2];
        for (int i = 0; i < Math.min(20, xs.size()); i++) {
            model.predict(toSparse(xs.get(i)), posterior);
            double ours = 1 / (1 + Math.exp(-(fit.rawScore(xs.get(i)) + fit.intercept())));
            if (Math.abs(ours - posterior[1]) > 1e-4) {
                throw new IllegalStateException("Weight layout mismatch: Smile " + posterior[1] + " vs Parley " + ours);
            }
        }
    }
}
