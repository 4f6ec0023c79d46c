package dev.parley.thread;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static dev.parley.support.Api.postBatch;
import static dev.parley.support.Api.tree;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class OutOfOrderTests {

    @Test
    void aReplyThatArrivesFirstIsLinkedWhenItsParentArrives() {
        String site = newSite();
        post(site, comment("reply", "t", "root", "I disagree")).statusCode(201)
                .body("comment.awaitingParent", equalTo(true));
        tree(site, "t").body("comments[0].comment.externalId", equalTo("reply"))
                .body("comments[0].comment.awaitingParent", equalTo(true));

        post(site, comment("root", "t", null, "Russia is better off")).statusCode(201);

        tree(site, "t")
                .body("comments.size()", equalTo(1))
                .body("comments[0].comment.externalId", equalTo("root"))
                .body("comments[0].replies[0].comment.externalId", equalTo("reply"))
                .body("comments[0].replies[0].comment.awaitingParent", equalTo(false));
    }

    /** Every arrival order of the same comments must give the same tree. */
    @Test
    void theTreeIsTheSameForEveryArrivalOrder() {
        // root1 <- a <- b <- c ; root1 <- d ; root2 <- e
        List<Map<String, Object>> comments = List.of(
                at(1, comment("root1", "t", null, "r1")), at(2, comment("a", "t", "root1", "a")),
                at(3, comment("b", "t", "a", "b")), at(4, comment("c", "t", "b", "c")),
                at(5, comment("d", "t", "root1", "d")), at(6, comment("root2", "t", null, "r2")),
                at(7, comment("e", "t", "root2", "e")));
        String expected = null;
        Random random = new Random(7);
        for (int round = 0; round < 6; round++) {
            List<Map<String, Object>> order = new ArrayList<>(comments);
            if (round == 1) {
                Collections.reverse(order);
            } else if (round > 1) {
                Collections.shuffle(order, random);
            }
            String site = newSite();
            for (Map<String, Object> c : order) {
                post(site, c).statusCode(201);
            }
            String shape = shape(site);
            if (expected == null) {
                expected = shape;
            }
            assertEquals(expected, shape, "arrival order " + order.stream().map(c -> c.get("externalId")).toList());
        }
        assertEquals("root1(a(b(c)),d) root2(e)", expected);
    }

    @Test
    void aCycleSentByTheSourceDoesNotMakeTheTreeLoop() {
        String site = newSite();
        post(site, comment("x", "t", "y", "x replies to y")).statusCode(201);
        post(site, comment("y", "t", "x", "y replies to x")).statusCode(201);
        // y was linked under x when it arrived; x must then stay unlinked, else x <- y <- x.
        tree(site, "t").body("comments.size()", equalTo(1))
                .body("comments[0].comment.externalId", equalTo("x"))
                .body("comments[0].comment.awaitingParent", equalTo(true))
                .body("comments[0].replies[0].comment.externalId", equalTo("y"));
    }

    @Test
    void aParentInAnotherThreadIsNotLinked() {
        String site = newSite();
        post(site, comment("p", "t1", null, "parent")).statusCode(201);
        post(site, comment("c", "t2", "p", "reply in another thread")).statusCode(201)
                .body("comment.awaitingParent", equalTo(true));
        tree(site, "t1").body("comments[0].replies.size()", equalTo(0));
    }

    @Test
    void repliesInOneBatchFindEachOtherInAnyOrder() {
        String site = newSite();
        postBatch(site, List.of(comment("c", "t", "b", "c"), comment("b", "t", "a", "b"), comment("a", "t", null, "a")))
                .statusCode(200).body("created", equalTo(3));
        assertEquals("a(b(c))", shape(site));
    }

    /** Siblings are ordered by creation time, so give each comment its own minute. */
    private static Map<String, Object> at(int minute, Map<String, Object> comment) {
        comment.put("createdAt", "2015-07-02T09:%02d:00Z".formatted(minute));
        return comment;
    }

    /** The tree of thread "t" as text: {@code root(child(grandchild),child) root2}. */
    static String shape(String site) {
        List<Map<String, Object>> roots = tree(site, "t").extract().path("comments");
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> root : roots) {
            parts.add(shapeOf(root));
        }
        return String.join(" ", parts);
    }

    @SuppressWarnings("unchecked")
    private static String shapeOf(Map<String, Object> node) {
        String id = (String) ((Map<String, Object>) node.get("comment")).get("externalId");
        List<Map<String, Object>> replies = (List<Map<String, Object>>) node.get("replies");
        if (replies.isEmpty()) {
            return id;
        }
        return id + "(" + String.join(",", replies.stream().map(OutOfOrderTests::shapeOf).toList()) + ")";
    }
}
