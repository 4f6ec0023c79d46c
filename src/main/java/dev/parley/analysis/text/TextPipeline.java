package dev.parley.analysis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The text pipeline: markup → quotes → tokens → sentences → language, for one comment at a time.
 *
 * <p>Construct once (loading the three OpenNLP models takes about half a second) and share:
 * instances are thread-safe. The models are immutable and shared; OpenNLP's {@code *ME} classes keep
 * per-call state and are not thread-safe, so each thread gets its own, built lazily from the shared
 * models (cheap: they hold no model data).
 *
 * <p>Stages, each documented in its class: {@link MarkupScanner} (HTML, entities, quote markup),
 * {@link QuoteDetector} and {@link ThreadRepeatFinder} (quotes), {@link SpecialTokenScanner},
 * {@link WordTokenizer} and {@link TokenNormalizer} (tokens), {@link SentenceSplitter} (sentences),
 * {@link LanguageGuard} (language and support).
 */
public final class TextPipeline {

    /**
     * Version of the tokenisation and normalisation rules, recorded by every trained model: features
     * computed under another version are not comparable, so a model refuses a mismatch. Bump it on any
     * change that can alter a token, a norm, a quote span or the profanity list.
     */
    private static final String VERSION = "text-2";

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String LANGUAGE_MODEL = "/langdetect-183.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<LanguageDetectorME> languages;
    private final SpecialTokenScanner specials;
    private final TokenNormalizer normalizer;

    public TextPipeline() {
        SentenceModel sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokenModel = load(TOKEN_MODEL, TokenizerModel::new);
        LanguageDetectorModel languageModel = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
        languages = ThreadLocal.withInitial(() -> new LanguageDetectorME(languageModel));
        ProfanityLexicon lexicon = ProfanityLexicon.load();
        specials = new SpecialTokenScanner(lexicon);
        normalizer = new TokenNormalizer(lexicon);
    }

    /** The pipeline/spec version, e.g. {@code text-2}; see {@link #VERSION}. */
    public static String version() {
        return VERSION;
    }

    public AnalyzedText analyze(String text) {
        return analyze(text, List.of());
    }

    /**
     * @param text                    the comment exactly as received (HTML or plain text)
     * @param earlierCommentsInThread bodies of the comments posted before it in the same thread, used
     *                                to recognise passages it repeats verbatim; may be empty
     */
    public AnalyzedText analyze(String text, List<String> earlierCommentsInThread) {
        return analyzeExplained(text, earlierCommentsInThread).text();
    }

    /** The analysis with the language rule that decided it; for tests and threshold measurements. */
    record Explained(AnalyzedText text, String languageRule) {
    }

    Explained analyzeExplained(String text, List<String> earlierCommentsInThread) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return new Explained(new AnalyzedText(text, "und", 0, false, List.of(), List.of(), List.of()), "empty");
        }
        MarkupScanner.Scan scan = MarkupScanner.scan(text);
        PlainText plain = scan.plain();

        // Quotes: markup, then text conventions, then verbatim repeats; merge() resolves overlaps in that
        // order of certainty. Everything downstream asks "is this the author's own text?".
        List<QuoteRegion> regions = new ArrayList<>(scan.quotes());
        regions.addAll(QuoteDetector.forumBlocks(plain));
        regions.addAll(QuoteDetector.linePrefixed(plain));
        regions.addAll(ThreadRepeatFinder.find(plain, earlierPlainTexts(earlierCommentsInThread)));
        boolean[] quotedOrig = new boolean[text.length()];
        List<QuotedSpan> quoted = QuoteDetector.merge(text, regions, quotedOrig);
        boolean[] author = new boolean[plain.length()];
        for (int i = 0; i < author.length; i++) {
            author[i] = !quotedOrig[plain.origStart(i)];
        }

        // Tokens cover quoted text too (flagged), so a caller can still show or count what was quoted.
        List<WordTokenizer.RawToken> raw = WordTokenizer.tokenize(plain.text(), specials.scan(plain.text()),
                tokenizer.get());
        List<Token> tokens = new ArrayList<>(raw.size());
        // The language is judged on the author's own words; URLs, mentions and emoji say nothing about it.
        char[] languageView = plain.text().toCharArray();
        boolean neutral = false;
        for (WordTokenizer.RawToken r : raw) {
            int start = plain.origStart(r.start());
            int end = plain.origEnd(r.end());
            String surfacePlain = plain.text().substring(r.start(), r.end());
            String norm = r.presetNorm() != null ? r.presetNorm() : normalizer.norm(r.kind(), surfacePlain);
            if (norm.isEmpty()) {
                continue; // only invisible format chars (a stray zero-width space): nothing to read
            }
            boolean isQuoted = quotedOrig[start];
            tokens.add(new Token(start, end, text.substring(start, end), norm, isQuoted));
            if (r.kind().isLanguageNeutral()) {
                Arrays.fill(languageView, r.start(), r.end(), ' ');
                neutral |= !isQuoted;
            }
        }
        for (int i = 0; i < languageView.length; i++) {
            if (!author[i]) {
                languageView[i] = ' ';
            }
        }

        List<AnalyzedText.Span> sentenceSpans = SentenceSplitter.split(plain, author, sentences.get());
        LanguageGuard.Decision language = LanguageGuard.decide(new String(languageView), neutral, languages.get());
        return new Explained(new AnalyzedText(text, language.language(), language.confidence(),
                language.supported(), List.copyOf(sentenceSpans), List.copyOf(tokens), quoted), language.rule());
    }

    private static List<PlainText> earlierPlainTexts(List<String> earlier) {
        if (earlier == null || earlier.isEmpty()) {
            return List.of();
        }
        List<PlainText> out = new ArrayList<>(earlier.size());
        for (String e : earlier) {
            if (e != null && !e.isEmpty()) {
                out.add(MarkupScanner.scan(e).plain());
            }
        }
        return out;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
