package dev.parley.ingest;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.postBatch;
import static dev.parley.support.Api.tree;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class BatchTests {

    @Test
    void aThousandCommentsInRandomOrderMakeTheRightTree() {
        String site = newSite();
        Random random = new Random(42);
        Map<String, String> parentOf = new HashMap<>();
        List<Map<String, Object>> comments = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String parent = i < 50 ? null : "c" + random.nextInt(i);
            parentOf.put("c" + i, parent);
            var c = comment("c" + i, "big", parent, "u" + (i % 37), "comment number " + i,
                    java.time.Instant.parse("2015-07-02T00:00:00Z").plusSeconds(i).toString());
            comments.add(c);
        }
        Collections.shuffle(comments, random);

        postBatch(site, comments).statusCode(200)
                .body("created", equalTo(1000))
                .body("results", hasSize(1000))
                .body("results[0].externalId", equalTo(comments.getFirst().get("externalId")));

        Map<String, String> seen = new HashMap<>();
        List<Map<String, Object>> roots = tree(site, "big").body("thread.commentCount", equalTo(1000))
                .extract().path("comments");
        assertEquals(50, roots.size());
        roots.forEach(root -> collectParents(root, null, seen));
        assertEquals(parentOf, seen);

        // The same batch again is a no-op.
        postBatch(site, comments).statusCode(200).body("unchanged", equalTo(1000)).body("created", equalTo(0));
    }

    @Test
    void oneInvalidItemRejectsTheWholeBatchAndStoresNothing() {
        String site = newSite();
        var bad = comment("c2", "t", null, "x");
        bad.remove("author");
        var alsoBad = comment("c3", "t", null, "y");
        alsoBad.put("createdAt", "1899-01-01T00:00:00Z");
        postBatch(site, List.of(comment("c1", "t", null, "fine"), bad, alsoBad)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("comments[1].author", "comments[2].createdAt"));
        given().get("/api/v1/sites/" + site + "/threads").then().body("threads", hasSize(0));
    }

    @Test
    void aConflictInsideABatchRollsBackTheWholeBatch() {
        String site = newSite();
        postBatch(site, List.of(comment("c1", "t1", null, "x"))).statusCode(200);
        postBatch(site, List.of(comment("new", "t1", null, "would be new"), comment("c1", "t2", null, "moved")))
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.startsWith("comments[1]: "));
        given().get("/api/v1/sites/" + site + "/comments/new").then().statusCode(404);
    }

    @Test
    void moreThanAThousandItemsAreRefused() {
        String site = newSite();
        List<Map<String, Object>> comments = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            comments.add(comment("c" + i, "t", null, "x"));
        }
        postBatch(site, comments).statusCode(400).body("errors[0].field", equalTo("comments"));
        given().get("/api/v1/sites/" + site + "/threads").then().body("threads", hasSize(0));
    }

    @Test
    void anEmptyBatchIsRefused() {
        postBatch(newSite(), List.of()).statusCode(400).body("errors[0].field", equalTo("comments"));
    }

    @SuppressWarnings("unchecked")
    private static void collectParents(Map<String, Object> node, String parent, Map<String, String> out) {
        String id = (String) ((Map<String, Object>) node.get("comment")).get("externalId");
        out.put(id, parent);
        for (Map<String, Object> reply : (List<Map<String, Object>>) node.get("replies")) {
            collectParents(reply, id, out);
        }
    }
}
