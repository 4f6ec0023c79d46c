package dev.parley.analysis.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Computes {@link Token#norm()}, the form every feature reads. Each step exists so that spellings
 * that mean the same thing count as the same feature:
 * <ol>
 *   <li>NFKC: full-width {@code ｆｕｃｋ}, math-bold {@code 𝐟𝐮𝐜𝐤} and ligatures become plain letters.</li>
 *   <li>Invisible format chars (soft hyphen, zero-width space, BOM, bidi controls) are dropped: they
 *       are used to slip words past filters and, in RTL text, are layout rather than content.
 *       Zero-width (non-)joiners stay, as they are spelling in Persian and in emoji sequences.</li>
 *   <li>Lower case with {@link Locale#ROOT} (a Turkish default locale would turn {@code I} into
 *       {@code ı}).</li>
 *   <li>Curly and typographic quotes/apostrophes straightened: {@code don’t} = {@code don't}.</li>
 *   <li>Letter runs of 3+ squeezed to 2 ({@code stuuupid} → {@code stuupid}, {@code sooooo} →
 *       {@code soo}): elongation varies without limit, two letters keep "soo" apart from "so".</li>
 *   <li>Disguised or elongated profanity mapped to the listed word ({@link ProfanityLexicon}).</li>
 *   <li>Classes: {@code <url>}, {@code <email>}, {@code <mention>}, {@code <num>}: the value of a URL
 *       or a number rarely generalises, the fact that there is one does.</li>
 * </ol>
 * Emoticons keep their case ({@code :D} and {@code :d} are both "grin", but {@code XD} ≠ {@code xd}
 * matters less than not inventing equivalences); emoji lose variation selectors and skin-tone
 * modifiers so that 👍🏽 and 👍 are one feature.
 */
final class TokenNormalizer {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\p{Nd}+(?:[.,:/-]\\p{Nd}+)*");

    private final ProfanityLexicon lexicon;

    TokenNormalizer(ProfanityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    String norm(TokenKind kind, String plain) {
        return switch (kind) {
            case URL -> "<url>";
            case EMAIL -> "<email>";
            case MENTION -> "<mention>";
            case EMOTICON -> plain;
            case EMOJI -> emoji(plain);
            case HASHTAG -> "#" + word(plain.substring(1));
            case OBFUSCATED, WORD -> word(plain);
        };
    }

    /** Normal form of a word-like token. */
    String word(String plain) {
        if (plain.length() <= 64 && NUMBER.matcher(plain).matches()) {
            return "<num>";
        }
        String s = Normalizer.normalize(plain, Normalizer.Form.NFKC);
        s = dropFormatChars(s).toLowerCase(Locale.ROOT);
        s = straightenQuotes(s);
        String squeezed = squeeze(s);
        if (lexicon.contains(squeezed)) {
            return squeezed;
        }
        if (!squeezed.equals(s)) {
            String collapsed = lexicon.collapseElongation(squeezed);
            if (collapsed != null) {
                return collapsed;
            }
        }
        if (squeezed.length() <= 32 && hasDisguise(squeezed)) {
            String resolved = lexicon.resolve(squeezed);
            if (resolved != null) {
                return resolved;
            }
        }
        return squeezed;
    }

    private static boolean hasDisguise(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Runs of 3+ identical letters become 2; other chars (digits, "!!!", "...") are left alone. */
    static String squeeze(String s) {
        StringBuilder sb = null;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = i > 0 && c == s.charAt(i - 1) && Character.isLetter(c) ? run + 1 : 1;
            if (run >= 3) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String straightenQuotes(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = straight(c);
            if (r != c && sb == null) {
                sb = new StringBuilder(s).delete(i, s.length());
            }
            if (sb != null) {
                sb.append(r);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The ASCII quote a typographic quote stands for (the char itself otherwise). */
    static char straight(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            default -> c;
        };
    }

    private static String dropFormatChars(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D';
            if (drop && sb == null) {
                sb = new StringBuilder(s).delete(i, s.length());
            }
            if (sb != null && !drop) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String emoji(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> cp != 0xFE0E && cp != 0xFE0F && !(cp >= 0x1F3FB && cp <= 0x1F3FF))
                .forEach(sb::appendCodePoint);
        return sb.isEmpty() ? s : sb.toString();
    }
}
