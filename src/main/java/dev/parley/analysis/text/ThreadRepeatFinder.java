package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds passages that repeat an earlier comment of the same thread word for word. Scraped forum
 * pages lose their quote markup (seed 002: the "X said:" headers are gone and posts simply contain
 * the paragraphs they answer), so the only evidence left is the repetition itself.
 *
 * <p>Rule: a passage of at least {@value #MIN_WORDS} consecutive words that also occurs, in the same
 * order, in an earlier comment. Words are whitespace-separated chunks compared case-insensitively
 * with curly quotes straightened (a copy keeps its punctuation, but platforms re-render quote marks);
 * whitespace between them is ignored, so re-wrapped paragraphs still match. Eight words is long enough
 * that ordinary phrases ("on the other hand, I think that") do not repeat by chance, and short enough
 * to catch one-sentence quotes. Overlapping 8-word windows are joined, so a long quote becomes one
 * region; where the quoted post was edited afterwards, only the unchanged stretches match.
 *
 * <p>Cost: one hash per word and per 8-word window, a hash set of the thread's windows: linear in the
 * size of the thread.
 */
final class ThreadRepeatFinder {

    static final int MIN_WORDS = 8;

    private ThreadRepeatFinder() {
    }

    static List<QuoteRegion> find(PlainText comment, List<PlainText> earlier) {
        if (earlier.isEmpty()) {
            return List.of();
        }
        Words words = Words.of(comment.text());
        if (words.count < MIN_WORDS) {
            return List.of();
        }
        Set<Long> seen = new HashSet<>();
        for (PlainText e : earlier) {
            Words w = Words.of(e.text());
            for (int i = 0; i + MIN_WORDS <= w.count; i++) {
                seen.add(w.window(i));
            }
        }
        List<QuoteRegion> out = new ArrayList<>();
        int runFirst = -1;
        int coveredTo = -1; // last word index covered by a matching window
        for (int i = 0; i + MIN_WORDS <= words.count; i++) {
            if (seen.contains(words.window(i))) {
                if (runFirst < 0 || i > coveredTo + 1) {
                    if (runFirst >= 0) {
                        out.add(region(comment, words, runFirst, coveredTo));
                    }
                    runFirst = i;
                }
                coveredTo = i + MIN_WORDS - 1;
            }
        }
        if (runFirst >= 0) {
            out.add(region(comment, words, runFirst, coveredTo));
        }
        return out;
    }

    private static QuoteRegion region(PlainText p, Words w, int first, int last) {
        return QuoteRegion.plain(p, w.starts[first], w.ends[last], QuotedSpan.Kind.THREAD_REPEAT);
    }

    /** Whitespace-separated words of a text with their positions and 64-bit hashes. */
    private static final class Words {
        int count;
        int[] starts = new int[64];
        int[] ends = new int[64];
        long[] hashes = new long[64];

        static Words of(String s) {
            Words w = new Words();
            int i = 0;
            int n = s.length();
            while (i < n) {
                while (i < n && PlainText.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                int start = i;
                long h = 0xcbf29ce484222325L; // FNV-1a
                while (i < n && !PlainText.isSpace(s.charAt(i))) {
                    h = (h ^ fold(s.charAt(i))) * 0x100000001b3L;
                    i++;
                }
                w.add(start, i, h);
            }
            return w;
        }

        private void add(int start, int end, long hash) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            hashes[count++] = hash;
        }

        long window(int i) {
            long h = 0;
            for (int k = 0; k < MIN_WORDS; k++) {
                h = h * 0x9E3779B97F4A7C15L + hashes[i + k];
            }
            return h;
        }

        /** Case and quote style do not make a copy less verbatim. */
        private static char fold(char c) {
            return Character.toLowerCase(TokenNormalizer.straight(c));
        }
    }
}
