package dev.parley.analysis.training;

import dev.parley.analysis.country.Country;
import dev.parley.analysis.country.TargetDetector;
import dev.parley.analysis.country.TargetMention;
import dev.parley.analysis.text.AnalyzedText;
import dev.parley.analysis.text.TextPipeline;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the stance data sets into {@link StanceExample}s, analysed by the product's own pipeline. */
final class StanceData {

    /** Ukraine is a training-only target (RUW labels it): its mentions, for masking as [t]. */
    private static final Pattern UKRAINE = Pattern.compile(
            "\\b(Ukrain(e|ian|ians)|Kyiv|Kiev|Zelensk(y|yy|iy|i)|Zelenskyy's)\\b", Pattern.CASE_INSENSITIVE);

    private final TextPipeline pipeline;
    private final TargetDetector detector;

    StanceData(TextPipeline pipeline, TargetDetector detector) {
        this.pipeline = pipeline;
        this.detector = detector;
    }

    /** Four examples per gold item, one per country; the item's quoted passages are its context. */
    List<StanceExample> gold(List<GoldSet.Item> items, String task) {
        List<StanceExample> out = new ArrayList<>();
        try (ProgressBar bar = new ProgressBar(task, items.size())) {
            for (GoldSet.Item item : items) {
                AnalyzedText text = pipeline.analyze(item.text(), item.quoted());
                List<TargetMention> mentions = ownMentions(text);
                for (Country c : Country.values()) {
                    out.add(example(item.id(), "gold", c.code(), item.stance(c.code()), text, mentions, c));
                }
                bar.step();
            }
        }
        return out;
    }

    /** RUW tweets: Russia (Target 1) through the product's detector; Ukraine (Target 2) by name. */
    List<StanceExample> ruw(Path csv, boolean withUkraine, String task) throws IOException {
        List<StanceExample> out = new ArrayList<>();
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        try (ProgressBar bar = new ProgressBar(task, rows.size())) {
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord r = rows.get(i);
                AnalyzedText text = pipeline.analyze(r.get("Tweet"));
                List<TargetMention> mentions = ownMentions(text);
                // The same id as the tweet has in Parley's gold set when it was annotated there (extra_candidates.py).
                String id = String.format(Locale.ROOT, "ruw-%s-%04d",
                        csv.getFileName().toString().replace(".csv", ""), i);
                out.add(example(id, "ruw", "russia", ruwLabel(r.get("Stance 1")), text, mentions, Country.RUSSIA));
                if (withUkraine) {
                    List<int[]> own = spans(UKRAINE, text);
                    List<int[]> others = mentions.stream().map(m -> new int[] {m.start(), m.end()}).toList();
                    out.add(new StanceExample(id, "ruw", "ukraine", ruwLabel(r.get("Stance 2")), text, own, others));
                }
                bar.step();
            }
        }
        return out;
    }

    /** Dong et al. 2014: the target is written where {@code $T$} stands; its span is the mention. */
    List<StanceExample> dong(Path raw, String task) throws IOException {
        List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8);
        List<StanceExample> out = new ArrayList<>();
        try (ProgressBar bar = new ProgressBar(task, lines.size() / 3)) {
            for (int i = 0; i + 2 < lines.size(); i += 3) {
                String template = lines.get(i);
                String target = lines.get(i + 1).trim();
                int at = template.indexOf("$T$");
                String text = template.replace("$T$", target);
                AnalyzedText analyzed = pipeline.analyze(text);
                List<int[]> own = at < 0 ? List.of() : List.of(new int[] {at, at + target.length()});
                String label = switch (lines.get(i + 2).trim()) {
                    case "1" -> "favor";
                    case "-1" -> "against";
                    default -> "neutral";
                };
                out.add(new StanceExample("dong-" + i / 3, "dong", "other", label, analyzed, own, List.of()));
                bar.step();
            }
        }
        return out;
    }

    private List<TargetMention> ownMentions(AnalyzedText text) {
        return detector.detect(text.text()).stream().filter(m -> !text.isQuoted(m.start())).toList();
    }

    private static StanceExample example(String id, String source, String target, String label, AnalyzedText text,
                                         List<TargetMention> mentions, Country country) {
        List<int[]> own = new ArrayList<>();
        List<int[]> others = new ArrayList<>();
        for (TargetMention m : mentions) {
            (m.country() == country ? own : others).add(new int[] {m.start(), m.end()});
        }
        return new StanceExample(id, source, target, label, text, own, others);
    }

    private static List<int[]> spans(Pattern pattern, AnalyzedText text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            if (!text.isQuoted(m.start())) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** RUW's NONE means no stance: neutral when the target is mentioned, none otherwise (decided later). */
    private static String ruwLabel(String stance) {
        return switch (stance.trim().toUpperCase(Locale.ROOT)) {
            case "FAVOR" -> "favor";
            case "AGAINST" -> "against";
            default -> "none";
        };
    }
}
