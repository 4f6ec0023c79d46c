package dev.parley.analysis.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.analysis.feature.FeatureVector;
import dev.parley.analysis.feature.Lexicons;
import dev.parley.analysis.insult.InsultFeatures;
import dev.parley.analysis.model.LinearModel;
import dev.parley.analysis.model.ModelMetadata;
import dev.parley.analysis.text.TextPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import me.tongfei.progressbar.ProgressBar;

/**
 * Trains the insult model on Impermium 2012 and the train split of Parley's own annotated texts:
 * fits on train.csv plus that split, chooses the regularisation on Impermium's PublicTest part,
 * reports once on PrivateTest and on the test split of Parley's annotated comments, then refits the
 * chosen recipe on all Impermium data plus the annotated train split for the shipped model.
 *
 * <p>Why the annotated texts: Impermium is 2012 reader comments, mostly personal insults in
 * celebrity and politics threads; Parley's annotated train split (reader comments and tweets about
 * the four countries, 2015-2025, insult labelled by the annotators per the guide) is the text the
 * product reads. Its Impermium-sourced items are left out there, since Impermium brings them already.
 */
final class InsultTrainer {

    /** The candidates compared on PublicTest: model family and its regularisation. */
    record Candidate(String family, double strength) {
        String label() {
            return family + (family.equals("logistic") ? " lambda=" : " C=") + strength;
        }

        SparseLinearFit.Fit fit(List<FeatureVector> xs, int[] ys, int dim) {
            return family.equals("logistic") ? SparseLinearFit.logistic(xs, ys, dim, strength)
                    : SparseLinearFit.svm(xs, ys, dim, strength);
        }
    }

    static final List<Candidate> CANDIDATES = List.of(
            new Candidate("logistic", 0.1), new Candidate("logistic", 0.3), new Candidate("logistic", 1),
            new Candidate("logistic", 3), new Candidate("logistic", 10),
            new Candidate("linear-svm", 0.1), new Candidate("linear-svm", 1), new Candidate("linear-svm", 10));
    static final long SEED = 20261123L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final TextPipeline pipeline = new TextPipeline();
    private final InsultFeatures features = new InsultFeatures(Lexicons.get());

    InsultTrainer(Path root) {
        this.root = root;
    }

    record Result(LinearModel model, ObjectNode report, HeldOut privateTest, HeldOut wild) {
    }

    /** Scores and labels of one held-out set. */
    record HeldOut(double[] probabilities, int[] labels) {
    }

    Result train() throws IOException {
        Path dir = root.resolve("training/data/insults-impermium-2012");
        List<ImpermiumData.Example> train = ImpermiumData.read(dir.resolve("train.csv"));
        List<ImpermiumData.Example> test = ImpermiumData.read(dir.resolve("test_with_solutions.csv"));
        List<ImpermiumData.Example> publicTest = filter(test, e -> e.usage().equals("PublicTest"));
        List<ImpermiumData.Example> privateTest = filter(test, e -> e.usage().equals("PrivateTest"));
        List<GoldSet.Item> gold = GoldSet.read(root.resolve("training/data/stance/stance_gold.jsonl"));
        List<GoldSet.Item> wild = filter(gold, i -> i.split().equals("test"));
        List<GoldSet.Item> goldTrain = filter(gold, i -> i.split().equals("train") && !i.id().startsWith("imp-"));

        List<FeatureVector> xTrain = featurize("insult: featurise train", texts(train));
        xTrain.addAll(featurize("insult: featurise gold train", goldTrain.stream().map(GoldSet.Item::text).toList()));
        int[] yTrain = concat(labels(train), goldTrain.stream().mapToInt(GoldSet.Item::insult).toArray());
        List<FeatureVector> xPublic = featurize("insult: featurise public", texts(publicTest));
        List<FeatureVector> xPrivate = featurize("insult: featurise private", texts(privateTest));
        List<FeatureVector> xWild = featurize("insult: featurise gold test", wild.stream().map(GoldSet.Item::text).toList());
        int dim = 1 << InsultFeatures.BITS;

        ObjectNode selection = JSON.createObjectNode();
        double bestAuc = -1;
        Candidate best = CANDIDATES.getFirst();
        try (ProgressBar bar = new ProgressBar("insult: select model", CANDIDATES.size())) {
            for (Candidate candidate : CANDIDATES) {
                SparseLinearFit.Fit fit = candidate.fit(xTrain, yTrain, dim);
                double auc = BinaryMetrics.auc(raw(fit, xPublic), labels(publicTest));
                selection.put(candidate.label(), round(auc));
                if (auc > bestAuc) {
                    bestAuc = auc;
                    best = candidate;
                }
                bar.step();
            }
        }

        // The recipe as chosen, trained on train.csv and the gold train split, calibrated on PublicTest, reported once.
        SparseLinearFit.Fit fit = best.fit(xTrain, yTrain, dim);
        Calibration.Platt platt = Calibration.platt(raw(fit, xPublic), labels(publicTest));
        HeldOut privateHeldOut = new HeldOut(platt.apply(raw(fit, xPrivate)), labels(privateTest));
        HeldOut wildHeldOut = new HeldOut(platt.apply(raw(fit, xWild)),
                wild.stream().mapToInt(GoldSet.Item::insult).toArray());

        // The shipped model: the same recipe on all Impermium data and the gold train split;
        // calibration from 5-fold scores.
        List<FeatureVector> xAll = new ArrayList<>(xTrain);
        xAll.addAll(featurize("insult: featurise test", texts(test)));
        int[] yAll = concat(yTrain, labels(test));
        Candidate chosen = best;
        double[] outOfFold = Calibration.outOfFoldScores(xAll, yAll, 5, SEED, (xs, ys) -> chosen.fit(xs, ys, dim));
        Calibration.Platt shippedPlatt = Calibration.platt(outOfFold, yAll);
        SparseLinearFit.Fit shipped = chosen.fit(xAll, yAll, dim);

        ObjectNode report = JSON.createObjectNode();
        report.put("model_family", best.family().equals("logistic")
                ? "L2-regularised logistic regression (Smile SparseLogisticRegression) over hashed features"
                : "linear SVM (Smile SVM.fit on sparse arrays) over hashed features");
        report.set("selection_auc_on_public_test", selection);
        report.put("chosen", best.label());
        report.set("private_test", Evaluation.binary(privateHeldOut.probabilities(), privateHeldOut.labels(), SEED));
        report.set("parley_gold_test", Evaluation.binary(wildHeldOut.probabilities(), wildHeldOut.labels(), SEED));
        report.put("train_rows", train.size());
        report.put("gold_train_rows", goldTrain.size());
        report.put("gold_train_insults", goldTrain.stream().mapToInt(GoldSet.Item::insult).sum());
        report.put("public_test_rows", publicTest.size());
        report.put("private_test_rows", privateTest.size());
        report.put("gold_test_rows", wild.size());

        ModelMetadata metadata = new ModelMetadata("insult", ModelVersion.of(shipped.weights(), InsultFeatures.SPEC),
                InsultFeatures.SPEC, List.of("not_insult", "insult"), TrainAll.trainingDate(),
                List.of(Provenance.file(root, dir.resolve("train.csv"), "train"),
                        Provenance.file(root, dir.resolve("test_with_solutions.csv"), "select (PublicTest), report (PrivateTest), then train"),
                        Provenance.file(root, root.resolve("training/data/stance/stance_gold.jsonl"),
                                "train (train split without Impermium items), report (test split); insult labels")),
                Map.of("model", best.label(), "hash_bits", Integer.toString(InsultFeatures.BITS),
                        "calibration", "Platt scaling on 5-fold out-of-fold scores", "seed", Long.toString(SEED)),
                Provenance.libraries(), report);
        LinearModel model = new LinearModel(metadata, new float[][] {shipped.weights()}, shippedPlatt.a(), shippedPlatt.b());
        return new Result(model, report, privateHeldOut, wildHeldOut);
    }

    private List<FeatureVector> featurize(String task, List<String> texts) {
        List<FeatureVector> out = new ArrayList<>(texts.size());
        try (ProgressBar bar = new ProgressBar(task, texts.size())) {
            for (String text : texts) {
                out.add(features.extract(pipeline.analyze(text)));
                bar.step();
            }
        }
        return out;
    }

    private static double[] raw(SparseLinearFit.Fit fit, List<FeatureVector> xs) {
        return xs.stream().mapToDouble(fit::rawScore).toArray();
    }

    private static List<String> texts(List<ImpermiumData.Example> examples) {
        return examples.stream().map(ImpermiumData.Example::text).toList();
    }

    private static int[] labels(List<ImpermiumData.Example> examples) {
        return examples.stream().mapToInt(ImpermiumData.Example::label).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static <T> List<T> filter(List<T> items, Predicate<T> keep) {
        return items.stream().filter(keep).toList();
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
