package dev.parley.analysis.stance;

import dev.parley.analysis.feature.FeatureHasher;
import dev.parley.analysis.feature.Lexicons;
import java.util.Set;

/**
 * Features of the clause around each mention of the target, added by {@link StanceFeatures}.
 * The error analysis of stance model v1 found that sentence-level words let another country in the
 * same sentence, or evaluation aimed at something else, decide the label; the clause (bounded by
 * punctuation and conjunctions) is closer to what the author says about the target itself.
 *
 * <ul>
 *   <li>{@code c:} words of the mention's clause; a list of countries ("China, America and Russia
 *       are …") is one group, so every listed country gets the shared predicate;</li>
 *   <li>{@code clex:} AFINN valence of the clause, flipped after a negator in the clause;</li>
 *   <li>{@code pred:} words and valence of a predicate attached by a copula ("[t] is/was/has been
 *       ADJ"), {@code mod:} valence of a modifier right before the mention ("evil [t]");</li>
 *   <li>{@code q:} the mention's sentence is a question (rhetorical questions often accuse);</li>
 *   <li>{@code sarc:} a sarcasm cue ("oh sure", "yeah right", "/s") in the comment, alone and
 *       together with positive clause valence (praise that is likely meant the other way);</li>
 *   <li>{@code we:} the author identifies with the target ("we Americans", "as a Russian").</li>
 * </ul>
 */
final class MentionClauses {

    private static final Set<String> PUNCT_BOUNDARY = Set.of(
            ",", ";", ":", ".", "!", "?", "(", ")", "-", "--", "—", "–", "...", "…", "\"", "“", "”");
    private static final Set<String> CONJ_BOUNDARY = Set.of(
            "but", "and", "or", "because", "while", "although", "though", "whereas", "so", "yet", "if", "unless",
            "since", "when", "which", "who", "than");
    /** Tokens that may join a list of countries without ending the clause. */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "&", "/", "nor");
    private static final Set<String> COPULAS = Set.of(
            "is", "was", "are", "were", "'s", "be", "been", "being", "has", "have", "had", "seems", "seem", "looks",
            "remains", "becomes", "became", "will", "would", "should", "must", "can", "could", "'re", "isnt", "wasnt");
    private static final Set<String> FILLERS = Set.of(
            "a", "an", "the", "very", "so", "really", "just", "such", "been", "be", "being", "always", "still", "truly",
            "quite", "pretty", "totally", "absolutely", "clearly", "obviously", "also", "now");
    private static final Set<String> NEGATORS = Set.of(
            "not", "n't", "no", "never", "nor", "hardly", "cannot", "dont", "doesnt", "isnt", "wasnt", "arent",
            "wont", "cant");
    private static final Set<String> SARCASM_FIRST = Set.of("oh", "yeah", "sure", "of", "so", "great", "thanks", "wow");
    private static final Set<String> SARCASM_BIGRAMS = Set.of(
            "oh sure", "oh yeah", "yeah right", "sure ,", "of course", "so much", "great job", "thanks ,", "wow ,",
            "oh ,", "oh right");
    private static final Set<String> WE = Set.of("we", "us", "our", "fellow");
    private static final int PREDICATE_WORDS = 4;

    private MentionClauses() {
    }

    static void add(FeatureHasher h, String[] words, boolean[] isTarget, Lexicons lexicons) {
        int n = words.length;
        boolean[] inClause = new boolean[n];
        boolean sarcasm = false;
        for (int i = 0; i + 1 < n; i++) {
            if (words[i].equals("/s") || words[i].equals("/") && words[i + 1].equals("s") || SARCASM_FIRST.contains(words[i])
                    && SARCASM_BIGRAMS.contains(words[i] + ' ' + words[i + 1])) {
                sarcasm = true;
                h.add("sarc:cue", i, i + 2);
                i++; // "oh sure ," is one cue, not two
            }
        }
        if (n > 0 && words[n - 1].equals("/s")) {
            sarcasm = true;
            h.add("sarc:cue", n - 1, n);
        }
        for (int i = 0; i < n; i++) {
            if (!isTarget[i] || i > 0 && isTarget[i - 1]) {
                continue;
            }
            int from = i;
            while (from > 0 && !boundary(words, from - 1, -1)) {
                from--;
            }
            int groupEnd = i + 1;
            while (groupEnd < n && (isTarget[groupEnd] || isMention(words[groupEnd])
                    || LIST_JOINERS.contains(words[groupEnd]) && groupEnd + 1 < n && isMention(words[groupEnd + 1]))) {
                groupEnd++;
            }
            int to = groupEnd;
            while (to < n && !boundary(words, to, +1)) {
                to++;
            }
            for (int k = from; k < to; k++) {
                inClause[k] = true;
            }
            predicate(h, words, groupEnd, to, lexicons);
            modifier(h, words, i, lexicons);
            if (questionAhead(words, i)) {
                h.add("q:[t]", i, i + 1);
            }
            if (i > 0 && WE.contains(words[i - 1]) || i > 1 && words[i - 2].equals("as")
                    && (words[i - 1].equals("a") || words[i - 1].equals("an"))) {
                h.add("we:[t]", i - 1, i + 1);
            }
        }
        double positive = 0;
        double negative = 0;
        int lastNegator = -10;
        for (int i = 0; i < n; i++) {
            if (!inClause[i]) {
                continue;
            }
            if (NEGATORS.contains(words[i])) {
                lastNegator = i;
            }
            if (!isTarget[i]) {
                h.add("c:" + words[i], i, i + 1);
            }
            int v = lexicons.valence(words[i]);
            if (v != 0) {
                double signed = i - lastNegator <= 3 && i != lastNegator ? -v : v;
                if (signed > 0) {
                    positive += signed;
                } else {
                    negative -= signed;
                }
            }
        }
        h.add("clex:positive", positive / 5.0, -1, -1);
        h.add("clex:negative", negative / 5.0, -1, -1);
        if (sarcasm && positive > 0) {
            h.add("sarc:positive", positive / 5.0, -1, -1);
        }
    }

    /** "[t] is/was/has been (not) ADJ …": the predicate's words and valence. */
    private static void predicate(FeatureHasher h, String[] words, int at, int clauseEnd, Lexicons lexicons) {
        if (at >= clauseEnd || !COPULAS.contains(words[at])) {
            return;
        }
        boolean negated = words[at].equals("isnt") || words[at].equals("wasnt");
        int taken = 0;
        for (int k = at + 1; k < clauseEnd && taken < PREDICATE_WORDS; k++) {
            String w = words[k];
            if (NEGATORS.contains(w)) {
                negated = true;
                continue;
            }
            if (FILLERS.contains(w) || COPULAS.contains(w)) {
                continue;
            }
            taken++;
            h.add((negated ? "pred:not:" : "pred:") + w, k, k + 1);
            int v = lexicons.valence(w);
            if (v != 0) {
                boolean pos = negated ? v < 0 : v > 0;
                h.add(pos ? "pred:positive" : "pred:negative", Math.abs(v) / 5.0, k, k + 1);
            }
        }
    }

    /** "evil [t]", "the great [t]": valence of the word right before the mention (skipping articles). */
    private static void modifier(FeatureHasher h, String[] words, int mention, Lexicons lexicons) {
        int k = mention - 1;
        if (k >= 0 && (words[k].equals("the") || words[k].equals("a"))) {
            k--;
        }
        if (k >= 0) {
            int v = lexicons.valence(words[k]);
            if (v != 0) {
                h.add(v > 0 ? "mod:positive" : "mod:negative", Math.abs(v) / 5.0, k, k + 1);
            }
        }
    }

    /** True when the first sentence end after the mention is a question mark. */
    private static boolean questionAhead(String[] words, int from) {
        for (int k = from + 1; k < words.length; k++) {
            switch (words[k]) {
                case "?":
                    return true;
                case ".", "!":
                    return false;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean isMention(String w) {
        return w.equals("[t]") || w.equals("[o]");
    }

    /** Whether token k ends the clause; a list joiner between two mentions does not. */
    private static boolean boundary(String[] words, int k, int direction) {
        String w = words[k];
        if (!PUNCT_BOUNDARY.contains(w) && !CONJ_BOUNDARY.contains(w)) {
            return false;
        }
        if (LIST_JOINERS.contains(w)) {
            int beyond = k + direction;
            int behind = k - direction;
            boolean mentionBeyond = beyond >= 0 && beyond < words.length && isMention(words[beyond]);
            boolean mentionBehind = behind >= 0 && behind < words.length && isMention(words[behind]);
            return !(mentionBeyond && mentionBehind);
        }
        return true;
    }
}
