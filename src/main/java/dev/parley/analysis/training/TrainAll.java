package dev.parley.analysis.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.analysis.model.LinearModel;
import dev.parley.analysis.model.ModelFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Retrains every model from {@code training/data} and writes the artifacts the service loads
 * ({@code src/main/resources/models/}), the reports ({@code training/reports/}) and the model card
 * ({@code docs/model-card.md} with its figures). Deterministic: fixed seeds, sorted inputs.
 *
 * <p>Run from the repository root: {@code ./mvnw compile exec:java@train}. While working on the
 * stance model, {@code -Dexec.args=". stance-only"} retrains only it (the model card is not rewritten).
 */
public final class TrainAll {

    private TrainAll() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path reports = Files.createDirectories(root.resolve("training/reports"));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        StanceTrainer.Result stance = new StanceTrainer(root).train();
        writeModel(root.resolve("src/main/resources/models/stance.parley"), stance.model());
        json.writeValue(reports.resolve("stance.json").toFile(), stance.report());
        try (var out = Files.newBufferedWriter(reports.resolve("stance-errors.jsonl"))) {
            for (var error : stance.errors()) {
                out.write(new ObjectMapper().writeValueAsString(error));
                out.write('\n');
            }
        }
        System.out.println("stance model " + stance.model().metadata().id() + ": "
                + stance.report().get("gold_test").get("mean_f_avg_over_targets") + " mean F_avg (gold test), "
                + stance.report().get("ruw_val_russia").get("f_avg") + " F_avg Russia (RUW val)");
        if (args.length > 1 && args[1].equals("stance-only")) {
            return;
        }

        InsultTrainer.Result insult = new InsultTrainer(root).train();
        writeModel(root.resolve("src/main/resources/models/insult.parley"), insult.model());
        json.writeValue(reports.resolve("insult.json").toFile(), insult.report());

        Path figures = root.resolve("docs/model-card");
        SvgCharts.curve(figures.resolve("insult-roc-private.svg"), "Insult ROC, Impermium PrivateTest",
                "false positive rate", "true positive rate",
                BinaryMetrics.roc(insult.privateTest().probabilities(), insult.privateTest().labels()), true);
        SvgCharts.curve(figures.resolve("insult-pr-private.svg"), "Insult precision-recall, PrivateTest",
                "recall", "precision",
                BinaryMetrics.pr(insult.privateTest().probabilities(), insult.privateTest().labels()), false);
        SvgCharts.curve(figures.resolve("insult-roc-gold.svg"), "Insult ROC, Parley gold test split",
                "false positive rate", "true positive rate",
                BinaryMetrics.roc(insult.wild().probabilities(), insult.wild().labels()), true);
        int[] c = BinaryMetrics.confusion(insult.privateTest().probabilities(), insult.privateTest().labels(), 0.5);
        SvgCharts.confusion(figures.resolve("insult-confusion-private.svg"), "Insult at p >= 0.5, PrivateTest",
                List.of("no", "insult"), new int[][] {{c[0], c[1]}, {c[2], c[3]}});

        for (var entry : stance.testConfusions().entrySet()) {
            SvgCharts.confusion(figures.resolve("stance-confusion-" + entry.getKey() + ".svg"),
                    "Stance toward " + entry.getKey() + ", gold test", StanceMetrics.LABELS, entry.getValue());
        }
        ModelCardWriter.write(root.resolve("docs/model-card.md"), insult, stance);
        System.out.println("insult model " + insult.model().metadata().id() + ": " + insult.report().get("private_test"));
    }

    private static void writeModel(Path file, LinearModel model) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            ModelFile.write(model, out);
        }
    }

    /** The training date recorded in model files (UTC). */
    static String trainingDate() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
