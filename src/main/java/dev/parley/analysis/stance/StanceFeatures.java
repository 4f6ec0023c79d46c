package dev.parley.analysis.stance;

import dev.parley.analysis.encoder.SentenceEncoder;
import dev.parley.analysis.feature.FeatureHasher;
import dev.parley.analysis.feature.FeatureVector;
import dev.parley.analysis.feature.Lexicons;
import dev.parley.analysis.text.AnalyzedText;
import dev.parley.analysis.text.TextPipeline;
import dev.parley.analysis.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The stance model's features for one (text, target) pair, declared once for the trainer and the
 * service. The target's mentions are masked as {@code [t]} and other countries' as {@code [o]},
 * so what is learned about "[t] is a bully" from Russia or Ukraine data applies to every target;
 * target-specific copies of the sentence words let a target with enough data learn its own cues.
 *
 * <p>Features, all from the author's own tokens (quoted text excluded):
 * <ul>
 *   <li>{@code s:} words and {@code s2:} bigrams of the sentences that mention the target;</li>
 *   <li>{@code l:}/{@code r:} words within three tokens left/right of a mention;</li>
 *   <li>{@code neg:} a word preceded within three tokens by a negator (instead of {@code s:});</li>
 *   <li>{@code d:} words of the whole comment (weaker, comment-level context);</li>
 *   <li>{@code lex:} AFINN valence of the mention sentences, flipped under negation;</li>
 *   <li>{@code t:<target>:} target-specific sentence words and a per-target bias;</li>
 *   <li>after the hashed block, the sentence encoder's embedding of the masked mention sentences
 *       ({@link MaskedMentionText}), scaled by {@link #ENCODER_SCALE} so that the L2 penalty
 *       weighs it on a par with the unit-length word block. These dense entries carry no token
 *       ranges, so evidence spans come from the word features only.</li>
 * </ul>
 */
public final class StanceFeatures {

    public static final int BITS = 18;
    /** Scale of the unit-length embedding against the unit-length hashed block (chosen by cross-validation, ADR 0005). */
    public static final double ENCODER_SCALE = 3.0;
    /** Hashed word features take indices below {@code 1 << BITS}; the embedding follows. */
    public static final int DIMENSION = (1 << BITS) + SentenceEncoder.DIMENSION;
    public static final String SPEC = "stance-features-v2;bits=" + BITS + ";encoder=" + SentenceEncoder.ID + "x"
            + ENCODER_SCALE + ";" + TextPipeline.version();

    private static final Set<String> NEGATORS = Set.of(
            "not", "n't", "no", "never", "nor", "neither", "without", "hardly", "cannot", "dont", "doesnt", "isnt",
            "wasnt", "arent", "wont", "cant");
    private static final int WINDOW = 3;

    private final Lexicons lexicons;
    private final SentenceEncoder encoder;

    public StanceFeatures(Lexicons lexicons, SentenceEncoder encoder) {
        this.lexicons = lexicons;
        this.encoder = encoder;
    }

    /**
     * @param target         the target's code ({@code russia}, … or a training-only target)
     * @param targetSpans    character spans of the target's mentions (author's own text)
     * @param otherSpans     character spans of other countries' mentions
     */
    public FeatureVector extract(AnalyzedText text, String target, List<int[]> targetSpans, List<int[]> otherSpans) {
        List<Token> tokens = text.authorTokens();
        int n = tokens.size();
        String[] words = new String[n];
        boolean[] isTarget = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (overlaps(t, targetSpans)) {
                words[i] = "[t]";
                isTarget[i] = true;
            } else if (overlaps(t, otherSpans)) {
                words[i] = "[o]";
            } else {
                words[i] = t.norm();
            }
        }
        boolean[] inTargetSentence = targetSentences(text, tokens, isTarget);

        FeatureHasher h = new FeatureHasher(BITS);
        h.add("bias", 1.0, -1, -1);
        h.add("t:" + target, 1.0, -1, -1);
        double positive = 0;
        double negative = 0;
        int lastNegator = -WINDOW - 1;
        for (int i = 0; i < n; i++) {
            String w = words[i];
            h.add("d:" + w, 0.5, i, i + 1);
            if (!inTargetSentence[i]) {
                continue;
            }
            if (NEGATORS.contains(w)) {
                lastNegator = i;
            }
            boolean negated = i - lastNegator <= WINDOW && i != lastNegator;
            h.add((negated ? "neg:" : "s:") + w, i, i + 1);
            h.add("t:" + target + ":" + w, i, i + 1);
            if (i + 1 < n && inTargetSentence[i + 1]) {
                h.add("s2:" + w + ' ' + words[i + 1], i, i + 2);
            }
            int valence = lexicons.valence(w);
            if (valence != 0) {
                double v = negated ? -valence : valence;
                if (v > 0) {
                    positive += v;
                } else {
                    negative -= v;
                }
                h.add(v > 0 ? "lex:pos_word" : "lex:neg_word", Math.abs(v) / 5.0, i, i + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!isTarget[i]) {
                continue;
            }
            for (int k = 1; k <= WINDOW; k++) {
                if (i - k >= 0 && !isTarget[i - k]) {
                    h.add("l:" + words[i - k], i - k, i - k + 1);
                }
                if (i + k < n && !isTarget[i + k]) {
                    h.add("r:" + words[i + k], i + k, i + k + 1);
                }
            }
        }
        h.add("lex:positive", positive / 5.0, -1, -1);
        h.add("lex:negative", negative / 5.0, -1, -1);
        float[] embedding = encoder.encode(MaskedMentionText.of(text, targetSpans, otherSpans));
        return h.build().withDense(1 << BITS, embedding, ENCODER_SCALE);
    }

    private static boolean overlaps(Token t, List<int[]> spans) {
        for (int[] s : spans) {
            if (t.start() < s[1] && s[0] < t.end()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens in a sentence that mentions the target; all tokens when sentence spans are missing. */
    private static boolean[] targetSentences(AnalyzedText text, List<Token> tokens, boolean[] isTarget) {
        boolean[] out = new boolean[tokens.size()];
        List<AnalyzedText.Span> sentences = text.sentences();
        if (sentences.isEmpty()) {
            java.util.Arrays.fill(out, true);
            return out;
        }
        for (AnalyzedText.Span s : sentences) {
            boolean mentions = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (isTarget[i] && tokens.get(i).start() >= s.start() && tokens.get(i).start() < s.end()) {
                    mentions = true;
                    break;
                }
            }
            if (mentions) {
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).start() >= s.start() && tokens.get(i).start() < s.end()) {
                        out[i] = true;
                    }
                }
            }
        }
        return out;
    }
}
