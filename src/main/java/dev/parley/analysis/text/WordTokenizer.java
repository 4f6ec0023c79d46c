package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenises the plain text: special tokens as found by {@link SpecialTokenScanner}, everything in
 * between by OpenNLP's maximum-entropy tokenizer, with three guards around it:
 * <ul>
 *   <li>It reads a copy with typographic quotes straightened (same length, so offsets hold): the
 *       model splits {@code 'word'} into three tokens but leaves {@code ‘word’} in one piece.</li>
 *   <li>Chunks (whitespace-delimited) longer than {@value #MAX_ME_CHUNK} chars, and chunks in scripts
 *       written without spaces (Chinese, Japanese) or containing supplementary chars, go to a simple
 *       splitter instead: the ME tokenizer builds a context per char position from the chunk around it,
 *       so its cost per char grows with the chunk (measured: 5k chars 66 ms, 20k chars 364 ms; no real
 *       word is that long, but a pasted run is); it knows nothing of CJK; and it could cut a surrogate
 *       pair.</li>
 *   <li>A trailing possessive {@code 's} becomes its own token ({@code Russia's} → {@code Russia},
 *       {@code 's}): the Penn Treebank convention that country and target lexicons expect. This model
 *       version keeps {@code Russia's} whole, so the split is done here.</li>
 * </ul>
 */
final class WordTokenizer {

    static final int MAX_ME_CHUNK = 48;
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['\u2019][sS]$");

    /** A token in plain-text coordinates; {@code presetNorm} is non-null for resolved disguises. */
    record RawToken(int start, int end, TokenKind kind, String presetNorm) {
    }

    private WordTokenizer() {
    }

    static List<RawToken> tokenize(String plain, List<SpecialTokenScanner.Special> specials, Tokenizer me) {
        String view = straightened(plain);
        List<RawToken> out = new ArrayList<>();
        int pos = 0;
        for (SpecialTokenScanner.Special sp : specials) {
            gap(plain, view, pos, sp.start(), me, out);
            out.add(new RawToken(sp.start(), sp.end(), sp.kind(), sp.norm()));
            pos = sp.end();
        }
        gap(plain, view, pos, plain.length(), me, out);
        return out;
    }

    /**
     * Tokenises {@code [from, to)}: consecutive ordinary chunks go to the ME tokenizer in one call (it
     * treats whitespace-separated chunks independently, so batching changes nothing but the overhead).
     */
    private static void gap(String plain, String view, int from, int to, Tokenizer me, List<RawToken> out) {
        int i = from;
        int batchStart = -1;
        int batchEnd = -1;
        while (i < to) {
            while (i < to && PlainText.isSpace(plain.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !PlainText.isSpace(plain.charAt(i))) {
                i++;
            }
            if (i == start) {
                continue;
            }
            if (i - start > MAX_ME_CHUNK || needsFallback(plain, start, i)) {
                flush(plain, view, batchStart, batchEnd, me, out);
                batchStart = -1;
                fallback(plain, start, i, out);
            } else {
                if (batchStart < 0) {
                    batchStart = start;
                }
                batchEnd = i;
            }
        }
        flush(plain, view, batchStart, batchEnd, me, out);
    }

    private static void flush(String plain, String view, int start, int end, Tokenizer me, List<RawToken> out) {
        if (start < 0) {
            return;
        }
        for (Span span : me.tokenizePos(view.substring(start, end))) {
            possessive(plain, start + span.getStart(), start + span.getEnd(), out);
        }
    }

    private static void possessive(String plain, int start, int end, List<RawToken> out) {
        if (end - start > 2) {
            Matcher m = POSSESSIVE.matcher(plain).region(start, end);
            if (m.find()) {
                out.add(new RawToken(start, m.start(), TokenKind.WORD, null));
                out.add(new RawToken(m.start(), end, TokenKind.WORD, null));
                return;
            }
        }
        out.add(new RawToken(start, end, TokenKind.WORD, null));
    }

    private static boolean needsFallback(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || isUnspacedScript(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The simple splitter: runs of letters, digits, marks and inner apostrophes form a token; a CJK
     * ideograph or kana is a token on its own (these scripts have no spaces; one char per token is the
     * usual baseline); any other char is a token, with runs of the same char ({@code !!!}) kept together.
     */
    private static void fallback(String s, int start, int end, List<RawToken> out) {
        int i = start;
        while (i < end) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isUnspacedScript(cp)) {
                out.add(new RawToken(i, next, TokenKind.WORD, null));
                i = next;
            } else if (isWordChar(cp)) {
                int j = next;
                while (j < end) {
                    int c = s.codePointAt(j);
                    boolean innerApostrophe = (c == '\'' || c == '\u2019') && j + 1 < end && isWordChar(s.codePointAt(j + 1));
                    if (!(isWordChar(c) && !isUnspacedScript(c)) && !innerApostrophe) {
                        break;
                    }
                    j += Character.charCount(c);
                }
                out.add(new RawToken(i, j, TokenKind.WORD, null));
                i = j;
            } else {
                int j = next;
                while (j < end && s.codePointAt(j) == cp) {
                    j += Character.charCount(cp);
                }
                out.add(new RawToken(i, j, TokenKind.WORD, null));
                i = j;
            }
        }
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }

    private static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static String straightened(String s) {
        return TokenNormalizer.straightenQuotes(s);
    }
}
