package dev.parley.analysis.stance;

import dev.parley.analysis.text.AnalyzedText;
import java.util.List;

/**
 * What the sentence encoder reads for one target: the author's sentences that mention it, with
 * the target's mentions written {@code X} and other countries' {@code Y}, quoted text left out.
 * Masking makes "X is a bully" one pattern for every target (and for the training-only ones),
 * the way the word features' {@code [t]} does; without it the encoder would bring its own
 * associations with each country's name.
 */
final class MaskedMentionText {

    private MaskedMentionText() {
    }

    static String of(AnalyzedText text, List<int[]> targetSpans, List<int[]> otherSpans) {
        String s = text.text();
        List<AnalyzedText.Span> sentences = text.sentences().isEmpty()
                ? List.of(new AnalyzedText.Span(0, s.length())) : text.sentences();
        StringBuilder out = new StringBuilder();
        for (AnalyzedText.Span sentence : sentences) {
            if (targetSpans.stream().noneMatch(m -> m[0] >= sentence.start() && m[0] < sentence.end())) {
                continue;
            }
            int i = sentence.start();
            while (i < sentence.end()) {
                int[] own = startingAt(targetSpans, i);
                int[] other = own == null ? startingAt(otherSpans, i) : null;
                if (own != null || other != null) {
                    out.append(own != null ? "X" : "Y");
                    i = (own != null ? own : other)[1];
                    continue;
                }
                if (!text.isQuoted(i)) {
                    out.append(s.charAt(i));
                }
                i++;
            }
            out.append(' ');
        }
        String masked = out.toString().replaceAll("\\s+", " ").trim();
        return masked.isEmpty() ? "X" : masked;
    }

    private static int[] startingAt(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (span[0] == offset) {
                return span;
            }
        }
        return null;
    }
}
