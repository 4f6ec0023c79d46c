package dev.parley.analysis.text;

import java.util.List;

/**
 * A comment after the text pipeline: its language, sentences, tokens and quoted stretches. All
 * offsets refer to {@code text}, the comment exactly as received, so spans can be highlighted.
 *
 * @param text               the original text
 * @param language           ISO 639-3 code of the detected language ({@code eng}, {@code fra}, …),
 *                           or {@code und} when the text has too few letters to tell
 * @param languageConfidence the detector's confidence in {@code language}, 0..1
 * @param supported          true when Parley's models apply (English, or too short to tell but
 *                           written in Latin script); false means scores must not be given
 * @param sentences          sentence spans of the author's own text
 * @param tokens             every token in text order, quoted ones flagged
 * @param quoted             the stretches the author quotes
 */
public record AnalyzedText(String text, String language, double languageConfidence, boolean supported,
                           List<Span> sentences, List<Token> tokens, List<QuotedSpan> quoted) {

    /** A character range of {@code text}. */
    public record Span(int start, int end) {
    }

    /** The tokens that are the author's own words. */
    public List<Token> authorTokens() {
        return tokens.stream().filter(t -> !t.quoted()).toList();
    }

    public boolean isQuoted(int offset) {
        for (QuotedSpan q : quoted) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
