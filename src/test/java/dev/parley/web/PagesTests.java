package dev.parley.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.support.Api;
import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages' server side without a browser: escaping, headers, and form input that must change nothing. */
@QuarkusTest
@PostgresTest
class PagesTests {

    private static final String HOSTILE = "You idiot. <script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" & more";

    @Test
    void commentTextIsEscapedInTheListAndTheItem() {
        String site = Api.newSite();
        Api.post(site, Api.comment("h1", "t1", null, HOSTILE)).statusCode(201);
        String list = given().get("/moderate/" + site + "/list?queue=flagged").then().statusCode(200)
                .extract().asString();
        String item = given().get("/moderate/" + site + "/items/h1").then().statusCode(200).extract().asString();
        for (String html : List.of(list, item)) {
            org.hamcrest.MatcherAssert.assertThat(html, not(containsString("<script>alert")));
            org.hamcrest.MatcherAssert.assertThat(html, not(containsString("<img src=x")));
            org.hamcrest.MatcherAssert.assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
    }

    @Test
    void pagesCarryAContentSecurityPolicyThatAllowsOnlyParleysOwnScripts() {
        String site = Api.newSite();
        for (String path : List.of("/", "/moderate/" + site, "/dashboard/" + site)) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("X-Content-Type-Options", "nosniff");
        }
        given().get("/api/v1/sites/" + site).then().statusCode(200)
                .header("Content-Security-Policy", (String) null);
    }

    @Test
    void anUnknownSiteIsA404() {
        given().get("/moderate/no-such-site").then().statusCode(404);
        given().get("/dashboard/no-such-site").then().statusCode(404);
    }

    @Test
    void unknownQueueSortOrCountryFallBackToDefaults() {
        String site = Api.newSite();
        given().get("/moderate/" + site + "?queue=nonsense&sort=%27;drop&country=mars").then().statusCode(200)
                .body(containsString("/moderate/" + site + "/list?queue=flagged&amp;sort=age\""));
        given().get("/dashboard/" + site + "?range=forever&refresh=-5").then().statusCode(200)
                .body(containsString("data-refresh=\"2\""), containsString("<option value=\"30d\" selected>"));
    }

    @Test
    void aBadDecisionFormIsExplainedAndChangesNothing() {
        String site = Api.newSite();
        Api.post(site, Api.comment("d1", "t1", null, "You are a stupid idiot.")).statusCode(201);
        String path = "/moderate/" + site + "/items/d1/decision";
        form(path, "action", "DELETE", "moderator", "mod", "expectedVersion", "0")
                .body(containsString("notice error"), containsString("action: choose one of"));
        form(path, "action", "APPROVE", "moderator", " ", "expectedVersion", "0")
                .body(containsString("Type your moderator name"));
        form(path, "action", "APPROVE", "moderator", "mod", "expectedVersion", "x")
                .body(containsString("expectedVersion: not a number"));
        form(path, "action", "REJECT", "moderator", "mod", "expectedVersion", "0")
                .body(containsString("reason: choose one of"));
        form(path, "action", "APPROVE", "moderator", "bad moderator id with spaces and\u0001", "expectedVersion", "0")
                .body(containsString("notice error"));
        form(path, "action", "UNDO", "moderator", "mod", "expectedVersion", "0")
                .body(containsString("has no decision to undo"));
        given().formParam("action", "APPROVE").formParam("moderator", "mod").formParam("selected", "nonsense")
                .post("/moderate/" + site + "/bulk").then().statusCode(200).body(containsString("not commentId@version"));
        assertEquals("NONE", status(site, "d1"));
        assertEquals(0, given().get("/api/v1/sites/" + site + "/comments/d1/history").then()
                .extract().jsonPath().getList("actions").size());
    }

    @Test
    void aStaleVersionIsAConflictNotADecision() {
        String site = Api.newSite();
        Api.post(site, Api.comment("s1", "t1", null, "You are a stupid idiot.")).statusCode(201);
        String path = "/moderate/" + site + "/items/s1/decision";
        form(path, "action", "APPROVE", "moderator", "anna", "expectedVersion", "0")
                .header("HX-Trigger", "parley-decided").body(containsString("Approved by anna"));
        form(path, "action", "REJECT", "moderator", "ben", "expectedVersion", "0", "reason", "INSULT")
                .body(containsString("notice conflict"), containsString("it is now APPROVED"));
        assertEquals("APPROVED", status(site, "s1"));
    }

    @Test
    void anUnknownCommentIsA404() {
        String site = Api.newSite();
        given().get("/moderate/" + site + "/items/nope").then().statusCode(404);
        given().formParam("action", "APPROVE").post("/moderate/" + site + "/items/nope/decision").then()
                .statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse form(String path, String... fields) {
        var request = given();
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path).then().statusCode(200);
    }

    private static String status(String site, String comment) {
        return given().get("/api/v1/sites/" + site + "/comments/" + comment + "/history")
                .then().statusCode(200).body("state.status", equalTo(given().get("/api/v1/sites/" + site
                        + "/comments/" + comment + "/history").then().extract().path("state.status")))
                .extract().path("state.status");
    }
}
