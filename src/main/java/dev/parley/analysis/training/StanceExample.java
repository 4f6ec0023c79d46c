package dev.parley.analysis.training;

import dev.parley.analysis.text.AnalyzedText;
import java.util.List;

/**
 * One (text, target) pair for the stance model: the analysed text, the target's mentions in the
 * author's own words (empty: the product answers {@code none} without asking the model), the
 * other countries' mentions, and the gold label ({@code favor}/{@code against}/{@code neutral}/
 * {@code none}).
 */
record StanceExample(String id, String source, String target, String label, AnalyzedText text,
                     List<int[]> own, List<int[]> others) {

    boolean mentioned() {
        return !own.isEmpty();
    }

    /** The label the model learns: an unlabelled mention ("none" in gold) is taught as neutral. */
    String trainingLabel() {
        return label.equals("none") ? "neutral" : label;
    }
}
