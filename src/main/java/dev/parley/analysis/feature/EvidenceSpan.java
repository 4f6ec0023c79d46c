package dev.parley.analysis.feature;

/** A stretch of the text that pushed a score up, for a moderator to see highlighted. */
public record EvidenceSpan(int start, int end, String text, double weight) {
}
