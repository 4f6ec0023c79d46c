package dev.parley.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.analysis.country.Country;
import dev.parley.analysis.country.TargetDetector;
import dev.parley.analysis.country.TargetMention;
import dev.parley.analysis.text.AnalyzedText;
import dev.parley.analysis.text.TextPipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the sentence encoder is given for one target. */
class MaskedMentionTextTests {

    private static final TextPipeline PIPELINE = new TextPipeline();
    private static final TargetDetector TARGETS = new TargetDetector();

    private static String masked(String text, Country target) {
        AnalyzedText analyzed = PIPELINE.analyze(text);
        List<int[]> own = new ArrayList<>();
        List<int[]> others = new ArrayList<>();
        for (TargetMention m : TARGETS.detect(text)) {
            if (!analyzed.isQuoted(m.start())) {
                (m.country() == target ? own : others).add(new int[] {m.start(), m.end()});
            }
        }
        return MaskedMentionText.of(analyzed, own, others);
    }

    @Test
    void keepsOnlyTheSentencesThatMentionTheTargetWithMentionsMasked() {
        String text = "The weather is fine today. Russia bullies its neighbours while China watches. Nothing else.";
        assertEquals("X bullies its neighbours while Y watches.", masked(text, Country.RUSSIA));
        assertEquals("Y bullies its neighbours while X watches.", masked(text, Country.CHINA));
    }

    @Test
    void leavesQuotedTextOut() {
        String text = "> Japan is the worst.\n\nI think Japan has been a good neighbour.";
        assertEquals("I think X has been a good neighbour.", masked(text, Country.JAPAN));
    }
}
