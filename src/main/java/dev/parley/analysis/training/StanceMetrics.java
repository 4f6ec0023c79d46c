package dev.parley.analysis.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Stance metrics as SemEval-2016 Task 6 and RUW define them: F_avg is the mean of F1(favor) and
 * F1(against) over all items, where "neutral" and "none" count only through the errors they cause.
 */
final class StanceMetrics {

    static final List<String> LABELS = List.of("favor", "against", "neutral", "none");
    private static final ObjectMapper JSON = new ObjectMapper();

    private StanceMetrics() {
    }

    static double f1(List<String> gold, List<String> predicted, String label) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean g = gold.get(i).equals(label);
            boolean p = predicted.get(i).equals(label);
            tp += g && p ? 1 : 0;
            fp += !g && p ? 1 : 0;
            fn += g && !p ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    static double fAvg(List<String> gold, List<String> predicted) {
        return (f1(gold, predicted, "favor") + f1(gold, predicted, "against")) / 2;
    }

    /** 95% percentile bootstrap interval of F_avg (items resampled with replacement, fixed seed). */
    static double[] fAvgInterval(List<String> gold, List<String> predicted, int rounds, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rounds];
        int n = gold.size();
        String[] g = new String[n];
        String[] p = new String[n];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n; k++) {
                int pick = random.nextInt(n);
                g[k] = gold.get(pick);
                p[k] = predicted.get(pick);
            }
            values[r] = fAvg(Arrays.asList(g), Arrays.asList(p));
        }
        Arrays.sort(values);
        return new double[] {values[(int) (0.025 * rounds)], values[(int) (0.975 * (rounds - 1))]};
    }

    /** counts[gold][predicted] in {@link #LABELS} order. */
    static int[][] confusion(List<String> gold, List<String> predicted) {
        int[][] c = new int[LABELS.size()][LABELS.size()];
        for (int i = 0; i < gold.size(); i++) {
            c[LABELS.indexOf(gold.get(i))][LABELS.indexOf(predicted.get(i))]++;
        }
        return c;
    }

    /** The report block for one target on one held-out set. */
    static ObjectNode report(List<String> gold, List<String> predicted, long seed) {
        ObjectNode out = JSON.createObjectNode();
        out.put("items", gold.size());
        double f = fAvg(gold, predicted);
        double[] ci = fAvgInterval(gold, predicted, 1000, seed);
        out.put("f_avg", InsultTrainer.round(f));
        out.put("f_avg_ci95_low", InsultTrainer.round(ci[0]));
        out.put("f_avg_ci95_high", InsultTrainer.round(ci[1]));
        for (String label : LABELS) {
            int tp = 0;
            int predictedCount = 0;
            int goldCount = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = predicted.get(i).equals(label);
                tp += g && p ? 1 : 0;
                predictedCount += p ? 1 : 0;
                goldCount += g ? 1 : 0;
            }
            ObjectNode c = out.putObject(label);
            c.put("gold", goldCount);
            c.put("precision", InsultTrainer.round(predictedCount == 0 ? 0 : (double) tp / predictedCount));
            c.put("recall", InsultTrainer.round(goldCount == 0 ? 0 : (double) tp / goldCount));
            c.put("f1", InsultTrainer.round(f1(gold, predicted, label)));
        }
        var matrix = out.putArray("confusion_gold_by_predicted");
        for (int[] row : confusion(gold, predicted)) {
            var r = matrix.addArray();
            for (int v : row) {
                r.add(v);
            }
        }
        return out;
    }
}
