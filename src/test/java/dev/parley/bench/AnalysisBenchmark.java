package dev.parley.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.insult.InsultClassifier;
import dev.parley.analysis.stance.StanceClassifier;
import dev.parley.analysis.service.Analyzer;
import dev.parley.analysis.country.TargetDetector;
import dev.parley.analysis.text.TextPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole analysis (text pipeline, country targets, insult and stance models)
 * on the 1,500 real comments of the annotation pool, one thread: comments per second per core.
 * Run: {@code ./mvnw test-compile exec:exec@bench} (results go to docs/benchmarks.md by hand).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class AnalysisBenchmark {

    private Analyzer analyzer;
    private TextPipeline pipeline;
    private TargetDetector targets;
    private List<String> comments;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        pipeline = new TextPipeline();
        targets = new TargetDetector();
        analyzer = new Analyzer(pipeline, targets, InsultClassifier.shipped(), StanceClassifier.shipped());
        ObjectMapper json = new ObjectMapper();
        comments = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("training/data/annotation-pool/annotation_pool.jsonl"))) {
            comments.add(json.readTree(line).get("text").asText());
        }
    }

    private String nextComment() {
        String c = comments.get(next);
        next = (next + 1) % comments.size();
        return c;
    }

    /** Everything the service does to a comment. */
    @Benchmark
    public Object fullAnalysis() {
        return analyzer.analyze(nextComment(), List.of());
    }

    /** The text pipeline alone (markup, quotes, OpenNLP sentences and tokens, language). */
    @Benchmark
    public Object textPipeline() {
        return pipeline.analyze(nextComment(), List.of());
    }

    /** Country-target detection alone. */
    @Benchmark
    public Object targetDetection() {
        return targets.detect(nextComment());
    }
}
