package dev.parley.integration.webhook;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.parley.integration.webhook.service.WebhookSigner;
import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class WebhookTests {

    private static final String SECRET = "a-long-enough-shared-secret";

    /** A receiver on loopback whose answer per call the test decides. */
    static final class Receiver {
        final HttpServer server;
        final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();

        Receiver(IntSupplier behaviour) throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                calls.incrementAndGet();
                int status = behaviour.getAsInt();
                if (status == 0) { // stall past Parley's timeout
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    status = 200;
                }
                if (status == 200) {
                    received.add(Map.of("event", exchange.getRequestHeaders().getFirst("X-Parley-Event"),
                            "delivery", exchange.getRequestHeaders().getFirst("X-Parley-Delivery"),
                            "signature", exchange.getRequestHeaders().getFirst("X-Parley-Signature"),
                            "expected", WebhookSigner.signature(SECRET, body),
                            "body", new String(body)));
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }
    }

    Receiver receiver;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.server.stop(0);
        }
    }

    private static void subscribe(String site, String url, List<String> events) {
        given().contentType(ContentType.JSON).body(Map.of("url", url, "secret", SECRET, "eventTypes", events))
                .post("/api/v1/sites/" + site + "/webhooks").then().statusCode(201);
    }

    private static List<Map<String, Object>> deliveries(String site) {
        return given().get("/api/v1/sites/" + site + "/webhooks/deliveries").then().statusCode(200).extract().path("");
    }

    /** Waits (bounded) until the condition holds; the dispatcher runs on its own thread. */
    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aDecisionIsDeliveredSignedWithItsIdempotencyKey() throws Exception {
        receiver = new Receiver(() -> 200);
        String site = newSite();
        subscribe(site, receiver.url(), List.of("decision.made"));
        post(site, comment("c", "t", null, "A civil comment about the treaty.")).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("action", "APPROVE", "moderator", "mod", "expectedVersion", 0))
                .post("/api/v1/sites/" + site + "/comments/c/decisions").then().statusCode(200);
        await("delivery", () -> receiver.received.size() == 1);
        Map<String, String> got = receiver.received.getFirst();
        assertEquals("decision.made", got.get("event"));
        assertEquals(got.get("expected"), got.get("signature"));
        assertEquals("APPROVED", new io.restassured.path.json.JsonPath(got.get("body")).getString("data.statusAfter"));
        await("status", () -> "DELIVERED".equals(deliveries(site).getFirst().get("status")));
        assertEquals(got.get("delivery"), deliveries(site).getFirst().get("idempotencyKey"));
    }

    @Test
    void aReceiverThatFailsThenTimesOutThenRecoversGetsEachEventOnce() throws Exception {
        AtomicInteger call = new AtomicInteger();
        // 500, 500, stall past the timeout, then fine.
        receiver = new Receiver(() -> switch (call.incrementAndGet()) {
            case 1, 2 -> 500;
            case 3 -> 0;
            default -> 200;
        });
        String site = newSite();
        subscribe(site, receiver.url(), List.of("comment.flagged"));
        given().contentType(ContentType.JSON).body(Map.of("reporterId", "r1", "reason", "ABUSE"))
                .post("/api/v1/sites/" + site + "/comments/x/reports").then().statusCode(404);
        post(site, comment("c", "t", null, "Nothing wrong here.")).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reporterId", "r1", "reason", "ABUSE"))
                .post("/api/v1/sites/" + site + "/comments/c/reports").then().statusCode(200);
        await("delivered", () -> "DELIVERED".equals(deliveries(site).getFirst().get("status")));
        Map<String, Object> delivery = deliveries(site).getFirst();
        assertEquals(4, delivery.get("attempts"));
        // The stalled attempt's late 200 may also arrive: receivers drop repeats by the key.
        assertTrue(receiver.received.size() >= 1 && receiver.received.size() <= 2, receiver.received.toString());
        assertEquals(1, receiver.received.stream().map(m -> m.get("delivery")).distinct().count());
        assertEquals(delivery.get("idempotencyKey"), receiver.received.getFirst().get("delivery"));
        assertEquals(1, deliveries(site).size(), "one event, one delivery row: nothing lost, nothing duplicated");
    }

    @Test
    void aDeadReceiverEndsInTheDeadLetterListAndCanBeReplayed() throws Exception {
        AtomicInteger mode = new AtomicInteger(500);
        receiver = new Receiver(mode::get);
        String site = newSite();
        subscribe(site, receiver.url(), List.of("decision.made"));
        post(site, comment("c", "t", null, "A civil comment.")).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("action", "REJECT", "reason", "SPAM", "moderator", "mod",
                "expectedVersion", 0)).post("/api/v1/sites/" + site + "/comments/c/decisions").then().statusCode(200);
        await("dead letter", () -> given().queryParam("status", "DEAD").get("/api/v1/sites/" + site
                + "/webhooks/deliveries").then().extract().jsonPath().getList("").size() == 1);
        Map<String, Object> dead = deliveries(site).getFirst();
        assertEquals("HTTP 500", dead.get("lastError"));
        mode.set(200);
        given().post("/api/v1/sites/" + site + "/webhooks/deliveries/" + dead.get("id") + "/replay").then().statusCode(202);
        await("replayed", () -> "DELIVERED".equals(deliveries(site).getFirst().get("status")));
        assertEquals(1, receiver.received.size());
        assertEquals(dead.get("idempotencyKey"), receiver.received.getFirst().get("delivery"));
    }

    @Test
    void ingestionDoesNotWaitForAnUnreachableReceiver() {
        String site = newSite();
        // Nothing listens on this port: every attempt is refused. The comment is stored anyway.
        subscribe(site, "http://127.0.0.1:9/hook", List.of("comment.flagged"));
        given().contentType(ContentType.JSON).header("X-Parley-Moderator", "admin")
                .body(Map.of("insult", Map.of("threshold", 0.0, "effect", "QUEUE")))
                .put("/api/v1/sites/" + site + "/policy").then().statusCode(200);
        post(site, comment("c", "t", null, "You are an ignorant fool.")).statusCode(201);
        assertEquals("comment.flagged", deliveries(site).getFirst().get("eventType"));
    }

    @Test
    void badSubscriptionsAreRefused() {
        String site = newSite();
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://x", "secret", SECRET, "eventTypes", List.of("decision.made")))
                .post("/api/v1/sites/" + site + "/webhooks").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("url", "http://x", "secret", "short", "eventTypes", List.of("decision.made")))
                .post("/api/v1/sites/" + site + "/webhooks").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("url", "http://x", "secret", SECRET, "eventTypes", List.of("nope")))
                .post("/api/v1/sites/" + site + "/webhooks").then().statusCode(400);
        given().post("/api/v1/sites/" + site + "/webhooks/deliveries/999999/replay").then().statusCode(404);
    }
}
