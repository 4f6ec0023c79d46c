package dev.parley.analysis.feature;

import dev.parley.analysis.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a linear model's per-feature contributions into highlighted spans: each feature's
 * contribution is shared among the tokens that produced it, adjacent tokens that pushed the score
 * up are merged, and the strongest spans are kept.
 */
public final class Evidence {

    private static final int MAX_SPANS = 3;
    /** A token counts as evidence when it carries at least this share of the strongest token's weight. */
    private static final double RELATIVE_FLOOR = 0.35;

    private Evidence() {
    }

    public static List<EvidenceSpan> spans(String text, List<Token> tokens, FeatureVector x, double[] contributions) {
        double[] perToken = new double[tokens.size()];
        for (int i = 0; i < x.size(); i++) {
            int[][] ranges = x.tokenRanges(i);
            int covered = 0;
            for (int[] r : ranges) {
                covered += r[1] - r[0];
            }
            if (covered == 0) {
                continue;
            }
            double share = contributions[i] / covered;
            for (int[] r : ranges) {
                for (int t = r[0]; t < r[1]; t++) {
                    perToken[t] += share;
                }
            }
        }
        double max = 0;
        for (double v : perToken) {
            max = Math.max(max, v);
        }
        if (max <= 0) {
            return List.of();
        }
        List<EvidenceSpan> spans = new ArrayList<>();
        int t = 0;
        while (t < perToken.length) {
            if (perToken[t] < RELATIVE_FLOOR * max) {
                t++;
                continue;
            }
            int from = t;
            double weight = 0;
            while (t < perToken.length && perToken[t] >= RELATIVE_FLOOR * max) {
                weight += perToken[t];
                t++;
            }
            int start = tokens.get(from).start();
            int end = tokens.get(t - 1).end();
            spans.add(new EvidenceSpan(start, end, text.substring(start, end), Math.round(weight * 1000) / 1000.0));
        }
        spans.sort(Comparator.comparingDouble(EvidenceSpan::weight).reversed());
        List<EvidenceSpan> top = new ArrayList<>(spans.subList(0, Math.min(MAX_SPANS, spans.size())));
        top.sort(Comparator.comparingInt(EvidenceSpan::start));
        return top;
    }
}
