package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the text-level quote conventions in the plain text, and merges the regions of all
 * detectors into the final, non-overlapping {@link QuotedSpan}s.
 *
 * <p>Why quotes matter: a reply that quotes an insult in order to object to it must not be scored
 * as an insult, and a post that pastes a pro-Russia paragraph to argue against it does not favour
 * Russia. Scoring reads only the author's own words.
 */
final class QuoteDetector {

    /**
     * A {@code >} line that is really an emoticon ({@code >:(}, {@code >_<}, {@code >.<}) or an
     * imageboard post reference ({@code >>12345}, after which the author writes their own reply).
     */
    private static final Pattern NOT_A_QUOTE_LINE = Pattern.compile(">(?:[:;=][-']?\\S|[_.]<|>\\d)");

    /**
     * XenForo's quote header as it appears in copied or scraped text: {@code Name said:}, optionally
     * followed by the jump arrow. The name is short and has no sentence punctuation, which keeps
     * ordinary prose ("Putin said: we will…") out unless it is also closed by the marker below.
     */
    private static final Pattern FORUM_HEADER = Pattern.compile(
            "[ \\t]*[^\\s.!?:][^\\n.!?:]{0,59}? said:(?:[ \\t]*\u2191)?");
    /** XenForo's marker at the end of a collapsed long quote; without it the quote's end is unknown. */
    private static final Pattern FORUM_END = Pattern.compile("Click to expand(?:\\.\\.\\.|\u2026)",
            Pattern.CASE_INSENSITIVE);

    /** Priority when detectors overlap: explicit markup is the most certain, verbatim repeats the least. */
    private static final List<QuotedSpan.Kind> PRIORITY = List.of(QuotedSpan.Kind.MARKUP,
            QuotedSpan.Kind.FORUM_BLOCK, QuotedSpan.Kind.LINE_PREFIX, QuotedSpan.Kind.THREAD_REPEAT);

    private QuoteDetector() {
    }

    /**
     * Lines whose first non-blank char is {@code >} (e-mail, Markdown, Reddit); {@code &gt;} at line
     * start arrives here already decoded. Consecutive quoted lines form one span.
     */
    static List<QuoteRegion> linePrefixed(PlainText p) {
        String s = p.text();
        List<QuoteRegion> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            int k = lineStart;
            while (k < lineEnd && PlainText.isSpace(s.charAt(k))) {
                k++;
            }
            boolean quoted = k < lineEnd && s.charAt(k) == '>'
                    && !NOT_A_QUOTE_LINE.matcher(s).region(k, lineEnd).lookingAt();
            if (quoted) {
                int e = trimEnd(s, k, lineEnd);
                if (runStart < 0) {
                    runStart = k;
                }
                runEnd = e;
            } else if (runStart >= 0) {
                out.add(QuoteRegion.plain(p, runStart, runEnd, QuotedSpan.Kind.LINE_PREFIX));
                runStart = -1;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (runStart >= 0) {
            out.add(QuoteRegion.plain(p, runStart, runEnd, QuotedSpan.Kind.LINE_PREFIX));
        }
        return out;
    }

    /**
     * XenForo blocks: from a {@code Name said:} header at the start of a line to the next
     * {@code Click to expand...}. The earliest header after the previous block is taken, so a quote
     * that itself contains a nested header stays one block. Each char is looked at a bounded number
     * of times (lines are scanned once between consecutive markers).
     */
    static List<QuoteRegion> forumBlocks(PlainText p) {
        String s = p.text();
        List<QuoteRegion> out = new ArrayList<>();
        Matcher end = FORUM_END.matcher(s);
        Matcher header = FORUM_HEADER.matcher(s);
        int boundary = 0;
        while (end.find()) {
            int start = -1;
            int lineStart = boundary;
            while (lineStart < end.start()) {
                int nl = s.indexOf('\n', lineStart);
                int lineEnd = nl < 0 || nl > end.start() ? end.start() : nl;
                if (header.region(lineStart, Math.min(lineEnd, lineStart + 120)).lookingAt()) {
                    start = lineStart + leadingSpace(s, lineStart, lineEnd);
                    break;
                }
                lineStart = lineEnd + 1;
            }
            if (start >= 0) {
                out.add(QuoteRegion.plain(p, start, end.end(), QuotedSpan.Kind.FORUM_BLOCK));
            }
            boundary = end.end();
        }
        return out;
    }

    /**
     * Resolves overlaps by {@link #PRIORITY} and maps everything to original offsets. A lower-priority
     * region keeps only the parts no higher one claimed; every span is trimmed of whitespace.
     *
     * @param claimed filled in: true for every original offset inside a quoted span
     */
    static List<QuotedSpan> merge(String original, List<QuoteRegion> regions, boolean[] claimed) {
        List<QuoteRegion> ordered = new ArrayList<>(regions);
        ordered.sort(Comparator.comparingInt((QuoteRegion r) -> PRIORITY.indexOf(r.kind()))
                .thenComparingInt(QuoteRegion::origStart));
        List<QuotedSpan> out = new ArrayList<>();
        for (QuoteRegion r : ordered) {
            int added = out.size();
            int i = r.origStart();
            while (i < r.origEnd()) {
                while (i < r.origEnd() && (claimed[i] || PlainText.isSpace(original.charAt(i)))) {
                    i++;
                }
                int j = i;
                while (j < r.origEnd() && !claimed[j]) {
                    j++;
                }
                int e = trimEnd(original, i, j);
                if (e > i) {
                    out.add(new QuotedSpan(i, e, r.kind()));
                }
                i = j;
            }
            for (QuotedSpan q : out.subList(added, out.size())) {
                Arrays.fill(claimed, q.start(), q.end(), true);
            }
        }
        out.sort(Comparator.comparingInt(QuotedSpan::start));
        return List.copyOf(out);
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && PlainText.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int leadingSpace(String s, int from, int to) {
        int k = from;
        while (k < to && PlainText.isSpace(s.charAt(k))) {
            k++;
        }
        return k - from;
    }
}
