package dev.parley.analysis.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The numbers a model card reports for a binary classifier on one held-out set. */
final class Evaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluation() {
    }

    static ObjectNode binary(double[] probabilities, int[] labels, long seed) {
        ObjectNode out = JSON.createObjectNode();
        int positives = java.util.Arrays.stream(labels).sum();
        out.put("rows", labels.length);
        out.put("positives", positives);
        double auc = BinaryMetrics.auc(probabilities, labels);
        out.put("roc_auc", InsultTrainer.round(auc));
        if (!Double.isNaN(auc)) {
            double[] ci = BinaryMetrics.aucInterval(probabilities, labels, 1000, seed);
            out.put("roc_auc_ci95_low", InsultTrainer.round(ci[0]));
            out.put("roc_auc_ci95_high", InsultTrainer.round(ci[1]));
            out.put("average_precision", InsultTrainer.round(BinaryMetrics.averagePrecision(probabilities, labels)));
        }
        int[] c = BinaryMetrics.confusion(probabilities, labels, 0.5);
        out.put("threshold", 0.5);
        out.put("tn", c[0]);
        out.put("fp", c[1]);
        out.put("fn", c[2]);
        out.put("tp", c[3]);
        double precision = c[3] + c[1] == 0 ? 0 : (double) c[3] / (c[3] + c[1]);
        double recall = c[3] + c[2] == 0 ? 0 : (double) c[3] / (c[3] + c[2]);
        out.put("precision", InsultTrainer.round(precision));
        out.put("recall", InsultTrainer.round(recall));
        out.put("f1", InsultTrainer.round(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
        out.put("brier", InsultTrainer.round(BinaryMetrics.brier(probabilities, labels)));
        return out;
    }
}
