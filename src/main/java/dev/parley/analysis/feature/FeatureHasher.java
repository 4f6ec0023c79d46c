package dev.parley.analysis.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects named features into a hashed {@link FeatureVector} of {@code 2^bits} dimensions.
 *
 * <p>The hash is {@link String#hashCode()} (its value is fixed by the Java specification, so the
 * same name lands on the same index in every JVM, at training and at serving), finalised with the
 * MurmurHash3 mixer to spread it over the table. Counts are log-scaled and the vector is L2
 * normalised, so long comments do not dominate by length alone. Not thread-safe: one per text.
 */
public final class FeatureHasher {

    private final int mask;
    private final Map<Integer, Entry> entries = new HashMap<>();

    private static final class Entry {
        double count;
        List<int[]> ranges;
    }

    public FeatureHasher(int bits) {
        this.mask = (1 << bits) - 1;
    }

    /** Adds one occurrence of a feature produced by tokens [from, to). */
    public void add(String name, int from, int to) {
        add(name, 1.0, from, to);
    }

    /** Adds {@code amount} to a feature; token range may be {@code -1, -1} for text-level features. */
    public void add(String name, double amount, int from, int to) {
        Entry e = entries.computeIfAbsent(indexOf(name), k -> new Entry());
        e.count += amount;
        if (from >= 0) {
            if (e.ranges == null) {
                e.ranges = new ArrayList<>(2);
            }
            e.ranges.add(new int[] {from, to});
        }
    }

    public int indexOf(String name) {
        int h = name.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & mask;
    }

    public FeatureVector build() {
        int[] indices = entries.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] values = new double[indices.length];
        int[][] ranges = new int[indices.length][];
        double norm = 0;
        for (int i = 0; i < indices.length; i++) {
            Entry e = entries.get(indices[i]);
            double v = Math.signum(e.count) * Math.log1p(Math.abs(e.count));
            values[i] = v;
            norm += v * v;
            if (e.ranges != null) {
                int[] packed = new int[e.ranges.size() * 2];
                for (int k = 0; k < e.ranges.size(); k++) {
                    packed[2 * k] = e.ranges.get(k)[0];
                    packed[2 * k + 1] = e.ranges.get(k)[1];
                }
                ranges[i] = packed;
            }
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < values.length; i++) {
                values[i] *= scale;
            }
        }
        return new FeatureVector(indices, values, ranges);
    }
}
