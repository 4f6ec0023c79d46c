package dev.parley.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Undoes disguised profanity ({@code f*ck}, {@code sh1t}, {@code a$$}, {@code @ss}, {@code fu©k},
 * {@code f.u.c.k}) — but only when the result is a listed word.
 *
 * <p>Why confirm everything against the list: the substitutions are ambiguous outside profanity.
 * Applied blindly, {@code 1→i} turns "1st" into "ist", {@code 7→t} "G7" into "gt", {@code 0→o}
 * "2020" into "2o2o", and {@code *} is also emphasis ({@code *really*}). A disguise exists to get a
 * listed word past a filter, so a de-obfuscation that does not produce a listed word is most likely
 * not a disguise. The list is LDNOOBW English ({@code analysis/lexicons/ldnoobw/en}, CC-BY-4.0), single
 * words of 3+ letters, plus the inflections {@link #SUFFIXES} of those words ({@code f*cked}).
 */
final class ProfanityLexicon {

    private static final String RESOURCE = "/analysis/lexicons/ldnoobw/en";
    private static final List<String> SUFFIXES = List.of("s", "es", "ed", "er", "ers", "ing", "y");
    /**
     * Wildcards ({@code f**k}, {@code s#it}) can fit several listed words ({@code s**t}: shit, slut);
     * the most common profanity wins, then the list order.
     */
    private static final List<String> PREFERRED = List.of("fuck", "fucking", "fucker", "shit", "bitch",
            "ass", "asshole", "dick", "cunt", "cock", "pussy", "bastard", "whore", "slut", "nigger",
            "faggot", "twat", "piss", "wank");
    private static final String VOWELS = "aeiou";

    /** Listed words and their inflections, in preference order. */
    private final Set<String> forms;
    private final Map<Integer, List<String>> formsByLength = new HashMap<>();

    ProfanityLexicon(List<String> entries) {
        Set<String> listed = new LinkedHashSet<>();
        for (String e : entries) {
            String w = e.strip().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
                listed.add(w);
            }
        }
        Set<String> base = new LinkedHashSet<>();
        for (String w : PREFERRED) {
            if (listed.contains(w)) {
                base.add(w);
            }
        }
        base.addAll(listed);
        Set<String> all = new LinkedHashSet<>(base);
        for (String w : base) {
            for (String suffix : SUFFIXES) {
                all.add(w + suffix);
            }
        }
        forms = all;
        for (String f : all) {
            formsByLength.computeIfAbsent(f.length(), k -> new ArrayList<>()).add(f);
        }
    }

    static ProfanityLexicon load() {
        try (InputStream in = ProfanityLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ProfanityLexicon(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String lowerWord) {
        return forms.contains(lowerWord);
    }

    /**
     * The listed word a disguised token stands for, or null.
     *
     * @param candidate the token, lower-cased; it must contain at least one letter and at least one
     *                  substitution, wildcard or single-letter separator to count as a disguise
     */
    String resolve(String candidate) {
        String spelled = joinSeparatedLetters(candidate);
        if (spelled != null) {
            return confirm(spelled);
        }
        StringBuilder sb = new StringBuilder(candidate.length());
        boolean letter = false;
        boolean disguised = false;
        boolean wildcard = false;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            char sub = substitute(c);
            if (Character.isLetter(c) && sub == 0) {
                sb.append(c);
                letter = true;
            } else if (sub != 0) {
                sb.append(sub);
                disguised = true;
            } else if (c == '*' || c == '#' || c == '%' || c == '&' || c == '?') {
                sb.append('?');
                wildcard = true;
            } else {
                return null;
            }
        }
        if (!letter || !(disguised || wildcard)) {
            return null;
        }
        String squeezed = TokenNormalizer.squeeze(sb.toString());
        return wildcard ? fill(squeezed) : confirm(squeezed);
    }

    /**
     * A listed form for a word that was only elongated ({@code fuuuuck} → {@code fuck}): tried after
     * squeezing runs to two letters failed; only doubled letters are collapsed.
     */
    String collapseElongation(String squeezed) {
        StringBuilder sb = new StringBuilder(squeezed.length());
        for (int i = 0; i < squeezed.length(); i++) {
            char c = squeezed.charAt(i);
            if (i > 0 && c == squeezed.charAt(i - 1) && Character.isLetter(c)) {
                continue;
            }
            sb.append(c);
        }
        String collapsed = sb.toString();
        return forms.contains(collapsed) ? collapsed : null;
    }

    private String confirm(String word) {
        if (forms.contains(word)) {
            return word;
        }
        return collapseElongation(word);
    }

    /** {@code ?} stands for one unknown letter; vowel fills are tried first, as the usual disguise. */
    private String fill(String pattern) {
        String anyLetter = null;
        for (String f : formsByLength.getOrDefault(pattern.length(), List.of())) {
            if (matches(pattern, f, true)) {
                return f;
            }
            if (anyLetter == null && matches(pattern, f, false)) {
                anyLetter = f;
            }
        }
        return anyLetter;
    }

    private static boolean matches(String pattern, String form, boolean vowelsOnly) {
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            char f = form.charAt(i);
            if (p == '?' ? vowelsOnly && VOWELS.indexOf(f) < 0 : p != f) {
                return false;
            }
        }
        return true;
    }

    /** {@code f.u.c.k}, {@code f-u-c-k}, {@code f_u_c_k}: single letters with one separator between. */
    private static String joinSeparatedLetters(String s) {
        if (s.length() < 5) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean even = i % 2 == 0;
            if (even && !Character.isLetter(c)) {
                return null;
            }
            if (!even && c != '.' && c != '-' && c != '_') {
                return null;
            }
            if (!even && i + 1 < s.length() && c != s.charAt(1)) {
                return null; // one kind of separator throughout
            }
            if (even) {
                sb.append(c);
            }
        }
        return sb.length() >= 3 ? sb.toString() : null;
    }

    /** The letter a look-alike stands for, or 0. */
    static char substitute(char c) {
        return switch (c) {
            case '1', '!', '|' -> 'i';
            case '3', '\u20AC' -> 'e';
            case '0' -> 'o';
            case '4', '@' -> 'a';
            case '$', '5' -> 's';
            case '7' -> 't';
            case '\u00A9' -> 'c';
            default -> 0;
        };
    }
}
