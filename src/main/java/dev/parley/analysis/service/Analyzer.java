package dev.parley.analysis.service;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.feature.EvidenceSpan;
import dev.parley.analysis.insult.InsultClassifier;
import dev.parley.analysis.stance.StanceClassifier;
import dev.parley.analysis.country.TargetDetector;
import dev.parley.analysis.country.TargetMention;
import dev.parley.analysis.text.AnalyzedText;
import dev.parley.analysis.text.TextPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole analysis of one text: pipeline (language, quotes, tokens), country mentions, insult
 * score with evidence, stance toward each country. Pure and thread-safe; the service wraps it with loading and health.
 */
public final class Analyzer {

    private final TextPipeline pipeline;
    private final TargetDetector targets;
    private final InsultClassifier insult;
    private final StanceClassifier stance;
    private final Map<String, String> versions;

    public Analyzer(TextPipeline pipeline, TargetDetector targets, InsultClassifier insult, StanceClassifier stance) {
        this.pipeline = pipeline;
        this.targets = targets;
        this.insult = insult;
        this.stance = stance;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("text", TextPipeline.version());
        v.put("targets", "country-aliases@" + targets.aliasesVersion());
        v.put("insult", insult.version());
        v.put("stance", stance.version());
        this.versions = Map.copyOf(v);
    }

    /** The combined version stored with every result: changes when any part changes. */
    public String version() {
        return versions.get("text") + "+" + versions.get("targets") + "+" + versions.get("insult") + "+"
                + versions.get("stance");
    }

    public Map<String, String> versions() {
        return versions;
    }

    public AnalysisResult analyze(String text, List<String> earlierComments) {
        AnalyzedText analyzed = pipeline.analyze(text, earlierComments);
        List<AnalysisResult.Span> quoted = analyzed.quoted().stream()
                .map(q -> new AnalysisResult.Span(q.start(), q.end(), q.kind().name().toLowerCase()))
                .toList();
        List<AnalysisResult.Mention> mentions = new ArrayList<>();
        List<TargetMention> detected = targets.detect(text);
        for (TargetMention m : detected) {
            mentions.add(new AnalysisResult.Mention(m.country().code(), m.start(), m.end(), m.surface(), m.kind(),
                    analyzed.isQuoted(m.start())));
        }
        if (!analyzed.supported()) {
            String reason = text.isBlank() ? "empty text"
                    : "language '" + analyzed.language() + "' is not supported; Parley scores English text";
            return new AnalysisResult(analyzed.language(), analyzed.languageConfidence(), false, reason, quoted,
                    mentions, null, null, versions);
        }
        InsultClassifier.Score score = insult.score(analyzed);
        AnalysisResult.Insult insultView = new AnalysisResult.Insult(round(score.probability()),
                score.evidence().stream()
                        .map(e -> new AnalysisResult.Evidence(e.start(), e.end(), e.text(), e.weight()))
                        .toList());
        Map<String, AnalysisResult.Stance> stances = new LinkedHashMap<>();
        stance.classify(analyzed, detected).forEach((country, s) -> stances.put(country.code(),
                new AnalysisResult.Stance(s.label(), s.probabilities(), s.score(), evidence(s.mentions()),
                        evidence(s.evidence()))));
        return new AnalysisResult(analyzed.language(), round(analyzed.languageConfidence()), true, null, quoted,
                mentions, insultView, stances, versions);
    }

    /** Sentence spans of the author's own text, for per-sentence scores. */
    public List<AnalyzedText.Span> sentences(String text) {
        return pipeline.analyze(text).sentences();
    }

    private static List<AnalysisResult.Evidence> evidence(List<EvidenceSpan> spans) {
        return spans.stream().map(e -> new AnalysisResult.Evidence(e.start(), e.end(), e.text(), e.weight())).toList();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
