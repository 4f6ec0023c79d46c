package dev.parley.analysis.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryMetricsTests {

    @Test
    void aucCountsOrderedPairsAndHalfTies() {
        assertEquals(1.0, BinaryMetrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new int[] {0, 0, 1, 1}), 1e-12);
        assertEquals(0.0, BinaryMetrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new int[] {0, 0, 1, 1}), 1e-12);
        // Pairs (pos, neg): (0.8 > 0.1), (0.8 > 0.5), (0.3 > 0.1), (0.3 < 0.5) -> 3/4.
        assertEquals(0.75, BinaryMetrics.auc(new double[] {0.1, 0.5, 0.3, 0.8}, new int[] {0, 0, 1, 1}), 1e-12);
        assertEquals(0.5, BinaryMetrics.auc(new double[] {0.5, 0.5}, new int[] {0, 1}), 1e-12);
    }

    @Test
    void confusionAndIntervals() {
        double[] p = {0.1, 0.6, 0.4, 0.9};
        int[] y = {0, 0, 1, 1};
        assertArrayEquals(new int[] {1, 1, 1, 1}, BinaryMetrics.confusion(p, y, 0.5));
        double[] ci = BinaryMetrics.aucInterval(p, y, 200, 1);
        assertTrue(ci[0] <= BinaryMetrics.auc(p, y) && BinaryMetrics.auc(p, y) <= ci[1]);
        assertEquals((0.01 + 0.36 + 0.36 + 0.01) / 4, BinaryMetrics.brier(p, y), 1e-12);
    }
}
