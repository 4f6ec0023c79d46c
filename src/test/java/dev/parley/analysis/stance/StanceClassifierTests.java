package dev.parley.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.analysis.country.Country;
import dev.parley.analysis.country.TargetDetector;
import dev.parley.analysis.text.AnalyzedText;
import dev.parley.analysis.text.TextPipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour of the shipped stance model on texts from the seed pages, with tolerances a real model meets. */
class StanceClassifierTests {

    private static final TextPipeline PIPELINE = new TextPipeline();
    private static final TargetDetector TARGETS = new TargetDetector();
    private static final StanceClassifier STANCE = StanceClassifier.shipped();

    private static Map<Country, StanceClassifier.Stance> classify(String text, List<String> context) {
        AnalyzedText analyzed = PIPELINE.analyze(text, context);
        return STANCE.classify(analyzed, TARGETS.detect(text));
    }

    @Test
    void aCountryNotMentionedIsNoneByConstruction() {
        var stances = classify("I agree, a most edifying comment to be sure. Thank you.", List.of());
        for (Country c : Country.values()) {
            assertEquals("none", stances.get(c).label(), c.code());
            assertEquals(0, stances.get(c).score());
        }
    }

    @Test
    void aCountryMentionedOnlyInQuotedTextIsNone() {
        var stances = classify("> China is a bully and a liar.\n\nI do not think that is fair to say.", List.of());
        assertEquals("none", stances.get(Country.CHINA).label());
    }

    @Test
    void probabilitiesAreADistributionAndTheScoreIsFavorMinusAgainst() {
        var russia = classify("Russia is a terrorist state and Putin is a war criminal.", List.of()).get(Country.RUSSIA);
        double sum = russia.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-3);
        assertEquals(russia.probabilities().get("favor") - russia.probabilities().get("against"), russia.score(), 1e-3);
        assertEquals("against", russia.label());
        assertTrue(russia.mentions().stream().anyMatch(m -> m.text().equals("Russia")));
    }

    /**
     * Seed 002: the author defends Russia's hold on the islands and mocks Japan's claim, so the
     * score toward Russia must be the warmer one (model v1 failed this; v2 passes).
     */
    @Test
    void seed002ReadsWarmerTowardRussiaThanTowardJapan() {
        String text = "As WWII punishment for being an aggressor, Russia don't need to return anything to Japan. "
                + "So what make Japan special?";
        var stances = classify(text, List.of());
        assertTrue(stances.get(Country.RUSSIA).score() > stances.get(Country.JAPAN).score(),
                "russia " + stances.get(Country.RUSSIA) + " vs japan " + stances.get(Country.JAPAN));
    }

    /** Seed 003: "Japan is a country will never be at peace if it does not change its foreign policies." */
    @Test
    void seed003CriticismOfJapanLeansAgainst() {
        var japan = classify("Japan is a country will never be at peace if it does not change its foreign policies. "
                + "It has territory dispute with all of its immediate neighbouring countries.", List.of())
                .get(Country.JAPAN);
        assertTrue(japan.score() < 0, japan.toString());
    }
}
