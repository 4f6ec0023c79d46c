package dev.parley.moderation;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.support.PostgresTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ModerationTests {

    private static final String INSULT = "You are an ignorant fool and a liar.";
    private static final String CIVIL = "Thanks, a thoughtful summary of the treaty talks between Japan and Russia.";

    @Inject
    EntityManager em;

    private static void policy(String site, double threshold, String effect) {
        given().contentType(ContentType.JSON).header("X-Parley-Moderator", "admin")
                .body(Map.of("insult", Map.of("threshold", threshold, "effect", effect)))
                .put("/api/v1/sites/" + site + "/policy").then().statusCode(200);
    }

    private static ValidatableResponse decide(String site, String comment, String action, long version, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("action", action, "moderator", "mod-anna",
                "expectedVersion", version));
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/sites/" + site + "/comments/" + comment + "/decisions").then();
    }

    private static ValidatableResponse queue(String site, String queue) {
        return given().get("/api/v1/sites/" + site + "/queues/" + queue).then().statusCode(200);
    }

    @Test
    void analysisRaisesFlagsPerTheSitesThreshold() {
        String strict = newSite();
        String lenient = newSite();
        given().get("/api/v1/sites/" + strict + "/policy").then().statusCode(200)
                .body("insult.threshold", equalTo(0.8f)).body("insult.effect", equalTo("QUEUE"))
                .body("flameExchange.threshold", equalTo(0.2f));
        given().contentType(ContentType.JSON).header("X-Parley-Moderator", "admin")
                .body(Map.of("insult", Map.of("threshold", 0.9, "effect", "QUEUE")))
                .put("/api/v1/sites/" + strict + "/policy").then().statusCode(200)
                .body("flameExchange.effect", equalTo("QUEUE"));
        policy(strict, 0.99, "QUEUE");
        policy(lenient, 0.5, "QUEUE");
        for (String site : List.of(strict, lenient)) {
            post(site, comment("bad", "t", null, INSULT)).statusCode(201);
            post(site, comment("good", "t", null, CIVIL)).statusCode(201);
        }
        queue(strict, "flagged").body("items", hasSize(0));
        queue(lenient, "flagged").body("items", hasSize(1))
                .body("items[0].comment.externalId", equalTo("bad"))
                .body("items[0].status", equalTo("NONE"))
                .body("items[0].flags[0].source", equalTo("DETECTED"))
                .body("items[0].flags[0].reason", equalTo("INSULT"))
                .body("items[0].flags[0].modelVersion", org.hamcrest.Matchers.startsWith("insult@"));
    }

    @Test
    void policyChangesAreLogged() {
        String site = newSite();
        policy(site, 0.7, "QUEUE");
        policy(site, 0.6, "WITHHOLD");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT p.changed_by, cast(p.before AS text), cast(p.after AS text) FROM site_policy_change p
                JOIN site s ON s.id = p.site_id WHERE s.site_key = ?1 ORDER BY p.id""").setParameter(1, site)
                .getResultList());
        assertEquals(2, rows.size());
        assertEquals(null, rows.get(0)[1]);
        assertEquals(true, ((String) rows.get(1)[1]).contains("0.7") && ((String) rows.get(1)[2]).contains("WITHHOLD"));
        given().contentType(ContentType.JSON).body(Map.of("insult", Map.of("threshold", 1.5, "effect", "QUEUE")))
                .header("X-Parley-Moderator", "admin").put("/api/v1/sites/" + site + "/policy").then().statusCode(400);
    }

    @Test
    void aWithholdPolicyHidesTheCommentUntilDecided() {
        String site = newSite();
        policy(site, 0.5, "WITHHOLD");
        post(site, comment("bad", "t", null, INSULT)).statusCode(201);
        queue(site, "pending").body("items[0].status", equalTo("SYSTEM_WITHHELD"));
        given().get("/api/v1/sites/" + site + "/comments/bad/history").then().statusCode(200)
                .body("actions[0].action", equalTo("SYSTEM_WITHHOLD"))
                .body("actions[0].moderator", equalTo("parley"));
        decide(site, "bad", "APPROVE", 1, null).statusCode(200).body("state.status", equalTo("APPROVED"));
        queue(site, "pending").body("items", hasSize(0));
    }

    @Test
    void readersReportCommentsOncePerReason() {
        String site = newSite();
        post(site, comment("c", "t", null, CIVIL)).statusCode(201);
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(Map.of("reporterId", "reader-1", "reason", "ABUSE"))
                    .post("/api/v1/sites/" + site + "/comments/c/reports").then().statusCode(200);
        }
        queue(site, "reported").body("items", hasSize(1)).body("items[0].flags", hasSize(1))
                .body("items[0].flags[0].reporterId", equalTo("reader-1"));
        given().contentType(ContentType.JSON).body(Map.of("reporterId", "reader-1", "reason", "NOPE"))
                .post("/api/v1/sites/" + site + "/comments/c/reports").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("reporterId", "reader-1", "reason", "ABUSE"))
                .post("/api/v1/sites/" + site + "/comments/missing/reports").then().statusCode(404);
    }

    @Test
    void everyDecisionPathWithUndoAndACompleteAuditTrail() {
        String site = newSite();
        post(site, comment("c", "t", null, CIVIL)).statusCode(201);
        decide(site, "c", "REJECT", 0, null).statusCode(400);
        decide(site, "c", "UNDO", 0, null).statusCode(409);
        decide(site, "c", "ESCALATE", 0, null).statusCode(200).body("state.status", equalTo("NONE"));
        queue(site, "escalated").body("items[0].comment.externalId", equalTo("c"));
        decide(site, "c", "APPROVE", 1, null).statusCode(200).body("state.status", equalTo("APPROVED"))
                .body("state.moderationVersion", equalTo(2));
        queue(site, "escalated").body("items", hasSize(0));
        queue(site, "approved").body("items[0].comment.externalId", equalTo("c"));
        decide(site, "c", "REJECT", 2, "INSULT").statusCode(200).body("state.status", equalTo("REJECTED"));
        decide(site, "c", "UNDO", 3, null).statusCode(200).body("state.status", equalTo("APPROVED"));
        decide(site, "c", "UNDO", 4, null).statusCode(200).body("state.status", equalTo("NONE"));

        var history = given().get("/api/v1/sites/" + site + "/comments/c/history").then().statusCode(200)
                .body("state.status", equalTo("NONE"))
                .body("actions.action", equalTo(List.of("ESCALATE", "APPROVE", "REJECT", "UNDO", "UNDO")))
                .body("actions[2].reason", equalTo("INSULT"))
                .extract().jsonPath();
        List<String> before = history.getList("actions.statusBefore");
        List<String> after = history.getList("actions.statusAfter");
        for (int i = 1; i < before.size(); i++) {
            assertEquals(after.get(i - 1), before.get(i), "the log is a chain: each entry starts where the last ended");
        }
        given().get("/api/v1/sites/" + site + "/moderators").then().statusCode(200)
                .body("'mod-anna'.UNDO", equalTo(2)).body("'mod-anna'.APPROVE", equalTo(1));
    }

    @Test
    void theEscalatedQueueFollowsTheLatestStandingDecisionThroughUndos() {
        String site = newSite();
        post(site, comment("e", "t", null, CIVIL)).statusCode(201);
        decide(site, "e", "ESCALATE", 0, null).statusCode(200);
        queue(site, "escalated").body("items.comment.externalId", equalTo(List.of("e")));
        decide(site, "e", "UNDO", 1, null).statusCode(200).body("state.status", equalTo("NONE"));
        queue(site, "escalated").body("items", hasSize(0));
        decide(site, "e", "ESCALATE", 2, null).statusCode(200);
        queue(site, "escalated").body("items.comment.externalId", equalTo(List.of("e")));
        given().get("/api/v1/sites/" + site + "/queues").then().statusCode(200).body("counts.escalated", equalTo(1));
        decide(site, "e", "APPROVE", 3, null).statusCode(200).body("state.status", equalTo("APPROVED"));
        queue(site, "escalated").body("items", hasSize(0));
        given().get("/api/v1/sites/" + site + "/queues").then().statusCode(200).body("counts.escalated", equalTo(0));
        // Undoing the approval makes the second escalation the latest standing decision again.
        decide(site, "e", "UNDO", 4, null).statusCode(200).body("state.status", equalTo("NONE"));
        queue(site, "escalated").body("items.comment.externalId", equalTo(List.of("e")));
        given().get("/api/v1/sites/" + site + "/queues").then().statusCode(200).body("counts.escalated", equalTo(1));
    }

    @Test
    void theAuditTrailCannotBeRewritten() {
        String site = newSite();
        post(site, comment("c", "t", null, CIVIL)).statusCode(201);
        decide(site, "c", "APPROVE", 0, null).statusCode(200);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE moderation_action SET moderator = 'someone else'").executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM moderation_action").executeUpdate()));
    }

    @Test
    void twoModeratorsDecidingAtOnceOneWinsTheOtherGets409WithTheCurrentState() throws Exception {
        String site = newSite();
        post(site, comment("c", "t", null, CIVIL)).statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
        for (String action : List.of("APPROVE", "ESCALATE")) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body(Map.of("action", action, "moderator", "m-" + action, "expectedVersion", 0))
                        .post("/api/v1/sites/" + site + "/comments/c/decisions");
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (var f : answers) {
            var r = f.get();
            codes.add(r.statusCode());
            if (r.statusCode() == 409) {
                assertEquals(1, (int) r.jsonPath().getInt("current.moderationVersion"));
                assertEquals("application/problem+json", r.contentType().split(";")[0]);
            }
        }
        pool.shutdown();
        codes.sort(Integer::compareTo);
        assertEquals(List.of(200, 409), codes);
        given().get("/api/v1/sites/" + site + "/comments/c/history").then().body("actions", hasSize(1));
    }

    @Test
    void bulkDecisionsSucceedOrConflictOneByOne() {
        String site = newSite();
        for (String id : List.of("a", "b", "c")) {
            post(site, comment(id, "t", null, CIVIL)).statusCode(201);
        }
        decide(site, "b", "APPROVE", 0, null).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("action", "REJECT", "moderator", "mod-anna", "reason", "SPAM",
                        "comments", List.of(Map.of("commentId", "a", "expectedVersion", 0),
                                Map.of("commentId", "b", "expectedVersion", 0),
                                Map.of("commentId", "c", "expectedVersion", 0))))
                .post("/api/v1/sites/" + site + "/decisions").then().statusCode(200)
                .body("decided", equalTo(2)).body("conflicts", equalTo(1))
                .body("results.outcome", equalTo(List.of("DECIDED", "CONFLICT", "DECIDED")))
                .body("results[1].state.status", equalTo("APPROVED"));
    }

    @Test
    void queuesFilterCountAndPage() {
        String site = newSite();
        for (int i = 0; i < 5; i++) {
            post(site, comment("r" + i, i < 3 ? "t1" : "t2", null, "u", CIVIL,
                    "2015-07-02T09:0" + i + ":00Z")).statusCode(201);
            given().contentType(ContentType.JSON).body(Map.of("reporterId", "reader", "reason", i % 2 == 0 ? "SPAM" : "ABUSE"))
                    .post("/api/v1/sites/" + site + "/comments/r" + i + "/reports").then().statusCode(200);
        }
        given().get("/api/v1/sites/" + site + "/queues").then().statusCode(200)
                .body("counts.reported", equalTo(5)).body("counts.flagged", equalTo(0)).body("atLeast", hasSize(0));
        given().queryParam("thread", "t1").get("/api/v1/sites/" + site + "/queues/reported").then()
                .body("items", hasSize(3));
        given().queryParam("reason", "ABUSE").get("/api/v1/sites/" + site + "/queues/reported").then()
                .body("items.comment.externalId", equalTo(List.of("r3", "r1")));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/sites/" + site + "/queues/reported").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.comment.externalId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("r4", "r3", "r2", "r1", "r0"), seen);
        given().get("/api/v1/sites/" + site + "/queues/nonsense").then().statusCode(404);
        queue(site, "reported").body("items.status", hasItem("NONE"));
    }

    @Test
    void queuesFilterByTheCountryTheAuthorMentions() {
        String site = newSite();
        for (var c : List.of(comment("ru", "t", null, "Russia will never give the islands back."),
                comment("cn", "t", null, "China builds islands in the South China Sea."),
                comment("quoted", "t", null, "> Russia is a bully\n\nI disagree with that."))) {
            post(site, c).statusCode(201);
            given().contentType(ContentType.JSON).body(Map.of("reporterId", "reader", "reason", "OTHER"))
                    .post("/api/v1/sites/" + site + "/comments/" + c.get("externalId") + "/reports").then().statusCode(200);
        }
        given().queryParam("country", "russia").get("/api/v1/sites/" + site + "/queues/reported").then().statusCode(200)
                .body("items.comment.externalId", equalTo(List.of("ru")));
        given().queryParam("country", "france").get("/api/v1/sites/" + site + "/queues/reported").then().statusCode(400);
    }

    @Test
    void authorHistoryAndDecisionsExportedAsTrainingLabels() {
        String site = newSite();
        post(site, comment("a1", "t", null, "troll", INSULT, "2015-07-02T09:00:00Z")).statusCode(201);
        post(site, comment("a2", "t", null, "troll", CIVIL, "2015-07-02T09:05:00Z")).statusCode(201);
        post(site, comment("b1", "t", null, "other", CIVIL, "2015-07-02T09:10:00Z")).statusCode(201);
        decide(site, "a1", "REJECT", 0, "INSULT").statusCode(200);
        decide(site, "a2", "APPROVE", 0, null).statusCode(200);
        decide(site, "b1", "REJECT", 0, "SPAM").statusCode(200);
        given().get("/api/v1/sites/" + site + "/authors/troll/history").then().statusCode(200)
                .body("state.commentId", equalTo(List.of("a2", "a1")))
                .body("state.status", equalTo(List.of("APPROVED", "REJECTED")))
                .body("[1].actions[0].reason", equalTo("INSULT"));
        String labels = given().get("/api/v1/sites/" + site + "/labels").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        List<String> lines = labels.lines().toList();
        assertEquals(2, lines.size(), labels);
        io.restassured.path.json.JsonPath first = new io.restassured.path.json.JsonPath(lines.get(0));
        assertEquals(site + ":a1", first.getString("id"));
        assertEquals(1, first.getInt("insult"));
        assertEquals(INSULT, first.getString("text"));
        assertEquals(0, new io.restassured.path.json.JsonPath(lines.get(1)).getInt("insult"));
        // An undone decision is no label.
        decide(site, "a2", "UNDO", 1, null).statusCode(200);
        assertEquals(1, given().get("/api/v1/sites/" + site + "/labels").then().extract().asString().lines().count());
    }

    @Test
    void queuesSortByScoreWithKeysetPaging() {
        String site = newSite();
        policy(site, 0.0, "QUEUE");
        post(site, comment("mild", "t", null, "u1", CIVIL, "2015-07-02T09:00:00Z")).statusCode(201);
        post(site, comment("worst", "t", null, "u2", "You pathetic idiot, shut up you moron.", "2015-07-02T09:01:00Z")).statusCode(201);
        post(site, comment("bad", "t", null, "u3", INSULT, "2015-07-02T09:02:00Z")).statusCode(201);
        List<Float> scores = given().queryParam("sort", "score").get("/api/v1/sites/" + site + "/queues/flagged").then()
                .statusCode(200).extract().path("items.flags.flatten().score");
        List<String> byScore = given().queryParam("sort", "score").get("/api/v1/sites/" + site + "/queues/flagged")
                .then().extract().path("items.comment.externalId");
        assertEquals(3, byScore.size());
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), scores.toString());
        }
        assertEquals("mild", byScore.getLast());
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("sort", "score").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/sites/" + site + "/queues/flagged").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.comment.externalId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(byScore, paged);
        given().queryParam("sort", "loudness").get("/api/v1/sites/" + site + "/queues/flagged").then().statusCode(400);
    }
}
