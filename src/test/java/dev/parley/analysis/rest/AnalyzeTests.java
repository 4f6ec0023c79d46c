package dev.parley.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.analysis.feature.Lexicons;
import dev.parley.analysis.insult.InsultClassifier;
import dev.parley.analysis.insult.InsultFeatures;
import dev.parley.analysis.model.LinearModel;
import dev.parley.analysis.model.ModelFile;
import dev.parley.analysis.text.TextPipeline;
import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class AnalyzeTests {

    private static ValidatableResponse analyze(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/analyze").then();
    }

    @Test
    void anInsultScoresHighWithEvidenceOnTheInsultingWords() {
        analyze(Map.of("text", "You are a pathetic idiot and everybody here knows it."))
                .statusCode(200)
                .body("supported", equalTo(true))
                .body("language", equalTo("eng"))
                .body("insult.probability", greaterThan(0.5f))
                .body("insult.evidence.text", hasItem(containsString("idiot")))
                .body("models.insult", startsWith("insult@"));
    }

    @Test
    void aCivilCommentScoresLow() {
        analyze(Map.of("text", "Japan and Russia should sign a peace treaty; both economies would gain from it."))
                .statusCode(200)
                .body("insult.probability", lessThan(0.2f))
                .body("mentions.country", equalTo(List.of("japan", "russia")))
                .body("mentions[0].start", equalTo(0))
                .body("mentions[0].end", equalTo(5))
                .body("mentions[0].quoted", equalTo(false))
                .body("stance.us.label", equalTo("none"))
                .body("stance.china.label", equalTo("none"))
                .body("stance.russia.label", org.hamcrest.Matchers.oneOf("favor", "against", "neutral"))
                .body("stance.russia.mentions[0].text", equalTo("Russia"))
                .body("models.stance", startsWith("stance@"));
    }

    @Test
    void quotedInsultsAreNotTheAuthorsAndDoNotCount() {
        String quoted = "> You are a pathetic idiot, Russia is a bully.\n\nThat was uncalled for. Let us stay civil.";
        float quotedScore = analyze(Map.of("text", quoted)).statusCode(200)
                .body("quoted", hasSize(1))
                .body("quoted[0].kind", equalTo("line_prefix"))
                .body("mentions[0].country", equalTo("russia"))
                .body("mentions[0].quoted", equalTo(true))
                .extract().path("insult.probability");
        float ownScore = analyze(Map.of("text", "You are a pathetic idiot, Russia is a bully.")).statusCode(200)
                .extract().path("insult.probability");
        org.junit.jupiter.api.Assertions.assertTrue(quotedScore < 0.3 && ownScore > 0.5,
                "quoted " + quotedScore + " vs own " + ownScore);
    }

    @Test
    void aPassageRepeatingAnEarlierCommentIsAQuote() {
        String earlier = "Japan has territory disputes with all of its immediate neighbouring countries, China, Russia and Korea.";
        analyze(Map.of("text", earlier + " Nonsense, Japan only wants its islands back.", "context", List.of(earlier)))
                .statusCode(200)
                .body("quoted[0].kind", equalTo("thread_repeat"))
                .body("quoted[0].start", equalTo(0));
    }

    @Test
    void nonEnglishIsMarkedUnsupportedWithoutScores() {
        analyze(Map.of("text", "La Russie et le Japon n'ont toujours pas signé de traité de paix depuis la guerre."))
                .statusCode(200)
                .body("supported", equalTo(false))
                .body("language", equalTo("fra"))
                .body("insult", nullValue())
                .body("unsupportedReason", containsString("fra"));
        analyze(Map.of("text", "Россия и Япония до сих пор не подписали мирный договор после войны."))
                .statusCode(200).body("supported", equalTo(false)).body("language", equalTo("rus"));
    }

    @Test
    void shortBareAbuseIsScoredNotSkipped() {
        analyze(Map.of("text", "fucking idiots")).statusCode(200)
                .body("supported", equalTo(true))
                .body("insult.probability", greaterThan(0.5f));
    }

    @Test
    void emptyAndVeryLongTexts() {
        analyze(Map.of("text", "")).statusCode(200).body("supported", equalTo(false)).body("insult", nullValue());
        String longText = "Japan and Russia keep talking about the islands. ".repeat(420);
        analyze(Map.of("text", longText.substring(0, 20_000))).statusCode(200).body("insult", notNullValue());
        analyze(Map.of("text", "a".repeat(20_001))).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
    }

    @Test
    void batchAnswersInOrder() {
        given().contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("text", "Thank you, a most edifying comment."),
                        Map.of("text", "Shut up, you moron."))))
                .post("/api/v1/analyze/batch").then().statusCode(200)
                .body("results", hasSize(2))
                .body("results[0].insult.probability", lessThan(0.5f))
                .body("results[1].insult.probability", greaterThan(0.5f));
        given().contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .post("/api/v1/analyze/batch").then().statusCode(400);
    }

    @Test
    void badRequestsAreProblems() {
        analyze(Map.of("nothing", "here")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        analyze(Map.of("text", "nul\u0000byte")).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void readinessReportsTheModels() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Analysis models' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Analysis models' }.data.insult", startsWith("insult@"));
    }

    /**
     * The service must score exactly what the trainer's code computes: the model file read back,
     * features from a fresh pipeline, the same probability the API answers.
     */
    @Test
    void servingScoresWhatTrainingCodeComputes() throws Exception {
        LinearModel model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(InsultClassifier.RESOURCE)) {
            model = ModelFile.read(in);
        }
        assertEquals(InsultFeatures.SPEC, model.metadata().featureSpec());
        TextPipeline pipeline = new TextPipeline();
        InsultFeatures features = new InsultFeatures(Lexicons.get());
        for (String text : List.of("What stands out about your comment is that it is ignorant, arrogant, angry and insulting.",
                "go eat some snails", "I don’t think Russia should rejoin the G7.", "u r a f*cking m0ron!!!")) {
            double expected = model.probability(features.extract(pipeline.analyze(text)));
            float served = analyze(Map.of("text", text)).statusCode(200).extract().path("insult.probability");
            assertEquals(Math.round(expected * 10000) / 10000.0, served, 1e-4, text);
        }
    }
}
