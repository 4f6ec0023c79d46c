package dev.parley.trend.alert;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static dev.parley.support.Api.postBatch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.support.PostgresTest;
import dev.parley.trend.alert.service.AlertClock;
import dev.parley.trend.alert.service.AlertTrigger;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alerts from comments ingested through the API, with the stance the shipped model gives them.
 * The alert clock stands at {@link #NOW}, so a PT6H rule compares 00:00-06:00 with 06:00-12:00.
 * Rules are evaluated on their own thread after each ingest commits; before reading alerts, the
 * tests wait for the evaluations queued so far (a barrier, not a timeout).
 */
@QuarkusTest
@PostgresTest
class AlertTests {

    static final Instant NOW = Instant.parse("2015-07-03T11:30:00Z");

    @Inject
    AlertTrigger trigger;

    private static final List<String> NEUTRAL = List.of("Russia held talks with Japan on Monday.",
            "Officials from Russia met in Tokyo.", "Russia sent a delegation to the summit.",
            "Trade between Russia and Japan grew last year.", "Russia published its budget today.",
            "Russia and Japan plan another meeting.", "Russia and Japan signed a fishing agreement.",
            "A delegation from Russia visited the trade fair.");
    private static final List<String> HOSTILE = List.of("Russia is a terrorist state.",
            "Putin is a lying war criminal and Russia a bully.", "Russia must be punished for its crimes.",
            "Russia will never return the islands; Putin is a liar and a bully.",
            "Russia lies about everything and threatens its neighbours.",
            "Nobody should trust Russia; its government is a gang of thieves.",
            "Russia invaded its neighbour and murders civilians.", "Shame on Russia for its aggression.");

    /** Stance mentions toward Russia in the two windows, as the trends API reports them. */
    record Shift(int againstBefore, int mentionsBefore, int againstAfter, int mentionsAfter) {
        double beforeShare() {
            return Math.round(10000.0 * againstBefore / mentionsBefore) / 100.0;
        }

        double afterShare() {
            return Math.round(10000.0 * againstAfter / mentionsAfter) / 100.0;
        }

        double rise() {
            return afterShare() - beforeShare();
        }
    }

    @BeforeEach
    void stopTheClock() {
        QuarkusMock.installMockForType(new AlertClock() {
            @Override
            public Instant now() {
                return NOW;
            }
        }, AlertClock.class);
    }

    /** Neutral talk about Russia before 06:00, attacks on it after. */
    private static Shift ingestShift(String site) {
        List<Map<String, Object>> comments = new ArrayList<>();
        for (int i = 0; i < NEUTRAL.size(); i++) {
            comments.add(comment("n" + i, "t" + i % 2, null, "a" + i, NEUTRAL.get(i), "2015-07-03T0" + (i % 5) + ":20:00Z"));
            comments.add(comment("h" + i, "t" + i % 2, null, "b" + i, HOSTILE.get(i), "2015-07-03T0" + (7 + i % 3) + ":20:00Z"));
        }
        postBatch(site, comments).statusCode(200);
        JsonPath trend = given().queryParam("country", "russia").queryParam("bucket", "hour")
                .queryParam("from", "2015-07-03T00:00:00Z").queryParam("to", "2015-07-03T12:00:00Z")
                .get("/api/v1/sites/" + site + "/trends/stance").then().statusCode(200).extract().jsonPath();
        int[] counts = new int[4];
        List<Map<String, Object>> points = trend.getList("points");
        for (Map<String, Object> p : points) {
            int offset = Instant.parse((String) p.get("start")).isBefore(Instant.parse("2015-07-03T06:00:00Z")) ? 0 : 2;
            counts[offset] += (Integer) p.get("against");
            counts[offset + 1] += (Integer) p.get("total");
        }
        Shift shift = new Shift(counts[0], counts[1], counts[2], counts[3]);
        assertTrue(shift.mentionsBefore() >= 5 && shift.mentionsAfter() >= 5 && shift.rise() >= 10,
                "the model should see attacks on Russia after 06:00: " + shift);
        return shift;
    }

    /** A comment written a month earlier: outside every window, but its commit evaluates the rules. */
    private static void ingestUnrelated(String site, String id) {
        post(site, comment(id, "old", null, "z", "Thank you for a thoughtful comment.", "2015-06-01T10:00:00Z"))
                .statusCode(201);
    }

    static Map<String, Object> shareRule(String name, double points, int minMentions) {
        Map<String, Object> rule = new HashMap<>(Map.of("name", name, "kind", "AGAINST_SHARE_RISE", "window", "PT6H",
                "country", "russia", "points", points));
        rule.put("minMentions", minMentions);
        return rule;
    }

    static long createRule(String site, Map<String, Object> rule) {
        return given().contentType(ContentType.JSON).body(rule).post("/api/v1/sites/" + site + "/alert-rules").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    List<Map<String, Object>> alerts(String site) {
        try {
            trigger.awaitQueuedEvaluations();
        } catch (Exception e) {
            throw new AssertionError("alert evaluations did not finish", e);
        }
        return given().get("/api/v1/sites/" + site + "/alerts").then().statusCode(200).extract().path("");
    }

    @Test
    void aRiseInTheAgainstShareWithEnoughMentionsFiresOnceUntilItsWindowHasPassed() {
        String site = newSite();
        Shift shift = ingestShift(site);
        long rule = createRule(site, shareRule("Russia: against-share rising", Math.floor(shift.rise()),
                Math.min(shift.mentionsBefore(), shift.mentionsAfter())));
        ingestUnrelated(site, "x1");
        List<Map<String, Object>> raised = alerts(site);
        assertEquals(1, raised.size(), raised.toString());
        Map<String, Object> alert = raised.getFirst();
        assertEquals(rule, ((Number) alert.get("ruleId")).longValue());
        assertEquals("AGAINST_SHARE_RISE", alert.get("kind"));
        assertEquals("russia", alert.get("country"));
        assertEquals("2015-07-03T06:00:00Z", alert.get("windowStart"));
        assertEquals("2015-07-03T12:00:00Z", alert.get("windowEnd"));
        assertEquals(NOW.toString(), alert.get("firedAt"));
        assertEquals(shift.beforeShare(), ((Number) alert.get("beforeShare")).doubleValue(), 1e-9);
        assertEquals(shift.afterShare(), ((Number) alert.get("afterShare")).doubleValue(), 1e-9);
        assertEquals(shift.mentionsBefore(), alert.get("beforeMentions"));
        assertEquals(shift.mentionsAfter(), alert.get("afterMentions"));
        assertEquals("OPEN", alert.get("state"));

        // More of the same keeps arriving: no second alert while the window overlaps the first one's.
        post(site, comment("h-more", "t0", null, "c", "Russia is a bully and a liar.", "2015-07-03T10:40:00Z"))
                .statusCode(201);
        ingestUnrelated(site, "x2");
        assertEquals(1, alerts(site).size());
    }

    @Test
    void acknowledgingAnAlertRecordsWhoAndWhenAndFiltersByState() {
        String site = newSite();
        Shift shift = ingestShift(site);
        createRule(site, shareRule("Russia", Math.floor(shift.rise()), 5));
        ingestUnrelated(site, "x1");
        long id = ((Number) alerts(site).getFirst().get("id")).longValue();
        String url = "/api/v1/sites/" + site + "/alerts/" + id + "/acknowledge";
        given().header("X-Parley-Moderator", "mod-anna").post(url).then().statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("mod-anna"))
                .body("acknowledgedAt", equalTo(NOW.toString()));
        // A second acknowledgment keeps the first.
        given().header("X-Parley-Moderator", "mod-boris").post(url).then().statusCode(200)
                .body("acknowledgedBy", equalTo("mod-anna"));
        given().queryParam("state", "OPEN").get("/api/v1/sites/" + site + "/alerts").then().statusCode(200)
                .body("", hasSize(0));
        given().queryParam("state", "ACKNOWLEDGED").get("/api/v1/sites/" + site + "/alerts").then().statusCode(200)
                .body("id", equalTo(List.of((int) id)));
        // Acknowledged is not re-armed: the same situation is not reported again within its window.
        ingestUnrelated(site, "x2");
        assertEquals(1, alerts(site).size());
        given().header("X-Parley-Moderator", "m").post("/api/v1/sites/" + site + "/alerts/999999/acknowledge").then()
                .statusCode(404).contentType("application/problem+json");
        given().post(url).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void noAlertBelowThePointsWithTooFewMentionsOrFromADisabledRule() {
        String site = newSite();
        Shift shift = ingestShift(site);
        createRule(site, shareRule("Too high a bar", Math.ceil(shift.rise()) + 1, 5));
        createRule(site, shareRule("Too few mentions", Math.floor(shift.rise()), shift.mentionsAfter() + 1));
        Map<String, Object> disabled = shareRule("Disabled", Math.floor(shift.rise()), 5);
        disabled.put("enabled", false);
        createRule(site, disabled);
        ingestUnrelated(site, "x1");
        assertEquals(List.of(), alerts(site));
    }

    @Test
    void aBurstOfFlameExchangesFiresAndEnqueuesATrendAlertWebhook() {
        String site = newSite();
        // Nothing listens there; the delivery row is what this test checks.
        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook",
                        "secret", "a-long-enough-shared-secret", "eventTypes", List.of("trend.alert")))
                .post("/api/v1/sites/" + site + "/webhooks").then().statusCode(201);
        createRule(site, Map.of("name", "Flame burst", "kind", "FLAME_BURST", "window", "PT6H", "exchanges", 2));
        postBatch(site, List.of(
                comment("a", "t1", null, "anna", "You are a pathetic idiot and a liar.", "2015-07-03T08:00:00Z"),
                comment("b", "t1", "a", "boris", "Shut up, you ignorant moron.", "2015-07-03T08:05:00Z")))
                .statusCode(200);
        assertEquals(List.of(), alerts(site), "one exchange is not a burst");
        postBatch(site, List.of(
                comment("c", "t2", null, "carl", "You stupid troll, get lost.", "2015-07-03T09:00:00Z"),
                comment("d", "t2", "c", "dora", "Shut up, you pathetic idiot.", "2015-07-03T09:05:00Z")))
                .statusCode(200);
        given().get("/api/v1/sites/" + site + "/flame-exchanges").then().body("exchanges", hasSize(2));
        List<Map<String, Object>> raised = alerts(site);
        assertEquals(1, raised.size(), raised.toString());
        assertEquals("FLAME_BURST", raised.getFirst().get("kind"));
        assertEquals(2, raised.getFirst().get("exchanges"));
        List<String> events = given().get("/api/v1/sites/" + site + "/webhooks/deliveries").then().statusCode(200)
                .extract().path("eventType");
        assertEquals(List.of("trend.alert"), events);
    }
}
