package dev.parley.analysis.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the tokens aliases are matched on. One regex pass over the text, so the cost
 * per comment does not grow with the number of aliases.
 *
 * <p>Two kinds of token: dotted abbreviations of single letters ({@code U.S.}, {@code U.S.A.},
 * {@code U.K.}, {@code D.C.}) as one token, because splitting them would turn {@code U.S.} into
 * the pronoun-like {@code U} {@code S}; and runs of letters/digits with inner apostrophes
 * ({@code don't}, {@code Xi'an}). Hyphens separate tokens, so {@code Sino-Russian} is two tokens
 * and {@code anti-American} still yields {@code American}. A final possessive {@code 's}/{@code ’s}
 * is cut off the token (it is never part of a mention's span) and recorded on it.
 *
 * <p>URLs are tokenised like prose: a link slug ({@code /japan-is-growing-but-wages…}) names what
 * the author cites, and the annotators counted such links as references.
 */
final class TargetTokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            // dotted abbreviation: letters separated by dots, not followed by more word chars,
            // plus an optional final dot (group 1)
            "(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+(?![\\p{L}\\p{N}])(\\.)?"
                    // word with inner apostrophes
                    + "|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    private TargetTokenizer() {
    }

    static List<WordToken> tokenize(String text) {
        List<WordToken> tokens = new ArrayList<>(Math.max(8, text.length() / 5));
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String surface = m.group();
            boolean dotted = surface.indexOf('.') > 0;
            if (dotted) {
                String exact = m.group(1) == null ? surface + "." : surface;
                tokens.add(new WordToken(start, end, exact, exact.toLowerCase(Locale.ROOT), false));
                continue;
            }
            boolean possessive = false;
            int len = surface.length();
            if (len > 2 && (surface.charAt(len - 1) == 's' || surface.charAt(len - 1) == 'S')
                    && (surface.charAt(len - 2) == '\'' || surface.charAt(len - 2) == '’')) {
                surface = surface.substring(0, len - 2);
                end -= 2;
                possessive = true;
            }
            tokens.add(new WordToken(start, end, surface, surface.toLowerCase(Locale.ROOT), possessive));
        }
        return tokens;
    }
}
