package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Sentence spans of the author's own text, by OpenNLP's sentence detector.
 *
 * <p>Before the model runs, the author's text is cut where it certainly breaks, because the model was
 * trained on running prose and only looks at end-of-sentence punctuation:
 * <ul>
 *   <li>at quoted spans (a sentence never runs through a quote the author inserted);</li>
 *   <li>at blank lines (paragraphs; otherwise a heading without a full stop is glued to the next
 *       paragraph);</li>
 *   <li>at a single line break unless the next line starts with a lower-case letter: comments put
 *       one thought per line without punctuation, while a line continuing in lower case is most
 *       likely hard-wrapped prose, which is left to the model.</li>
 * </ul>
 * The model reads a copy in which typographic quotes are straightened and non-whitespace runs longer
 * than {@value #MAX_RUN} chars are masked with letters: its context for each candidate {@code .!?}
 * spans the whole surrounding run, so a long run of dots would cost quadratic time.
 */
final class SentenceSplitter {

    private static final int MAX_RUN = 64;

    /** Dotted abbreviations of a country or a capital that often stand before a noun. */
    private static final List<String> ABBREVIATIONS = List.of("U.S.", "U.S.A.", "U.K.", "U.N.", "D.C.");
    /** Capitalised words that continue a phrase after one of {@link #ABBREVIATIONS} ("U.S. President"). */
    private static final Set<String> PHRASE_HEADS = Set.of(
            "President", "Presidents", "Presidency", "Government", "Administration", "Congress", "Senate",
            "Senator", "Senators", "House", "Army", "Navy", "Air", "Marines", "Marine", "Military", "Forces",
            "Coast", "Embassy", "Ambassador", "Treasury", "Department", "Secretary", "State", "Defense",
            "Supreme", "Constitution", "Attorney", "Intelligence", "Officials", "Citizens", "Dollar", "Border",
            "Customs", "Census", "Capitol", "Open", "Security", "Special", "Federal", "Postal", "Representative");

    private SentenceSplitter() {
    }

    /**
     * @param author true for plain chars that are the author's own (not quoted)
     * @return sentence spans in original offsets
     */
    static List<AnalyzedText.Span> split(PlainText p, boolean[] author, SentenceDetector detector) {
        String s = p.text();
        String view = maskLongRuns(TokenNormalizer.straightenQuotes(s));
        List<AnalyzedText.Span> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !author[i]) {
                i++;
            }
            int start = i;
            while (i < n && author[i] && !hardBreakAt(s, i)) {
                i++;
            }
            if (i < n && author[i]) {
                i++; // the break char itself (a newline) belongs to neither piece
            }
            piece(p, view, start, i, detector, out);
        }
        return out;
    }

    /** Whether a piece must end at the newline {@code s.charAt(i)}: blank line, or next line not lower case. */
    private static boolean hardBreakAt(String s, int i) {
        if (s.charAt(i) != '\n') {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '\n' && PlainText.isSpace(s.charAt(j))) {
            j++;
        }
        return j >= s.length() || !Character.isLowerCase(s.charAt(j));
    }

    private static void piece(PlainText p, String view, int start, int end, SentenceDetector detector,
                              List<AnalyzedText.Span> out) {
        while (start < end && PlainText.isSpace(view.charAt(start))) {
            start++;
        }
        while (end > start && PlainText.isSpace(view.charAt(end - 1))) {
            end--;
        }
        if (!hasVisibleChar(view, start, end)) {
            return;
        }
        int[] open = null; // a sentence held back in case the next one continues it
        for (Span span : detector.sentPosDetect(view.substring(start, end))) {
            int a = start + span.getStart();
            int b = start + span.getEnd();
            while (a < b && PlainText.isSpace(view.charAt(a))) {
                a++;
            }
            while (b > a && PlainText.isSpace(view.charAt(b - 1))) {
                b--;
            }
            if (!hasVisibleChar(view, a, b)) {
                continue;
            }
            if (open != null && continuesAbbreviation(view, open[1], a)) {
                open[1] = b;
                continue;
            }
            if (open != null) {
                out.add(new AnalyzedText.Span(p.origStart(open[0]), p.origEnd(open[1])));
            }
            open = new int[] {a, b};
        }
        if (open != null) {
            out.add(new AnalyzedText.Span(p.origStart(open[0]), p.origEnd(open[1])));
        }
    }

    /**
     * Whether a sentence that ends at {@code end} with a country abbreviation ("U.S.") was cut in the
     * middle of a noun phrase that starts at {@code next}: "Equating any U.S. | President to Hitler".
     * The detector's model sometimes splits there, as a capitalised word follows a full stop. Only
     * the words that commonly continue such a phrase rejoin it; after any other word the detector's
     * split stands, since "the U.S." also ends sentences.
     */
    private static boolean continuesAbbreviation(String view, int end, int next) {
        String before = view.substring(Math.max(0, end - 6), end);
        if (ABBREVIATIONS.stream().noneMatch(before::endsWith)) {
            return false;
        }
        int e = next;
        while (e < view.length() && Character.isLetter(view.charAt(e))) {
            e++;
        }
        return PHRASE_HEADS.contains(view.substring(next, e));
    }

    /** Whether {@code [start, end)} has anything but whitespace and invisible format chars. */
    private static boolean hasVisibleChar(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!PlainText.isSpace(c) && Character.getType(c) != Character.FORMAT) {
                return true;
            }
        }
        return false;
    }

    private static String maskLongRuns(String s) {
        char[] c = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            while (i < n && !PlainText.isSpace(s.charAt(i))) {
                i++;
            }
            if (i - start > MAX_RUN) {
                if (c == null) {
                    c = s.toCharArray();
                }
                java.util.Arrays.fill(c, start, i, 'x');
            }
            i++;
        }
        return c == null ? s : new String(c);
    }
}
