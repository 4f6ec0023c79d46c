package dev.parley.trend.alert;

import static dev.parley.support.Api.newSite;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class AlertRuleTests {

    private static Map<String, Object> rule(Object... keysAndValues) {
        Map<String, Object> rule = new HashMap<>(Map.of("name", "Russia", "kind", "AGAINST_SHARE_RISE",
                "window", "PT6H", "country", "russia", "points", 15));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                rule.remove((String) keysAndValues[i]);
            } else {
                rule.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return rule;
    }

    private static void refused(String site, Map<String, Object> rule, String field) {
        given().contentType(ContentType.JSON).body(rule).post("/api/v1/sites/" + site + "/alert-rules").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void badRulesAreRefusedWithTheFieldAtFault() {
        String site = newSite();
        refused(site, rule("kind", null), "kind");
        refused(site, rule("name", ""), "name");
        refused(site, rule("window", "PT90M"), "window");
        refused(site, rule("window", "P8D"), "window");
        refused(site, rule("window", "soon"), "window");
        refused(site, rule("country", null), "country");
        refused(site, rule("country", "france"), "country");
        refused(site, rule("points", 0), "points");
        refused(site, rule("minMentions", 2), "minMentions");
        refused(site, rule("exchanges", 3), "exchanges");
        refused(site, Map.of("name", "Flames", "kind", "FLAME_BURST", "window", "PT1H"), "exchanges");
        refused(site, Map.of("name", "Flames", "kind", "FLAME_BURST", "window", "PT1H", "exchanges", 3,
                "country", "us"), "country");
        given().contentType(ContentType.JSON).body(rule("kind", "SOMETHING")).post("/api/v1/sites/" + site
                + "/alert-rules").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(rule()).post("/api/v1/sites/no-such-site/alert-rules").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRuleIsCreatedWithDefaultsListedChangedDisabledAndDeleted() {
        String site = newSite();
        String rules = "/api/v1/sites/" + site + "/alert-rules";
        int id = given().contentType(ContentType.JSON).body(rule("window", "P1D")).post(rules).then().statusCode(201)
                .body("window", equalTo("PT24H")).body("minMentions", equalTo(20)).body("enabled", equalTo(true))
                .body("exchanges", equalTo(null)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("name", "Flames", "kind", "FLAME_BURST", "window", "PT2H",
                "exchanges", 3)).post(rules).then().statusCode(201).body("minMentions", equalTo(null));
        given().get(rules).then().statusCode(200).body("name", equalTo(List.of("Russia", "Flames")));
        given().contentType(ContentType.JSON).body(rule("points", 20.5, "enabled", false)).put(rules + "/" + id).then()
                .statusCode(200).body("points", equalTo(20.5f)).body("enabled", equalTo(false))
                .body("window", equalTo("PT6H"));
        given().get(rules + "/" + id).then().statusCode(200).body("enabled", equalTo(false));
        given().delete(rules + "/" + id).then().statusCode(204);
        given().get(rules + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete(rules + "/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(rule()).put(rules + "/999999").then().statusCode(404);
        given().get(rules).then().body("", hasSize(1));
    }
}
