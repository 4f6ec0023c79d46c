package dev.parley.integration.perspective;

import static dev.parley.support.Api.newSite;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.support.PostgresTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Perspective clients, and Coral Talk in particular, must work by changing only the endpoint URL. */
@QuarkusTest
@PostgresTest
class PerspectiveTests {

    @Inject
    EntityManager em;

    String site;
    String key;

    @BeforeEach
    void keyed() {
        site = newSite();
        key = given().contentType(ContentType.JSON).body(Map.of("label", "coral"))
                .post("/api/v1/sites/" + site + "/api-keys").then().statusCode(201).extract().path("key");
    }

    /** The body exactly as Coral Talk's perspective.ts sends it. */
    private static String coralBody(String text) {
        return "{\"comment\": {\"text\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(text) + "},"
                + " \"doNotStore\": true, \"requestedAttributes\": {\"TOXICITY\": {}}, \"languages\": [\"en\"]}";
    }

    private ValidatableResponse analyze(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1alpha1/comments:analyze?key=" + key).then();
    }

    /** Reads the score the way Coral does: attributeScores[MODEL].summaryScore.value. */
    private double coralReads(String text) {
        return ((Number) analyze(coralBody(text)).statusCode(200).extract()
                .path("attributeScores.TOXICITY.summaryScore.value")).doubleValue();
    }

    @Test
    void coralsRequestGetsAToxicityScoreItCanRead() {
        assertTrue(coralReads("You are an ignorant fool and a liar.") > 0.5);
        assertTrue(coralReads("Thanks for the thoughtful summary of the treaty talks.") < 0.5);
        // Node's HTTP client (Coral) sends the colon raw; RestAssured, above, sends it as %3A.
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(coralBody("You are an ignorant fool."))
                .post("/v1alpha1/comments:analyze?key=" + key).then().statusCode(200)
                .body("attributeScores.TOXICITY.summaryScore.value", greaterThan(0.5f));
        analyze(coralBody("You are an ignorant fool.")).statusCode(200)
                .contentType(ContentType.JSON)
                .body("attributeScores.TOXICITY.summaryScore.type", equalTo("PROBABILITY"))
                .body("languages", equalTo(List.of("en")))
                .body("detectedLanguages", equalTo(List.of("en")));
    }

    @Test
    void analyzeStoresNothing() {
        long before = count();
        analyze(coralBody("You are an ignorant fool and a liar.")).statusCode(200);
        analyze(Map.of("comment", Map.of("text", "Russia is a bully."), "doNotStore", false,
                "requestedAttributes", Map.of("INSULT", Map.of()))).statusCode(200);
        assertEquals(before, count());
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT (SELECT count(*) FROM comment) + (SELECT count(*) FROM comment_analysis)"
                        + " + (SELECT count(*) FROM perspective_feedback)").getSingleResult()).longValue());
    }

    @Test
    void parleysOwnAttributesSpansThresholdsAndClientToken() {
        analyze(Map.of("comment", Map.of("text", "Shut up, you moron. Russia will never return the islands."),
                "requestedAttributes", Map.of("INSULT", Map.of(), "STANCE_RUSSIA", Map.of(), "STANCE_CHINA", Map.of()),
                "spanAnnotations", true, "clientToken", "comment:42"))
                .statusCode(200)
                .body("clientToken", equalTo("comment:42"))
                .body("attributeScores.STANCE_RUSSIA.summaryScore.type", equalTo("STANCE_SCORE"))
                .body("attributeScores.STANCE_CHINA.summaryScore.value", equalTo(0.0f))
                .body("attributeScores.INSULT.spanScores", hasSize(2))
                .body("attributeScores.INSULT.spanScores[0].begin", equalTo(0))
                .body("attributeScores.INSULT.spanScores[0].score.value", greaterThan(0.5f))
                .body("attributeScores.INSULT.spanScores[1].score.value", lessThan(0.5f));
        analyze(Map.of("comment", Map.of("text", "Thanks for the summary."),
                "requestedAttributes", Map.of("TOXICITY@2", Map.of("scoreThreshold", 0.9))))
                .statusCode(200).body("attributeScores", not(hasKey("TOXICITY")));
    }

    @Test
    void errorsUsePerspectivesShape() {
        analyze(Map.of("comment", Map.of("text", "hello"), "requestedAttributes", Map.of("SARCASM_X", Map.of())))
                .statusCode(400).body("error.code", equalTo(400)).body("error.status", equalTo("INVALID_ARGUMENT"))
                .body("error.details[0].errorType", equalTo("ATTRIBUTE_NOT_FOUND"));
        analyze(Map.of("comment", Map.of("text", "hello"), "requestedAttributes", Map.of("IDENTITY_ATTACK", Map.of())))
                .statusCode(400).body("error.details[0].errorType", equalTo("ATTRIBUTE_NOT_FOUND"));
        analyze(Map.of("comment", Map.of("text", "bonjour à tous"), "requestedAttributes", Map.of("TOXICITY", Map.of()),
                "languages", List.of("fr"))).statusCode(400)
                .body("error.details[0].errorType", equalTo("LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE"))
                .body("error.details[0].languageNotSupportedByAttributeError.detectedLanguages", equalTo(List.of("fr")));
        analyze(Map.of("comment", Map.of("text", "La Russie et le Japon n'ont toujours pas signé de traité de paix."),
                "requestedAttributes", Map.of("TOXICITY", Map.of()))).statusCode(400)
                .body("error.details[0].languageNotSupportedByAttributeError.detectedLanguages", equalTo(List.of("fr")));
        analyze(Map.of("comment", Map.of("text", ""), "requestedAttributes", Map.of("TOXICITY", Map.of())))
                .statusCode(400).body("error.details[0].errorType", equalTo("COMMENT_EMPTY"));
        analyze(Map.of("comment", Map.of("text", "hello"))).statusCode(400)
                .body("error.details[0].errorType", equalTo("NO_REQUESTED_ATTRIBUTES"));
        given().contentType(ContentType.JSON).body(coralBody("hello")).post("/v1alpha1/comments:analyze?key=wrong")
                .then().statusCode(400).body("error.message", equalTo("API key not valid. Please pass a valid API key."));
    }

    @Test
    void suggestScoreFeedbackIsKeptAsAModeratorLabel() {
        String body = "{\"comment\": {\"text\": \"You are an ignorant fool.\"},"
                + " \"context\": {\"entries\": [{\"text\": \"{\\\"url\\\":\\\"https://example.org/a\\\",\\\"Coral_comment_id\\\":\\\"c1\\\"}\"}]},"
                + " \"attributeScores\": {\"TOXICITY\": {\"summaryScore\": {\"value\": 1}}}, \"languages\": [\"en\"],"
                + " \"communityId\": \"Coral:https://example.org\", \"clientToken\": \"comment:c1\"}";
        given().contentType(ContentType.JSON).body(body).post("/v1alpha1/comments:suggestscore?key=" + key).then()
                .statusCode(200).body("clientToken", equalTo("comment:c1"));
        String labels = given().get("/api/v1/sites/" + site + "/labels").then().statusCode(200).extract().asString();
        assertTrue(labels.contains("\"insult\":1") && labels.contains("You are an ignorant fool."), labels);
        given().contentType(ContentType.JSON)
                .body(Map.of("comment", Map.of("text", "x"), "attributeScores", Map.of("TOXICITY", Map.of("summaryScore", Map.of("value", 3)))))
                .post("/v1alpha1/comments:suggestscore?key=" + key).then().statusCode(400);
    }
}
