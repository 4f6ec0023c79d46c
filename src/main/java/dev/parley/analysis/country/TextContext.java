package dev.parley.analysis.country;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One text being scanned: its tokens and the context rules that look around a candidate match.
 * Created per {@link TargetDetector#detect} call and never shared, so it may cache lazily.
 */
final class TextContext {

    /** Between tokens of one alias: an optional possessive 's, then spaces or hyphens only. */
    private static final Pattern ALIAS_GAP = Pattern.compile("(?:['’][sS])?[\\s\\-‐‑–]{0,3}");
    /** Between a title and a name: "Mr. Abe", "PM Abe". */
    private static final Pattern TITLE_GAP = Pattern.compile("\\.?\\s{1,2}");
    private static final String HYPHENS = "-‐‑–";

    /** Words before an ambiguous leader name that make it the office-holder ("PM Abe"). */
    private static final Set<String> TITLES = Set.of("pm", "premier", "minister", "mr");
    /** Words after an ambiguous name that make it the government ("Abe government"). */
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "administration", "cabinet",
            "regime", "govt", "gov");
    /**
     * Words after an all-caps "US" in a shouted sentence that make it the country ("US TROOPS").
     * A heuristic: the pronoun can precede them too ("GIVE US MILITARY AID"), but state nouns
     * right after "US" are far likelier to be "US military" than an indirect object.
     */
    private static final Set<String> US_NOUNS = Set.of("military", "government", "gov", "govt", "president",
            "troops", "army", "navy", "air", "marines", "forces", "soldiers", "officials", "embassy",
            "economy", "dollar", "dollars", "election", "elections", "congress", "senate", "citizens",
            "sanctions", "policy", "administration", "intelligence", "state", "dept", "department",
            "border", "allies", "constitution", "law", "laws", "debt", "media", "bases", "territory");

    private final String text;
    private final List<WordToken> tokens;
    private Set<String> keys;
    private Boolean textShouts;

    TextContext(String text, List<WordToken> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    List<WordToken> tokens() {
        return tokens;
    }

    /** True when the text between tokens {@code a} and {@code a+1} may sit inside one alias. */
    boolean aliasGap(int a) {
        WordToken left = tokens.get(a);
        int from = left.end();
        int to = tokens.get(a + 1).start();
        if (left.exact().length() == 1 && to > from && text.charAt(from) == '.') {
            from++; // the dot of an initial: "Booker T. Washington"
        }
        return ALIAS_GAP.matcher(text).region(from, to).matches();
    }

    /** True when a hyphen directly follows token {@code i} ("Sino-", "US-China"). */
    boolean hyphenAfter(int i) {
        int end = tokens.get(i).end();
        return end < text.length() && HYPHENS.indexOf(text.charAt(end)) >= 0;
    }

    /** True when any of the words occurs in the text (lower-case keys). */
    boolean containsAny(Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        if (keys == null) {
            keys = new HashSet<>();
            tokens.forEach(t -> keys.add(t.key()));
        }
        for (String w : words) {
            if (keys.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule for an all-caps "US": in a normal sentence it is the country (the pronoun is "us");
     * in a sentence written in capitals it is the country only after "the", before a state noun,
     * before a hyphen ("US-CHINA") or with a possessive ("US'S"). "US$" is never the country.
     */
    boolean usAccepted(int i) {
        WordToken us = tokens.get(i);
        if (us.end() < text.length() && text.charAt(us.end()) == '$') {
            return false; // "US$3.8 billion": a currency notation, a price, not talk of the US
        }
        if (!shouting(i)) {
            return true;
        }
        if (us.possessive() || hyphenAfter(i)) {
            return true;
        }
        if (i > 0 && tokens.get(i - 1).key().equals("the") && plainGap(i - 1)) {
            return true;
        }
        return i + 1 < tokens.size() && US_NOUNS.contains(tokens.get(i + 1).key()) && plainGap(i);
    }

    /**
     * Rule {@code not-before-name}: true when the token after {@code last} is a capitalised word
     * right after a space (a surname or a proper name: "Abe Lincoln", "Washington Post"), unless
     * that word is a government noun ("Abe Cabinet").
     */
    boolean beforeName(int last) {
        if (last + 1 >= tokens.size() || !plainGap(last) || tokens.get(last).possessive()) {
            return false;
        }
        WordToken next = tokens.get(last + 1);
        return next.capitalised() && !GOVERNMENT_NOUNS.contains(next.key());
    }

    /** True when a title precedes {@code first} or a government noun follows {@code last}. */
    boolean titled(int first, int last) {
        if (first > 0) {
            WordToken prev = tokens.get(first - 1);
            if (TITLES.contains(prev.key())
                    && TITLE_GAP.matcher(text).region(prev.end(), tokens.get(first).start()).matches()) {
                return true;
            }
        }
        return last + 1 < tokens.size() && GOVERNMENT_NOUNS.contains(tokens.get(last + 1).key())
                && aliasGap(last);
    }

    /** Only whitespace between token {@code a} and the next one. */
    private boolean plainGap(int a) {
        int from = tokens.get(a).end();
        int to = tokens.get(a + 1).start();
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the sentence around token {@code i} is written in capitals: at least two other
     * words of two or more letters, three quarters of them all-caps. A sentence too short to
     * tell ("US OUT!") is judged by the whole text the same way.
     */
    private boolean shouting(int i) {
        int from = i;
        while (from > 0 && !sentenceBreak(from - 1)) {
            from--;
        }
        int to = i;
        while (to + 1 < tokens.size() && !sentenceBreak(to)) {
            to++;
        }
        int[] counts = capsCounts(from, to, i);
        if (counts[1] >= 2) {
            return counts[0] * 4 >= counts[1] * 3;
        }
        if (textShouts == null) {
            int[] all = capsCounts(0, tokens.size() - 1, -1);
            textShouts = all[1] >= 2 && all[0] * 4 >= all[1] * 3;
        }
        return textShouts;
    }

    /** {all-caps words, words} among tokens from..to (inclusive), not counting token skip. */
    private int[] capsCounts(int from, int to, int skip) {
        int caps = 0;
        int words = 0;
        for (int k = from; k <= to; k++) {
            WordToken t = tokens.get(k);
            // "US" itself is all-caps in any sentence, so it must not count as evidence of shouting
            if (k == skip || t.letterCount() < 2 || t.exact().equals("US")) {
                continue;
            }
            words++;
            if (t.allCaps()) {
                caps++;
            }
        }
        return new int[] {caps, words};
    }

    /** True when a sentence ends between token {@code a} and the next one. */
    private boolean sentenceBreak(int a) {
        int from = tokens.get(a).end();
        int to = tokens.get(a + 1).start();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
