package dev.parley.platform;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "No input may cause a 5xx": every POST and PUT operation in the OpenAPI document gets malformed
 * and wrongly shaped bodies, with path parameters that exist and ones that do not.
 */
@QuarkusTest
@PostgresTest
class BadInputSweepTests {

    private static final List<String> BODIES = List.of("{", "[]", "null", "\"text\"", "42", "{\"unexpected\": true}",
            "{\"comments\": [null]}", "{\"comment\": {\"text\": 7}}", "{\"items\": \"no\"}", "\u0000");

    @Test
    void noMalformedBodyCausesAServerError() {
        String site = newSite();
        post(site, comment("c1", "t1", null, "A comment to act on.")).statusCode(201);
        JsonPath api = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (var entry : paths.entrySet()) {
            for (String method : List.of("post", "put")) {
                if (!entry.getValue().containsKey(method)) {
                    continue;
                }
                for (String path : List.of(fill(entry.getKey(), site, "c1", "t1", "1"),
                        fill(entry.getKey(), "no-such-site", "nope", "nope", "999999"))) {
                    for (String body : BODIES) {
                        int status = given().contentType("application/json").header("X-Parley-Moderator", "m")
                                .body(body).request(method, path).then().extract().statusCode();
                        calls++;
                        if (status >= 500) {
                            failures.add(method.toUpperCase() + " " + path + " " + body + " -> " + status);
                        }
                    }
                }
            }
        }
        assertTrue(calls > 100, "swept " + calls + " calls");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void noMalformedQueryCausesAServerError() {
        String site = newSite();
        post(site, comment("c1", "t1", null, "A comment to read.")).statusCode(201);
        JsonPath api = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        List<String> failures = new ArrayList<>();
        for (var entry : paths.entrySet()) {
            if (!entry.getValue().containsKey("get")) {
                continue;
            }
            for (String path : List.of(fill(entry.getKey(), site, "c1", "t1", "1"),
                    fill(entry.getKey(), "no-such-site", "nope", "nope", "999999"))) {
                int status = given().urlEncodingEnabled(false)
                        .get(path + "?limit=abc&cursor=!!!not-base64&from=yesterday&to=x&since=1&until=2&status=Q&country=zz"
                                + "&bucket=q&sort=q&thread=%00").then().extract().statusCode();
                if (status >= 500) {
                    failures.add("GET " + path + " -> " + status);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String fill(String template, String site, String comment, String thread, String number) {
        return template.replace("{siteKey}", site).replace("{commentId}", comment).replace("{threadId}", thread)
                .replace("{id}", number).replace("{queue}", "flagged").replace("{authorId}", "u1")
                .replace("{method}", "comments:analyze");
    }
}
