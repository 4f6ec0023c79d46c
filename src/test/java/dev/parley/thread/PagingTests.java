package dev.parley.thread;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.postBatch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class PagingTests {

    @Test
    void aLargeThreadPagesOverItsTopLevelWithoutGapsOrRepeats() {
        String site = newSite();
        List<Map<String, Object>> comments = new ArrayList<>();
        List<String> expectedRoots = new ArrayList<>();
        Instant base = Instant.parse("2015-07-02T00:00:00Z");
        for (int i = 0; i < 120; i++) {
            // Pairs share a timestamp, so the id breaks ties in the keyset.
            String at = base.plusSeconds(i / 2).toString();
            comments.add(comment("r" + i, "t", null, "u", "root " + i, at));
            comments.add(comment("r" + i + "-reply", "t", "r" + i, "u", "reply " + i, at));
            expectedRoots.add("r" + i);
        }
        postBatch(site, comments).statusCode(200);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/sites/" + site + "/threads/t/tree").then().statusCode(200)
                    .extract().jsonPath();
            List<String> ids = page.getList("comments.comment.externalId");
            List<List<String>> replies = page.getList("comments.replies.comment.externalId");
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(List.of(ids.get(i) + "-reply"), replies.get(i));
            }
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(expectedRoots, seen);
    }

    @Test
    void threadsPageNewestFirst() {
        String site = newSite();
        List<Map<String, Object>> comments = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            comments.add(comment("c" + i, "thread-" + i, null, "x"));
        }
        postBatch(site, comments).statusCode(200);
        String next = given().get("/api/v1/sites/" + site + "/threads?limit=5").then().statusCode(200)
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        List<String> first = given().get("/api/v1/sites/" + site + "/threads?limit=5").then()
                .extract().path("threads.externalId");
        List<String> second = given().queryParam("cursor", next).get("/api/v1/sites/" + site + "/threads?limit=5")
                .then().body("nextCursor", nullValue()).extract().path("threads.externalId");
        assertEquals(List.of("thread-6", "thread-5", "thread-4", "thread-3", "thread-2"), first);
        assertEquals(List.of("thread-1", "thread-0"), second);
    }
}
