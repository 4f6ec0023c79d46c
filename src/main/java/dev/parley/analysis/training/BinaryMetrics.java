package dev.parley.analysis.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Metrics of a binary scorer on held-out data: ROC-AUC with a bootstrap interval, PR, confusion. */
final class BinaryMetrics {

    private BinaryMetrics() {
    }

    record Point(double x, double y) {
    }

    /** ROC-AUC by the rank statistic (ties count half). */
    static double auc(double[] scores, int[] labels) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositive = 0;
        int positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** 95% percentile bootstrap interval of the AUC ({@code rounds} resamples, fixed seed). */
    static double[] aucInterval(double[] scores, int[] labels, int rounds, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rounds];
        int n = scores.length;
        for (int r = 0; r < rounds; r++) {
            double[] s = new double[n];
            int[] l = new int[n];
            for (int k = 0; k < n; k++) {
                int pick = random.nextInt(n);
                s[k] = scores[pick];
                l[k] = labels[pick];
            }
            values[r] = auc(s, l);
        }
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return new double[] {finite[(int) (0.025 * finite.length)], finite[(int) (0.975 * (finite.length - 1))]};
    }

    /** ROC curve points (false positive rate, true positive rate), from the highest threshold down. */
    static List<Point> roc(double[] scores, int[] labels) {
        return curve(scores, labels, true);
    }

    /** Precision–recall points (recall, precision). */
    static List<Point> pr(double[] scores, int[] labels) {
        return curve(scores, labels, false);
    }

    private static List<Point> curve(double[] scores, int[] labels, boolean roc) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
        int positives = Arrays.stream(labels).sum();
        int negatives = labels.length - positives;
        List<Point> points = new ArrayList<>();
        points.add(roc ? new Point(0, 0) : new Point(0, 1));
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (labels[order[k]] == 1) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = k + 1 == order.length || scores[order[k + 1]] != scores[order[k]];
            if (lastOfTie) {
                points.add(roc ? new Point((double) fp / negatives, (double) tp / positives)
                        : new Point((double) tp / positives, (double) tp / (tp + fp)));
            }
        }
        return points;
    }

    /** Average precision (area under the PR curve, step-wise). */
    static double averagePrecision(double[] scores, int[] labels) {
        List<Point> points = pr(scores, labels);
        double ap = 0;
        for (int k = 1; k < points.size(); k++) {
            ap += (points.get(k).x() - points.get(k - 1).x()) * points.get(k).y();
        }
        return ap;
    }

    /** Confusion counts at a probability threshold: {tn, fp, fn, tp}. */
    static int[] confusion(double[] probabilities, int[] labels, double threshold) {
        int[] c = new int[4];
        for (int k = 0; k < labels.length; k++) {
            boolean predicted = probabilities[k] >= threshold;
            c[(labels[k] == 1 ? 2 : 0) + (predicted ? 1 : 0)]++;
        }
        return c;
    }

    static double brier(double[] probabilities, int[] labels) {
        double sum = 0;
        for (int k = 0; k < labels.length; k++) {
            double d = probabilities[k] - labels[k];
            sum += d * d;
        }
        return sum / labels.length;
    }
}
