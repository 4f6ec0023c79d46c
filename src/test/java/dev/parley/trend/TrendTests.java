package dev.parley.trend;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dev.parley.trend.repository.TrendQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

@QuarkusTest
@PostgresTest
class TrendTests {

    @Inject
    EntityManager em;

    @Inject
    TrendQueries queries;

    private static final String FROM = "2015-07-01T00:00:00Z";
    private static final String TO = "2015-07-05T00:00:00Z";

    private static final List<String> TEXTS = List.of(
            "Russia will never return the islands; Putin is a liar and a bully.",
            "Russia and Japan should sign a peace treaty soon.",
            "You are an ignorant fool, Russia is right about the Kurils.",
            "China builds islands in the South China Sea.",
            "Thank you for a thoughtful comment.");

    /** Ingests the texts at different hours and days; returns, per hour, the stance labels the analysis gave. */
    private static Map<String, List<String>> ingest(String site) {
        Map<String, List<String>> labelsByHour = new HashMap<>();
        for (int i = 0; i < TEXTS.size() * 2; i++) {
            String at = "2015-07-0" + (2 + i % 2) + "T1" + (i % 3) + ":15:00Z";
            String label = post(site, comment("c" + i, "t" + (i % 2), null, "u" + i, TEXTS.get(i % TEXTS.size()), at))
                    .statusCode(201).extract().path("comment.analysis.stance.russia.label");
            labelsByHour.computeIfAbsent(at.substring(0, 13) + ":00:00Z", k -> new java.util.ArrayList<>()).add(label);
        }
        return labelsByHour;
    }

    @Test
    void stanceRollupsEqualTheSumOfTheStoredAnalyses() {
        String site = newSite();
        Map<String, List<String>> labelsByHour = ingest(site);
        JsonPath trend = given().queryParam("country", "russia").queryParam("bucket", "hour")
                .queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/sites/" + site + "/trends/stance").then().statusCode(200).extract().jsonPath();
        Map<String, Integer> expectedAgainst = new HashMap<>();
        Map<String, Integer> expectedTotal = new HashMap<>();
        labelsByHour.forEach((hour, labels) -> {
            expectedAgainst.put(hour, (int) labels.stream().filter("against"::equals).count());
            expectedTotal.put(hour, (int) labels.stream().filter(l -> !l.equals("none")).count());
        });
        expectedTotal.values().removeIf(n -> n == 0);
        List<String> starts = trend.getList("points.start");
        assertEquals(expectedTotal.keySet(), new java.util.HashSet<>(starts));
        for (int i = 0; i < starts.size(); i++) {
            assertEquals(expectedTotal.get(starts.get(i)), trend.getInt("points[" + i + "].total"), starts.get(i));
            assertEquals(expectedAgainst.get(starts.get(i)), trend.getInt("points[" + i + "].against"), starts.get(i));
        }
        // Day buckets add up the same comments.
        int dayTotal = given().queryParam("country", "russia").queryParam("bucket", "day").queryParam("from", FROM)
                .queryParam("to", TO).get("/api/v1/sites/" + site + "/trends/stance").then().statusCode(200)
                .extract().jsonPath().getList("points.total", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(expectedTotal.values().stream().mapToInt(Integer::intValue).sum(), dayTotal);
    }

    @Test
    void anEditMovesItsContributionAndTheHostilityTrendCountsComments() {
        String site = newSite();
        post(site, comment("e", "t", null, "u", "Russia is a terrorist state and Putin a war criminal.", "2015-07-02T10:00:00Z"))
                .statusCode(201);
        post(site, comment("e", "t", null, "u", "A quiet day; nothing about any country.", "2015-07-02T10:00:00Z"))
                .statusCode(200);
        given().queryParam("country", "russia").queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/sites/" + site + "/trends/stance").then().statusCode(200)
                .body("points.total", equalTo(List.of(0)));
        post(site, comment("f", "t", null, "v", "Shut up, you ignorant moron.", "2015-07-02T11:00:00Z")).statusCode(201);
        given().queryParam("bucket", "day").queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/sites/" + site + "/trends/hostility").then().statusCode(200)
                .body("points[0].comments", equalTo(2))
                .body("points[0].insults", equalTo(1))
                .body("points[0].insultRate", equalTo(0.5f));
    }

    @Test
    void pollingWithTheETagCostsA304UntilSomethingChanges() {
        String site = newSite();
        post(site, comment("a", "t", null, "Russia again.")).statusCode(201);
        String url = "/api/v1/sites/" + site + "/trends/stance?country=russia&from=" + FROM + "&to=" + TO;
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        post(site, comment("b", "t", null, "Russia and more Russia.")).statusCode(201);
        String newer = given().header("If-None-Match", etag).get(url).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, newer);
    }

    @Test
    void badTrendRequestsAreProblems() {
        String site = newSite();
        given().get("/api/v1/sites/" + site + "/trends/stance?country=france").then().statusCode(400);
        given().get("/api/v1/sites/" + site + "/trends/stance").then().statusCode(400);
        given().get("/api/v1/sites/" + site + "/trends/stance?country=us&from=" + TO + "&to=" + FROM).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().get("/api/v1/sites/" + site + "/trends/hostility?bucket=hour&from=2013-01-01T00:00:00Z&to=2015-01-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("bucket"));
        given().get("/api/v1/sites/" + site + "/trends/hostility?thread=nope").then().statusCode(404);
    }

    @Test
    void topThreadsByStanceShift() {
        String site = newSite();
        // Thread "turns" goes from neutral talk about Russia to attacks on it; "steady" stays put.
        // Distinct texts: a verbatim repeat of an earlier comment of the thread would count as a quote.
        List<String> neutral = List.of("Russia held talks with Japan on Monday.", "Officials from Russia met in Tokyo.",
                "Russia sent a delegation to the summit.", "Trade between Russia and Japan grew last year.",
                "Russia published its budget today.", "Russia and Japan plan another meeting.");
        List<String> hostile = List.of("Russia is a terrorist state.", "Putin is a lying war criminal and Russia a bully.",
                "Russia must be punished for its crimes.");
        for (int i = 0; i < 3; i++) {
            post(site, comment("s" + i, "steady", null, "a" + i, neutral.get(i), "2015-07-01T0" + i + ":00:00Z")).statusCode(201);
            post(site, comment("s" + (i + 3), "steady", null, "b" + i, neutral.get(i + 3), "2015-07-03T0" + i + ":00:00Z"))
                    .statusCode(201);
            post(site, comment("t" + i, "turns", null, "c" + i, neutral.get(i), "2015-07-01T0" + i + ":00:00Z")).statusCode(201);
            post(site, comment("t" + (i + 3), "turns", null, "d" + i, hostile.get(i), "2015-07-03T0" + i + ":00:00Z"))
                    .statusCode(201);
        }
        given().queryParam("country", "russia").queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/sites/" + site + "/trends/top-threads").then().statusCode(200)
                .body("threads[0].thread", equalTo("turns"))
                .body("threads[0].before", equalTo(3)).body("threads[0].after", equalTo(3))
                .body("threads[0].shift", org.hamcrest.Matchers.lessThan(0f))
                .body("threads[1].thread", equalTo("steady"));
    }

    @Test
    void topThreadsFromDailyRollupsEqualTheHourlySumsForAnyRange() {
        String site = newSite();
        int[] hours = {0, 5, 10, 11, 12, 21, 23};
        for (int i = 0; i < 21; i++) {
            String at = String.format("2015-07-0%dT%02d:%02d:00Z", 1 + i % 5, hours[i % 7], 7 * (i % 8));
            post(site, comment("d" + i, "t" + (i % 3), null, "u" + i, TEXTS.get(i % TEXTS.size()) + " Day " + i + ".", at))
                    .statusCode(201);
        }
        long siteId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM site WHERE site_key = :k").setParameter("k", site).getSingleResult()).longValue());
        // Edges on midnight, on the hour, inside an hour; ranges with and without whole days in each half.
        List<String[]> ranges = List.of(new String[] {"2015-07-01T00:00:00Z", "2015-07-05T00:00:00Z"},
                new String[] {"2015-07-01T13:30:00Z", "2015-07-06T05:00:00Z"},
                new String[] {"2015-06-30T23:59:59Z", "2015-07-05T00:00:01Z"},
                new String[] {"2015-07-02T10:15:00Z", "2015-07-03T11:00:00Z"},
                new String[] {"2015-07-02T11:00:00Z", "2015-07-02T12:00:00Z"},
                new String[] {"2015-07-01T05:00:00Z", "2015-07-04T21:00:00Z"});
        for (String[] range : ranges) {
            Instant from = Instant.parse(range[0]);
            Instant to = Instant.parse(range[1]);
            Instant middle = from.plus(Duration.between(from, to).dividedBy(2));
            Map<Long, List<Double>> expected = byThread(QuarkusTransaction.requiringNew().call(
                    () -> hourlyShifts(siteId, from, middle, to)));
            Map<Long, List<Double>> actual = byThread(QuarkusTransaction.requiringNew().call(
                    () -> queries.shifts(siteId, "russia", from, middle, to)));
            if (range == ranges.getFirst()) {
                assertEquals(3, expected.size(), "all three threads mention Russia in the first range");
            }
            assertEquals(expected.keySet(), actual.keySet(), range[0] + " .. " + range[1]);
            expected.forEach((thread, e) -> {
                List<Double> a = actual.get(thread);
                for (int k = 0; k < 4; k++) {
                    // Counts exactly; score sums up to the order of floating-point additions.
                    assertEquals(e.get(k), a.get(k), 1e-9, range[0] + " .. " + range[1] + " thread " + thread + " col " + k);
                }
            });
        }
    }

    /** Top threads as computed before the daily rollup: every hourly row of the range. */
    @SuppressWarnings("unchecked")
    private List<Object[]> hourlyShifts(long siteId, Instant from, Instant middle, Instant to) {
        return em.createNativeQuery("""
                SELECT r.thread_id, '', '',
                       coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour < :middle), 0),
                       coalesce(sum(r.score_sum) FILTER (WHERE r.hour < :middle), 0),
                       coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour >= :middle), 0),
                       coalesce(sum(r.score_sum) FILTER (WHERE r.hour >= :middle), 0)
                FROM stance_rollup r
                WHERE r.site_id = :site AND r.country = 'russia' AND r.hour >= :from AND r.hour < :to
                GROUP BY r.thread_id""")
                .setParameter("site", siteId).setParameter("from", from).setParameter("middle", middle)
                .setParameter("to", to).getResultList();
    }

    private static Map<Long, List<Double>> byThread(List<Object[]> rows) {
        Map<Long, List<Double>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), List.of(((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(),
                    ((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue()));
        }
        return out;
    }
}
