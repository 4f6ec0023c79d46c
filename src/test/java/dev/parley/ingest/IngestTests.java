package dev.parley.ingest;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class IngestTests {

    @Test
    void newCommentIsCreatedAndReadBack() {
        String site = newSite();
        post(site, comment("c1", "t1", null, "observer", "First!", "2015-07-02T09:14:00Z"))
                .statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .body("comment.externalId", equalTo("c1"))
                .body("comment.threadExternalId", equalTo("t1"))
                .body("comment.author.displayName", equalTo("observer"))
                .body("comment.revision", equalTo(1))
                .body("comment.createdAt", equalTo("2015-07-02T09:14:00Z"));

        given().get("/api/v1/sites/" + site + "/comments/c1").then().statusCode(200)
                .body("comment.body", equalTo("First!"))
                .body("revisions", hasSize(0));
    }

    @Test
    void sendingTheSameCommentAgainChangesNothing() {
        String site = newSite();
        int id = post(site, comment("c1", "t1", null, "same")).statusCode(201).extract().path("comment.id");
        post(site, comment("c1", "t1", null, "same")).statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("comment.id", equalTo(id))
                .body("comment.revision", equalTo(1));
        given().get("/api/v1/sites/" + site + "/comments/c1").then().body("revisions", hasSize(0));
    }

    @Test
    void aChangedBodyIsAnEditThatKeepsTheOldBody() {
        String site = newSite();
        post(site, comment("c1", "t1", null, "Japan will never get the islands.")).statusCode(201);
        post(site, comment("c1", "t1", null, "Japan will never get the islands back.")).statusCode(200)
                .body("outcome", equalTo("EDITED"))
                .body("comment.revision", equalTo(2))
                .body("comment.body", equalTo("Japan will never get the islands back."));
        post(site, comment("c1", "t1", null, "Edited twice.")).statusCode(200)
                .body("comment.revision", equalTo(3));

        given().get("/api/v1/sites/" + site + "/comments/c1").then().statusCode(200)
                .body("comment.body", equalTo("Edited twice."))
                .body("revisions", hasSize(2))
                .body("revisions[0].revision", equalTo(1))
                .body("revisions[0].body", equalTo("Japan will never get the islands."))
                .body("revisions[1].revision", equalTo(2))
                .body("revisions[1].body", equalTo("Japan will never get the islands back."));
    }

    @Test
    void aRenamedAuthorIsAnEdit() {
        String site = newSite();
        post(site, comment("c1", "t1", null, "u1", "text", "2015-07-02T09:14:00Z")).statusCode(201);
        var renamed = comment("c1", "t1", null, "u1", "text", "2015-07-02T09:14:00Z");
        renamed.put("author", Map.of("externalId", "u1", "displayName", "New name"));
        post(site, renamed).statusCode(200)
                .body("outcome", equalTo("EDITED"))
                .body("comment.author.displayName", equalTo("New name"));
    }

    @Test
    void aCommentCannotMoveToAnotherThreadOrParent() {
        String site = newSite();
        post(site, comment("p", "t1", null, "parent")).statusCode(201);
        post(site, comment("c1", "t1", "p", "reply")).statusCode(201);

        post(site, comment("c1", "t2", "p", "moved")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parley:problem:conflict"));
        post(site, comment("c1", "t1", null, "reparented")).statusCode(409);

        given().get("/api/v1/sites/" + site + "/comments/c1").then()
                .body("comment.body", equalTo("reply"))
                .body("comment.threadExternalId", equalTo("t1"))
                .body("revisions", hasSize(0));
        given().get("/api/v1/sites/" + site + "/threads/t2/tree").then().statusCode(404);
    }

    @Test
    void threadMetadataIsFilledInWhenTheSourceSendsIt() {
        String site = newSite();
        post(site, comment("c1", "t1", null, "x")).statusCode(201);
        var withMeta = comment("c2", "t1", null, "y");
        withMeta.put("thread", Map.of("externalId", "t1", "url", "https://example.org/a", "title",
                "Japan tests West's boycott of Russia", "publishedAt", "2015-07-01T00:00:00Z"));
        post(site, withMeta).statusCode(201);
        given().get("/api/v1/sites/" + site + "/threads").then().statusCode(200)
                .body("threads", hasSize(1))
                .body("threads[0].title", equalTo("Japan tests West's boycott of Russia"))
                .body("threads[0].url", equalTo("https://example.org/a"))
                .body("threads[0].commentCount", equalTo(2))
                .body("nextCursor", nullValue());
    }
}
