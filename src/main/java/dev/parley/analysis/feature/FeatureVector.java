package dev.parley.analysis.feature;

import java.util.Arrays;

/**
 * A sparse feature vector with, for each non-zero entry, the token range that produced it, so
 * a linear model's decision can be traced back to spans of the text (evidence).
 *
 * <p>Indices are sorted and unique; values are already scaled (the vector has unit L2 norm
 * unless it is empty).
 */
public final class FeatureVector {

    private final int[] indices;
    private final double[] values;
    private final int[][] tokenRanges;

    FeatureVector(int[] indices, double[] values, int[][] tokenRanges) {
        this.indices = indices;
        this.values = values;
        this.tokenRanges = tokenRanges;
    }

    public int size() {
        return indices.length;
    }

    public int index(int i) {
        return indices[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** Token ranges [from, to) in the featurised token list that produced entry {@code i}; may be empty. */
    public int[][] tokenRanges(int i) {
        return tokenRanges[i] == null ? new int[0][] : unpack(tokenRanges[i]);
    }

    private static int[][] unpack(int[] packed) {
        int[][] out = new int[packed.length / 2][];
        for (int k = 0; k < out.length; k++) {
            out[k] = new int[] {packed[2 * k], packed[2 * k + 1]};
        }
        return out;
    }

    /**
     * This vector followed by dense values at indices {@code offset + j}, each multiplied by
     * {@code scale} (the dense part carries no token ranges).
     */
    public FeatureVector withDense(int offset, float[] dense, double scale) {
        int n = indices.length;
        int[] idx = Arrays.copyOf(indices, n + dense.length);
        double[] val = Arrays.copyOf(values, n + dense.length);
        int[][] ranges = Arrays.copyOf(tokenRanges, n + dense.length);
        for (int j = 0; j < dense.length; j++) {
            idx[n + j] = offset + j;
            val[n + j] = dense[j] * scale;
        }
        return new FeatureVector(idx, val, ranges);
    }

    /** The entries with index below {@code dimension} (e.g. the hashed block without an appended dense part). */
    public FeatureVector truncated(int dimension) {
        int n = 0;
        while (n < indices.length && indices[n] < dimension) {
            n++;
        }
        return new FeatureVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n), Arrays.copyOf(tokenRanges, n));
    }

    public double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector other && Arrays.equals(indices, other.indices)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }
}
