package dev.parley.analysis.training;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.analysis.model.ModelMetadata;
import dev.parley.analysis.country.Country;

/** The stance part of the model card, from the stance trainer's report. */
final class StanceCardSection {

    private StanceCardSection() {
    }

    static void append(StringBuilder md, StanceTrainer.Result stance) {
        ModelMetadata m = stance.model().metadata();
        JsonNode r = stance.report();
        md.append("\n## Stance classifier `").append(m.id()).append("`\n\n");
        md.append("- **Task**: the author's stance toward Russia, Japan, China and the US: favor / against / neutral / ")
                .append("none, as defined in `docs/stance-labeling-guide.md`.\n");
        md.append("- **Method**: ").append(r.get("method").asText()).append(". Features (`").append(m.featureSpec())
                .append("`): the target's mentions masked as [t] and other countries' as [o]; words and bigrams of the ")
                .append("sentences that mention the target, words within three tokens of a mention, negation-marked ")
                .append("words, AFINN valence with negation, comment-level words, target-specific copies. Quoted text ")
                .append("is excluded. Joined to these: the 384-dimensional embedding of the mention sentences (mentions ")
                .append("written X, other countries Y) by the pretrained sentence encoder BGE small en v1.5 (int8 ONNX, run ")
                .append("in process). `none` comes from target detection, never from the model.\n");
        md.append("- **Data**: Parley's annotated set (`training/data/stance`, ").append(r.get("gold_train_items"))
                .append(" train texts, ").append(r.get("gold_test_items"))
                .append(" test texts; the train split includes Impermium comments and RUW train tweets annotated for all four ")
                .append("targets); RUW train tweets (Russia and Ukraine targets, ").append(r.get("ruw_train_examples"))
                .append(" examples; a tweet also in the gold set keeps only its gold Russia label); Dong et al. 2014 target sentiment (as favor/against/neutral toward the target).\n");
        md.append("- **Selection** (").append(StanceTrainer.FOLDS).append("-fold cross-validation on the gold train split ")
                .append("only, scored on its ").append(r.get("gold_train_items_scored_in_cv"))
                .append(" reader comments (pool, seeds, Impermium; the annotated RUW tweets train in every fold but are ")
                .append("not scored); mean F_avg over the four targets): ")
                .append(r.get("selection_mean_f_avg_by_config_" + StanceTrainer.FOLDS + "fold_cv_on_gold_train"))
                .append("; chosen: ").append(r.get("chosen").asText()).append(". The same recipe without the ")
                .append("sentence encoder's embedding (word features only), same folds: ")
                .append(r.get("chosen_cv_mean_f_avg_without_encoder")).append(".\n\n");
        md.append("F_avg = mean of F1(favor) and F1(against), as in SemEval-2016 Task 6 and RUW. Every text of a ")
                .append("held-out set counts for every target, so missed or invented mentions count as errors.\n\n");
        md.append("| held-out set | target | items | F_avg (95% bootstrap CI) | favor P/R | against P/R | neutral P/R | none P/R |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        JsonNode test = r.get("gold_test");
        for (Country c : Country.values()) {
            row(md, "Parley gold test", c.code(), test.get(c.code()));
        }
        row(md, "RUW val (neutral counted as NONE)", "russia", r.get("ruw_val_russia"));
        md.append("\n**Mean F_avg over the four targets on the gold test split: ")
                .append(test.get("mean_f_avg_over_targets")).append("**. ")
                .append("Product goals: ≥ 0.70 on Russia, ≥ 0.65 averaged over the four targets, none below 0.55. ")
                .append("RUW's README reports BERT 0.541 and its KDCL 0.782 (F_avg over both of its targets).\n\n");
        md.append("Confusion matrices (gold rows × predicted columns: favor, against, neutral, none):\n\n");
        for (Country c : Country.values()) {
            md.append("![").append(c.code()).append("](model-card/stance-confusion-").append(c.code()).append(".svg) ");
        }
        md.append("\n\n### Provenance\n\n| file | role | SHA-256 |\n|---|---|---|\n");
        for (ModelMetadata.DataFile f : m.data()) {
            md.append("| `").append(f.path()).append("` | ").append(f.role()).append(" | `").append(f.sha256()).append("` |\n");
        }
        md.append("\n### Known failure modes\n\n")
                .append("- `favor` is rare in real comments (").append(Math.round(r.get("favor_share_of_comment_references")
                        .asDouble() * 1000) / 10.0).append("% of the annotated comments' references to a country), so ")
                .append("F1(favor) is low and noisy; it drags F_avg down for every target.\n")
                .append("- References without a name (\"our president\", \"the regime\") are not detected, so their stance ")
                .append("is `none`.\n")
                .append("- Sarcasm, rhetorical questions and stance carried by context outside the comment are often missed.\n")
                .append("- The error analysis of 20 test cases is in `training/reports/stance-errors.md`.\n");
    }

    private static void row(StringBuilder md, String set, String target, JsonNode e) {
        md.append("| ").append(set).append(" | ").append(target).append(" | ").append(e.get("items")).append(" | ")
                .append(e.get("f_avg")).append(" (").append(e.get("f_avg_ci95_low")).append("–")
                .append(e.get("f_avg_ci95_high")).append(") | ");
        for (String label : StanceMetrics.LABELS) {
            JsonNode c = e.get(label);
            md.append(c.get("precision")).append(" / ").append(c.get("recall")).append(" | ");
        }
        md.append('\n');
    }
}
