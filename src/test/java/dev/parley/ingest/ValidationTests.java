package dev.parley.ingest;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a problem+json answer and changes nothing. */
@QuarkusTest
@PostgresTest
class ValidationTests {

    String site;

    @BeforeEach
    void site() {
        site = newSite();
    }

    private void rejected(Map<String, Object> body, String field) {
        post(site, body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parley:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        nothingStored();
    }

    private void nothingStored() {
        given().get("/api/v1/sites/" + site + "/threads").then().statusCode(200).body("threads", hasSize(0));
    }

    @Test
    void missingFields() {
        for (String field : new String[] {"externalId", "thread", "author", "body", "createdAt"}) {
            var c = comment("c1", "t", null, "x");
            c.remove(field);
            rejected(c, field);
        }
        var noAuthorId = comment("c1", "t", null, "x");
        noAuthorId.put("author", Map.of("displayName", "anon"));
        rejected(noAuthorId, "author.externalId");
    }

    @Test
    void badExternalIds() {
        rejected(comment("", "t", null, "x"), "externalId");
        rejected(comment(" padded ", "t", null, "x"), "externalId");
        rejected(comment("x".repeat(201), "t", null, "x"), "externalId");
        rejected(comment("c1", "t", "c1", "x"), "parentExternalId");
        rejected(comment("c1", "line\nbreak", null, "x"), "thread.externalId");
    }

    @Test
    void bodyLongerThanTheLimit() {
        rejected(comment("c1", "t", null, "a".repeat(20_001)), "body");
        // 20,000 characters is fine, also when each is an emoji (two UTF-16 units).
        post(site, comment("c2", "t", null, "😀".repeat(20_000))).statusCode(201);
    }

    @Test
    void nulAndOtherControlCharacters() {
        rejected(comment("c1", "t", null, "before\u0000after"), "body");
        rejected(comment("c1", "t", null, "bell\u0007"), "body");
        rejected(comment("c1", "t", null, "lone \uD800 surrogate"), "body");
    }

    @Test
    void datesOutOfRange() {
        var old = comment("c1", "t", null, "x");
        old.put("createdAt", "1899-12-31T23:59:59Z");
        rejected(old, "createdAt");
        var future = comment("c1", "t", null, "x");
        future.put("createdAt", java.time.Instant.now().plusSeconds(3 * 86_400).toString());
        rejected(future, "createdAt");
        var published = comment("c1", "t", null, "x");
        published.put("thread", Map.of("externalId", "t", "publishedAt", "3000-01-01T00:00:00Z"));
        rejected(published, "thread.publishedAt");
    }

    @Test
    void unparseableDate() {
        var c = comment("c1", "t", null, "x");
        c.put("createdAt", "yesterday");
        post(site, c).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:parley:problem:malformed-request"))
                .body("errors[0].field", equalTo("createdAt"));
        nothingStored();
    }

    @Test
    void malformedJson() {
        given().contentType(ContentType.JSON).body("{\"externalId\": \"c1\", ").post("/api/v1/sites/" + site + "/comments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:parley:problem:malformed-request"));
        nothingStored();
    }

    @Test
    void invalidUtf8() {
        byte[] prefix = "{\"externalId\":\"c1\",\"thread\":{\"externalId\":\"t\"},\"author\":{\"externalId\":\"u\"},\"createdAt\":\"2015-07-02T09:00:00Z\",\"body\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        given().contentType("application/json; charset=UTF-8").body(body).post("/api/v1/sites/" + site + "/comments")
                .then().statusCode(400).contentType("application/problem+json");
        nothingStored();
    }

    @Test
    void unknownSite() {
        post("no-such-site", comment("c1", "t", null, "x")).statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-site"));
    }

    @Test
    void badSiteKey() {
        post("Not A Key!", comment("c1", "t", null, "x")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("siteKey"));
    }

    @Test
    void wrongContentType() {
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/sites/" + site + "/comments")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void bodyLargerThanTheHttpLimitIsRefusedBeforeItIsSent() throws Exception {
        // Declare a 17 MB body but send none of it: the answer must come from the headers alone.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/sites/" + site + "/comments/batch HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (17 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = readResponse(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("urn:parley:problem:payload-too-large"), answer);
        }
        nothingStored();
    }

    /** Status line, headers and a Content-Length body, without waiting for the connection to close. */
    private static String readResponse(Socket socket) throws java.io.IOException {
        var in = new java.io.DataInputStream(socket.getInputStream());
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = new byte[length.find() ? Integer.parseInt(length.group(1)) : 0];
        in.readFully(body);
        return head + new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void badPagingParameters() {
        given().get("/api/v1/sites/" + site + "/threads?cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().get("/api/v1/sites/" + site + "/threads?limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownCommentAndThread() {
        given().get("/api/v1/sites/" + site + "/comments/nope").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/sites/" + site + "/threads/nope/tree").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
