package dev.parley.moderation;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static dev.parley.support.Api.postBatch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 holds a real flame exchange ("observer" and "Mr. Bernard Wijeyasingha") next to a
 * friendly back-and-forth between "teddyfromcd" and the same author. The reply links are not in
 * the saved page; these are the plausible ones a reader would draw.
 */
@QuarkusTest
@PostgresTest
class FlameExchangeTests {

    /** child position → parent position in seed 003 (positions as in training/data/seeds). */
    private static final Map<String, String> REPLIES = Map.ofEntries(
            Map.entry("c025", "c023"), Map.entry("c026", "c024"), Map.entry("c027", "c025"),
            Map.entry("c028", "c027"), Map.entry("c029", "c028"), Map.entry("c032", "c031"),
            Map.entry("c033", "c027"), Map.entry("c034", "c033"), Map.entry("c035", "c033"),
            Map.entry("c038", "c035"), Map.entry("c039", "c037"), Map.entry("c040", "c038"),
            Map.entry("c041", "c024"), Map.entry("c042", "c030"));

    private static List<Map<String, Object>> seed003() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> out = new ArrayList<>();
        Instant at = Instant.parse("2015-07-03T08:00:00Z");
        for (String line : Files.readAllLines(Path.of("training/data/seeds/seed_items.jsonl"))) {
            JsonNode item = json.readTree(line);
            if (!item.get("seed").asText().startsWith("003") || !item.get("kind").asText().equals("comment")) {
                continue;
            }
            String id = item.get("id").asText().substring("seed003-".length());
            String author = item.get("author").asText();
            at = at.plusSeconds(600);
            out.add(comment(id, "japan-tests-west", REPLIES.get(id), author, item.get("text").asText(), at.toString()));
        }
        return out;
    }

    private static JsonPath exchanges(String site) {
        return given().get("/api/v1/sites/" + site + "/flame-exchanges").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theObserverBernardFlameIsFoundAndTheFriendlyExchangeIsNotInAnyArrivalOrder() throws Exception {
        List<Map<String, Object>> thread = seed003();
        assertEquals(22, thread.size());
        Random random = new Random(3);
        List<Set<String>> found = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<Map<String, Object>> order = new ArrayList<>(thread);
            if (round == 1) {
                Collections.reverse(order);
            } else if (round == 2) {
                Collections.shuffle(order, random);
            }
            String site = newSite();
            // One by one, as webhooks would deliver them.
            for (Map<String, Object> c : order) {
                post(site, c).statusCode(201);
            }
            JsonPath page = exchanges(site);
            assertEquals(1, page.getList("exchanges").size(), "round " + round + ": " + page.prettify());
            List<String> authors = page.getList("exchanges[0].members.authorExternalId");
            assertEquals(Set.of("observer", "Mr. Bernard Wijeyasingha"), new HashSet<>(authors));
            assertTrue(page.getInt("exchanges[0].turns") >= 2);
            found.add(new HashSet<>(page.getList("exchanges[0].members.commentId")));
        }
        assertEquals(found.get(0), found.get(1), "same exchange whatever the arrival order");
        assertEquals(found.get(0), found.get(2), "same exchange whatever the arrival order");
        assertTrue(found.get(0).containsAll(Set.of("c033", "c034")), found.get(0).toString());
    }

    @Test
    void aFlatThreadLinksRepliesByAtMention() {
        String site = newSite();
        postBatch(site, List.of(
                comment("f1", "flat", null, "anna", "Japan should sign the treaty and move on.", "2015-07-03T08:00:00Z"),
                comment("f2", "flat", null, "boris", "@anna you are a pathetic idiot and a liar.", "2015-07-03T08:05:00Z"),
                comment("f3", "flat", null, "anna", "@boris shut up, you ignorant moron.", "2015-07-03T08:10:00Z")))
                .statusCode(200);
        JsonPath page = exchanges(site);
        assertEquals(List.of("f2", "f3"), page.getList("exchanges[0].members.commentId"));
        given().get("/api/v1/sites/" + site + "/queues/flagged").then()
                .body("items.flags.flatten().reason", org.hamcrest.Matchers.hasItem("FLAME_EXCHANGE"));
    }

    @Test
    void aWholeExchangeIsDecidedAtOnce() {
        String site = newSite();
        postBatch(site, List.of(
                comment("a", "t", null, "anna", "You are a pathetic idiot and a liar.", "2015-07-03T08:00:00Z"),
                comment("b", "t", "a", "boris", "Shut up, you ignorant moron.", "2015-07-03T08:05:00Z"),
                comment("c", "t", "b", "anna", "You stupid troll, get lost.", "2015-07-03T08:10:00Z")))
                .statusCode(200);
        long id = exchanges(site).getLong("exchanges[0].id");
        given().get("/api/v1/sites/" + site + "/flame-exchanges/" + id).then().statusCode(200)
                .body("members", hasSize(3)).body("participants", equalTo(2)).body("status", equalTo("OPEN"));
        given().contentType(ContentType.JSON).body(Map.of("action", "REJECT", "moderator", "mod-anna", "reason", "FLAME_EXCHANGE"))
                .post("/api/v1/sites/" + site + "/flame-exchanges/" + id + "/decisions").then().statusCode(200)
                .body("decided", equalTo(3));
        given().get("/api/v1/sites/" + site + "/flame-exchanges/" + id).then()
                .body("status", equalTo("REVIEWED"))
                .body("members.status", equalTo(List.of("REJECTED", "REJECTED", "REJECTED")));
        given().queryParam("status", "OPEN").get("/api/v1/sites/" + site + "/flame-exchanges").then()
                .body("exchanges", hasSize(0));
    }
}
