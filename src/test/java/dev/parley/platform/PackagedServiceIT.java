package dev.parley.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (target/quarkus-app, prod profile) starts with its embedded database and
 * all its models, the stance model's sentence encoder included, and scores a comment. Tests in the
 * service's test class loader cannot see class-loading faults of the packaged jar; this one can.
 */
@QuarkusIntegrationTest
class PackagedServiceIT {

    @Test
    void thePackagedServiceLoadsItsModelsAndScoresStance() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Russia is a terrorist state and Putin is a war criminal."))
                .post("/api/v1/analyze").then()
                .statusCode(200)
                .body("models.stance", startsWith("stance@"))
                .body("stance.russia.label", oneOf("favor", "against", "neutral"))
                .body("stance.japan.label", equalTo("none"));
    }
}
