package dev.parley.platform;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class PlatformTests {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void ingestMetricsAreExported() {
        String site = newSite();
        post(site, comment("m1", "t", null, "metric")).statusCode(201);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("parley_ingest_comments_total{outcome=\"created\"}"))
                .body(containsString("parley_ingest_request_seconds_count{kind=\"single\"}"));
    }

    @Test
    void openApiDescribesTheIngestionApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/sites/{siteKey}/comments/batch"))
                .body("components.schemas.CommentSubmission.properties.body.examples[0]",
                        containsString("Clinton"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
