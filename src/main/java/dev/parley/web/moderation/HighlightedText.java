package dev.parley.web.moderation;

import dev.parley.analysis.api.AnalysisResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A comment body cut into pieces for display, each piece plain or marked (a country mention, an
 * insult evidence word, quoted text). The pieces are text only: the template escapes every one,
 * so a comment can never inject markup. Offsets are UTF-16 indices into the body, as the analysis
 * gives them; spans that do not fit the body (an older analysis of an edited text) are dropped.
 */
public record HighlightedText(List<Piece> pieces) {

    /** A stretch of the body; {@code kind} is null for plain text, else mention, insult or quoted. */
    public record Piece(String text, String kind, String title) {
        public boolean marked() {
            return kind != null;
        }
    }

    private record Mark(int start, int end, String kind, String title, int priority) {
    }

    public static HighlightedText of(String body, AnalysisResult analysis) {
        if (analysis == null) {
            return new HighlightedText(List.of(new Piece(body, null, null)));
        }
        List<Mark> marks = new ArrayList<>();
        if (analysis.quoted() != null) {
            analysis.quoted().forEach(q -> marks.add(new Mark(q.start(), q.end(), "quoted",
                    "quoted text: not counted toward the author's scores", 0)));
        }
        if (analysis.insult() != null) {
            analysis.insult().evidence().forEach(e -> marks.add(new Mark(e.start(), e.end(), "insult",
                    "raised the insult score (weight " + String.format("%.2f", e.weight()) + ")", 2)));
        }
        if (analysis.mentions() != null) {
            analysis.mentions().forEach(m -> marks.add(new Mark(m.start(), m.end(), "mention " + m.country(),
                    "mention of " + m.country() + (m.quoted() ? " (inside a quote)" : ""), 1)));
        }
        return new HighlightedText(cut(body, marks));
    }

    /** Each character takes the highest-priority mark covering it; runs of the same mark become one piece. */
    private static List<Piece> cut(String body, List<Mark> marks) {
        TreeMap<Integer, Integer> boundaries = new TreeMap<>(Map.of(0, 0, body.length(), 0));
        List<Mark> valid = marks.stream()
                .filter(m -> m.start() >= 0 && m.end() <= body.length() && m.start() < m.end()).toList();
        valid.forEach(m -> {
            boundaries.put(m.start(), 0);
            boundaries.put(m.end(), 0);
        });
        List<Piece> pieces = new ArrayList<>();
        Integer from = boundaries.firstKey();
        for (Integer to = boundaries.higherKey(from); to != null; from = to, to = boundaries.higherKey(to)) {
            Mark best = null;
            for (Mark m : valid) {
                if (m.start() <= from && m.end() >= to && (best == null || m.priority() > best.priority())) {
                    best = m;
                }
            }
            String text = body.substring(from, to);
            Piece last = pieces.isEmpty() ? null : pieces.getLast();
            String kind = best == null ? null : best.kind();
            String title = best == null ? null : best.title();
            if (last != null && java.util.Objects.equals(last.kind(), kind) && java.util.Objects.equals(last.title(), title)) {
                pieces.set(pieces.size() - 1, new Piece(last.text() + text, kind, title));
            } else {
                pieces.add(new Piece(text, kind, title));
            }
        }
        return pieces;
    }
}
