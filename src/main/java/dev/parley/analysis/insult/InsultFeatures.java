package dev.parley.analysis.insult;

import dev.parley.analysis.feature.FeatureHasher;
import dev.parley.analysis.feature.FeatureVector;
import dev.parley.analysis.feature.Lexicons;
import dev.parley.analysis.text.AnalyzedText;
import dev.parley.analysis.text.TextPipeline;
import dev.parley.analysis.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The insult model's features, declared once and used by the trainer and by the service, so the
 * two cannot drift. {@link #SPEC} names this exact recipe; a model trained with another recipe
 * is refused at load time.
 *
 * <p>Only the author's own tokens count (quoted text is someone else's words). Features:
 * <ul>
 *   <li>word unigrams and bigrams of normalised tokens;</li>
 *   <li>character 3–5-grams inside words (robust to misspelling and leftover obfuscation);</li>
 *   <li>second-person targeting: each word within four tokens after "you/your/u/ur…"
 *       ({@code you … idiot}), the feature that separates insulting a participant from
 *       swearing in general;</li>
 *   <li>lexicon sums: profanity severity (Surge AI), negative and positive AFINN valence, and
 *       negative valence aimed at "you";</li>
 *   <li>shape: share of upper-case letters, exclamation marks.</li>
 * </ul>
 */
public final class InsultFeatures {

    public static final int BITS = 18;
    public static final String SPEC = "insult-features-v1;bits=" + BITS + ";" + TextPipeline.version();

    private static final Set<String> SECOND_PERSON = Set.of(
            "you", "your", "yours", "yourself", "yourselves", "u", "ur", "you're", "youre", "ya", "y'all", "yall");
    private static final int YOU_WINDOW = 4;

    private final Lexicons lexicons;

    public InsultFeatures(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The tokens features are computed from: the author's own, in order. */
    public static List<Token> featureTokens(AnalyzedText text) {
        return text.authorTokens();
    }

    public FeatureVector extract(AnalyzedText text) {
        List<Token> tokens = featureTokens(text);
        FeatureHasher h = new FeatureHasher(BITS);
        h.add("bias", 1.0, -1, -1);
        double profanity = 0;
        double negative = 0;
        double positive = 0;
        double negativeAtYou = 0;
        int lastYou = -YOU_WINDOW - 1;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).norm();
            h.add("w:" + w, i, i + 1);
            if (i + 1 < tokens.size()) {
                h.add("b:" + w + ' ' + tokens.get(i + 1).norm(), i, i + 2);
            }
            if (isWord(w)) {
                addCharGrams(h, w, i);
            }
            if (SECOND_PERSON.contains(w)) {
                lastYou = i;
            } else if (i - lastYou <= YOU_WINDOW) {
                h.add("y:" + w, lastYou, i + 1);
            }
            double severity = lexicons.profanity(w);
            if (severity > 0) {
                profanity += severity;
                h.add("lex:profane", severity, i, i + 1);
            }
            int valence = lexicons.valence(w);
            if (valence < 0) {
                negative -= valence;
                if (i - lastYou <= YOU_WINDOW) {
                    negativeAtYou -= valence;
                    h.add("lex:negative_at_you", -valence / 5.0, lastYou, i + 1);
                }
            } else if (valence > 0) {
                positive += valence;
            }
        }
        h.add("lex:negative", negative / 5.0, -1, -1);
        h.add("lex:positive", positive / 5.0, -1, -1);
        h.add("lex:any_profane", profanity > 0 ? 1 : 0, -1, -1);
        h.add("lex:any_negative_at_you", negativeAtYou > 0 ? 1 : 0, -1, -1);
        addShape(h, tokens);
        return h.build();
    }

    private static boolean isWord(String w) {
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && w.length() <= 30;
    }

    private static void addCharGrams(FeatureHasher h, String word, int tokenIndex) {
        String padded = ' ' + word + ' ';
        for (int n = 3; n <= 5; n++) {
            for (int s = 0; s + n <= padded.length(); s++) {
                h.add("c:" + padded.substring(s, s + n), tokenIndex, tokenIndex + 1);
            }
        }
    }

    private static void addShape(FeatureHasher h, List<Token> tokens) {
        int letters = 0;
        int upper = 0;
        int exclamations = 0;
        for (Token t : tokens) {
            String s = t.surface();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                } else if (c == '!') {
                    exclamations++;
                }
            }
        }
        if (letters >= 8) {
            h.add("shape:caps" + Math.min(4, (int) (5.0 * upper / letters)), -1, -1);
        }
        h.add("shape:exclamations", exclamations, -1, -1);
    }
}
