package dev.parley.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small helpers for building ingestion requests in tests. */
public final class Api {

    private Api() {
    }

    /** Registers a site with a fresh key, so tests sharing one database do not see each other's data. */
    public static String newSite() {
        String key = "t-" + UUID.randomUUID().toString().substring(0, 12);
        given().contentType(ContentType.JSON).body(Map.of("name", "Test site " + key))
                .put("/api/v1/sites/" + key).then().statusCode(201);
        return key;
    }

    public static Map<String, Object> comment(String id, String thread, String parent, String author, String body,
                                              String createdAt) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("externalId", id);
        c.put("thread", Map.of("externalId", thread));
        if (parent != null) {
            c.put("parentExternalId", parent);
        }
        c.put("author", Map.of("externalId", author, "displayName", author));
        c.put("body", body);
        c.put("createdAt", createdAt);
        return c;
    }

    public static Map<String, Object> comment(String id, String thread, String parent, String body) {
        return comment(id, thread, parent, "u-" + id, body, "2015-07-02T09:00:00Z");
    }

    public static ValidatableResponse post(String site, Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/sites/" + site + "/comments").then();
    }

    public static ValidatableResponse postBatch(String site, List<?> comments) {
        return given().contentType(ContentType.JSON).body(Map.of("comments", comments))
                .post("/api/v1/sites/" + site + "/comments/batch").then();
    }

    public static ValidatableResponse tree(String site, String thread) {
        return given().get("/api/v1/sites/" + site + "/threads/" + thread + "/tree?limit=500").then().statusCode(200);
    }
}
