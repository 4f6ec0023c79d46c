package dev.parley.analysis.rest;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static dev.parley.support.Api.tree;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class AnalysisOnIngestTests {

    @Inject
    EntityManager em;

    @Test
    void ingestedCommentsAreAnalysedAndTheResultIsStoredWithTheModelVersion() {
        String site = newSite();
        post(site, comment("c1", "t", null, "Japan will never get the Kuril islands back from Russia."))
                .statusCode(201)
                .body("comment.analysis.mentions.country", equalTo(java.util.List.of("japan", "russia")))
                .body("comment.analysis.insult.probability", lessThan(0.5f));
        post(site, comment("c2", "t", "c1", "You are an ignorant fool and a liar."))
                .statusCode(201)
                .body("comment.analysis.insult.probability", greaterThan(0.5f));

        tree(site, "t").body("comments[0].replies[0].comment.analysis.insult.probability", greaterThan(0.5f))
                .body("comments[0].comment.analysis.models.insult", startsWith("insult@"));

        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT a.analyzer_version, a.revision, a.language FROM comment_analysis a
                JOIN comment c ON c.id = a.comment_id JOIN site s ON s.id = c.site_id
                WHERE s.site_key = ?1 AND c.external_id = 'c2'""").setParameter(1, site).getSingleResult();
        org.junit.jupiter.api.Assertions.assertTrue(((String) row[0]).contains("insult@"), (String) row[0]);
        org.junit.jupiter.api.Assertions.assertEquals(1, ((Number) row[1]).intValue());
        org.junit.jupiter.api.Assertions.assertEquals("eng", row[2]);
    }

    @Test
    void anEditIsAnalysedAgain() {
        String site = newSite();
        post(site, comment("c1", "t", null, "Thanks for the thoughtful summary of the treaty talks.")).statusCode(201)
                .body("comment.analysis.insult.probability", lessThan(0.5f));
        post(site, comment("c1", "t", null, "Shut up, you ignorant moron.")).statusCode(200)
                .body("outcome", equalTo("EDITED"))
                .body("comment.analysis.insult.probability", greaterThan(0.5f));
        given().get("/api/v1/sites/" + site + "/comments/c1").then()
                .body("comment.analysis.insult.probability", greaterThan(0.5f));
    }
}
