package dev.parley.integration.coral;

import static dev.parley.support.Api.newSite;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Coral Talk integration over HTTP, with signatures computed here independently of Parley's code.
 * Bodies are sent as exact strings, because the signature covers the bytes.
 */
@QuarkusTest
@PostgresTest
@TestProfile(CoralTests.UnhurriedAnswers.class)
class CoralTests {

    /**
     * The moderation phase answers "no decision" when its work outlasts a time budget. Tests must
     * not depend on speed, so the budget is set far beyond any slow build machine or cold JVM.
     */
    public static class UnhurriedAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.coral.answer-budget", "PT10M");
        }
    }

    private static final String SECRET = "whsec_current_0123456789abcdef";
    private static final String OLD_SECRET = "whsec_previous_fedcba9876543210";
    private static final String INSULT = "You are an ignorant fool and a liar.";
    private static final String CIVIL = "Thanks, a thoughtful summary of the treaty talks between Japan and Russia.";

    // ---- helpers ----

    private static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documented key: coral-pending: + 24 hex of SHA-256(story \n author \n parent \n body). */
    private static String pendingKey(String story, String author, String parent, String body) {
        try {
            String text = story + "\n" + author + "\n" + (parent == null ? "" : parent) + "\n" + body;
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "coral-pending:" + HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bind(String... secrets) {
        String site = newSite();
        given().contentType(ContentType.JSON).body(Map.of("signingSecrets", List.of(secrets)))
                .put("/api/v1/sites/" + site + "/integrations/coral").then().statusCode(201);
        return site;
    }

    private static ValidatableResponse postSigned(String path, String signature, String body) {
        var request = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Coral-Signature", signature);
        }
        return request.post(path).then();
    }

    private static ValidatableResponse moderation(String site, String body, String secret) {
        return postSigned("/integrations/coral/" + site + "/moderation", sign(secret, body), body);
    }

    private static ValidatableResponse webhook(String site, String body, String secret) {
        return postSigned("/integrations/coral/" + site + "/webhooks", sign(secret, body), body);
    }

    /** A moderation-phase request in the shape of Coral's docs (every documented field). */
    private static String newComment(String story, String author, String parent, String body) {
        return """
                {"action":"NEW",\
                "comment":{"body":"%s","parentID":%s},\
                "author":{"id":"%s","role":"COMMENTER"},\
                "story":{"id":"%s","url":"https://news.example.org/%s"},\
                "site":{"id":"coral-site-1"},\
                "tenantID":"tenant-1","tenantDomain":"news.example.org"}"""
                .formatted(body, parent == null ? "null" : "\"" + parent + "\"", author, story, story);
    }

    private static String commentCreated(String hookId, String type, String coralId, String story, String data) {
        return """
                {"id":"%s","type":"%s","createdAt":"2025-06-01T10:00:00Z",\
                "data":{"commentID":"%s","storyID":"%s"%s}}""".formatted(hookId, type, coralId, story, data);
    }

    private static String withComment(String coralId, String author, String parent, String body) {
        return """
                ,"comment":{"id":"%s","body":"%s","authorID":"%s","parentID":%s,"createdAt":"2025-06-01T09:59:59Z"}"""
                .formatted(coralId, body, author, parent == null ? "null" : "\"" + parent + "\"");
    }

    private static ValidatableResponse comment(String site, String id) {
        return given().get("/api/v1/sites/" + site + "/comments/" + id).then();
    }

    private static ValidatableResponse threads(String site) {
        return given().get("/api/v1/sites/" + site + "/threads").then().statusCode(200);
    }

    private static void policy(String site, double threshold, String effect) {
        given().contentType(ContentType.JSON).header("X-Parley-Moderator", "admin")
                .body(Map.of("insult", Map.of("threshold", threshold, "effect", effect)))
                .put("/api/v1/sites/" + site + "/policy").then().statusCode(200);
    }

    private static String storyCreated(String hookId, String story) {
        return """
                {"id":"%s","type":"STORY_CREATED","createdAt":"2025-06-01T10:00:00Z",\
                "data":{"storyID":"%s","storyURL":"https://news.example.org/%s"}}""".formatted(hookId, story, story);
    }

    // ---- binding ----

    @Test
    void theBindingIsStoredAndShownMasked() {
        String site = newSite();
        given().get("/api/v1/sites/" + site + "/integrations/coral").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("signingSecrets", List.of(SECRET)))
                .put("/api/v1/sites/" + site + "/integrations/coral").then().statusCode(201)
                .body("signingSecrets", contains("****cdef"))
                .body("moderationPhasePath", equalTo("/integrations/coral/" + site + "/moderation"))
                .body("webhookPath", equalTo("/integrations/coral/" + site + "/webhooks"));
        given().contentType(ContentType.JSON).body(Map.of("signingSecrets", List.of(OLD_SECRET, SECRET)))
                .put("/api/v1/sites/" + site + "/integrations/coral").then().statusCode(200);
        given().get("/api/v1/sites/" + site + "/integrations/coral").then().statusCode(200)
                .body("signingSecrets", contains("****3210", "****cdef"))
                .body(not(org.hamcrest.Matchers.containsString(SECRET)));
        for (Object bad : List.of(List.of(), List.of("a", "b", "c"), List.of("too-short"), List.of(SECRET + " "))) {
            given().contentType(ContentType.JSON).body(Map.of("signingSecrets", bad))
                    .put("/api/v1/sites/" + site + "/integrations/coral").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("signingSecrets", List.of(SECRET)))
                .put("/api/v1/sites/no-such-site-coral/integrations/coral").then().statusCode(404);
    }

    // ---- signatures ----

    @Test
    void aValidSignatureIsAccepted() {
        String site = bind(SECRET);
        webhook(site, storyCreated("h-1", "story-1"), SECRET).statusCode(200)
                .body("outcome", equalTo("THREAD_READY"));
        threads(site).body("threads.externalId", contains("story-1"))
                .body("threads[0].url", equalTo("https://news.example.org/story-1"));
    }

    @Test
    void anInvalidSignatureIsRefusedAndNothingIsStored() {
        String site = bind(SECRET);
        String story = storyCreated("h-1", "story-1");
        String moderation = newComment("story-1", "user-1", null, CIVIL);
        postSigned("/integrations/coral/" + site + "/webhooks", sign("whsec_someone_else_entirely", story), story)
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue())
                .body("type", equalTo("urn:parley:problem:unauthorized"))
                .body("status", equalTo(401));
        // Signed, but over other bytes: the body was changed on the way.
        postSigned("/integrations/coral/" + site + "/moderation", sign(SECRET, moderation + " "), moderation)
                .statusCode(401);
        postSigned("/integrations/coral/" + site + "/moderation", "sha256=not-hex, nonsense", moderation)
                .statusCode(401);
        threads(site).body("threads", hasSize(0));
    }

    @Test
    void aMissingSignatureIsRefusedAndNothingIsStored() {
        String site = bind(SECRET);
        String body = newComment("story-1", "user-1", null, CIVIL);
        postSigned("/integrations/coral/" + site + "/moderation", null, body).statusCode(401)
                .contentType("application/problem+json").body("detail", startsWith("The X-Coral-Signature header"));
        postSigned("/integrations/coral/" + site + "/webhooks", null, storyCreated("h-1", "story-1")).statusCode(401);
        threads(site).body("threads", hasSize(0));
        // A site without a binding cannot verify anything.
        String unbound = newSite();
        postSigned("/integrations/coral/" + unbound + "/moderation", sign(SECRET, body), body).statusCode(401);
        threads(unbound).body("threads", hasSize(0));
    }

    @Test
    void whileCoralRollsItsSecretTheHeaderCarriesTwoSignatures() {
        String body = storyCreated("h-1", "story-1");
        String both = sign(OLD_SECRET, body) + "," + sign(SECRET, body);
        // Parley already has the new secret only, or still the old one only: either way one signature matches.
        webhook(bind(SECRET), body, "unused").statusCode(401);
        postSigned("/integrations/coral/" + bind(SECRET) + "/webhooks", both, body).statusCode(200);
        postSigned("/integrations/coral/" + bind(OLD_SECRET) + "/webhooks", both, body).statusCode(200);
        postSigned("/integrations/coral/" + bind(SECRET) + "/webhooks", " " + sign(SECRET, body) + " , sha256=00", body)
                .statusCode(200);
    }

    @Test
    void withTwoConfiguredSecretsEitherIsAccepted() {
        String site = bind(OLD_SECRET, SECRET);
        webhook(site, storyCreated("h-old", "story-old"), OLD_SECRET).statusCode(200);
        webhook(site, storyCreated("h-new", "story-new"), SECRET).statusCode(200);
        webhook(site, storyCreated("h-other", "story-other"), "whsec_a_third_secret_0000").statusCode(401);
        threads(site).body("threads", hasSize(2)).body("threads.externalId", not(hasItem("story-other")));
    }

    // ---- moderation phase ----

    @Test
    void aCivilCommentGetsNoDecisionAndIsStoredUnderItsPendingKey() {
        String site = bind(SECRET);
        moderation(site, newComment("story-1", "user-1", null, CIVIL), SECRET).statusCode(204)
                .body(equalTo(""));
        comment(site, pendingKey("story-1", "user-1", null, CIVIL)).statusCode(200)
                .body("comment.body", equalTo(CIVIL))
                .body("comment.threadExternalId", equalTo("story-1"))
                .body("comment.author.externalId", equalTo("user-1"));
    }

    @Test
    void anInsultIsFlaggedPerTheSitesQueuePolicy() {
        String site = bind(SECRET);
        policy(site, 0.5, "QUEUE");
        moderation(site, newComment("story-1", "user-1", null, INSULT), SECRET).statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", nullValue())
                .body("actions", hasSize(1))
                .body("actions[0].actionType", equalTo("FLAG"))
                .body("actions[0].reason", equalTo("COMMENT_DETECTED_TOXIC"));
    }

    @Test
    void anInsultIsWithheldUnderAWithholdPolicy() {
        String site = bind(SECRET);
        policy(site, 0.5, "WITHHOLD");
        moderation(site, newComment("story-1", "user-1", null, INSULT), SECRET).statusCode(200)
                .body("status", equalTo("SYSTEM_WITHHELD"))
                .body("actions[0].actionType", equalTo("FLAG"))
                .body("actions[0].reason", equalTo("COMMENT_DETECTED_TOXIC"));
        given().get("/api/v1/sites/" + site + "/comments/" + pendingKey("story-1", "user-1", null, INSULT) + "/history")
                .then().statusCode(200).body("state.status", equalTo("SYSTEM_WITHHELD"));
    }

    @Test
    void anUnsupportedLanguageGetsNoDecision() {
        String site = bind(SECRET);
        policy(site, 0.0, "QUEUE"); // any scored comment would be flagged
        moderation(site, newComment("story-1", "user-1", null,
                "Vous êtes un imbécile et un menteur, et tout le monde le sait depuis longtemps."), SECRET)
                .statusCode(204);
    }

    @Test
    void badJsonOrMissingFieldsAre400AndNothingIsStored() {
        String site = bind(SECRET);
        moderation(site, "{\"action\":\"NEW\",", SECRET).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parley:problem:malformed-request"));
        moderation(site, "{\"action\":\"NEW\",\"comment\":{\"body\":\"hi\"},\"author\":{\"role\":\"COMMENTER\"}}", SECRET)
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:parley:problem:validation"))
                .body("errors.field", hasItem("author.id"))
                .body("errors.field", hasItem("story"));
        moderation(site, newComment("story-1", "user-1", null, CIVIL).replace("\"NEW\"", "\"DELETE\""), SECRET)
                .statusCode(400);
        webhook(site, "not json at all", SECRET).statusCode(400).contentType("application/problem+json");
        webhook(site, commentCreated("h-1", "COMMENT_CREATED", "c-1", "story-1", "").replace(",\"storyID\":\"story-1\"", ""),
                SECRET).statusCode(400).body("errors.field", contains("data.storyID"));
        threads(site).body("threads", hasSize(0));
        // Nothing was recorded for the refused webhook: once fixed, the same id is processed.
        webhook(site, storyCreated("h-1", "story-1"), SECRET).statusCode(200);
    }

    // ---- webhooks: reconciliation ----

    @Test
    void commentCreatedReKeysThePendingComment() {
        String site = bind(SECRET);
        policy(site, 0.5, "QUEUE");
        moderation(site, newComment("story-1", "user-1", null, INSULT), SECRET).statusCode(200);
        String pending = pendingKey("story-1", "user-1", null, INSULT);
        comment(site, pending).statusCode(200);

        // Coral's own payload: ids only, so the oldest recent pending comment of the story is taken.
        webhook(site, commentCreated("h-1", "COMMENT_CREATED", "coral-c1", "story-1", ""), SECRET).statusCode(200)
                .body("outcome", equalTo("RECONCILED"));
        comment(site, "coral-c1").statusCode(200).body("comment.body", equalTo(INSULT))
                .body("comment.author.externalId", equalTo("user-1"));
        comment(site, pending).statusCode(404);
        // The flag raised at the moderation phase stays with the comment.
        given().get("/api/v1/sites/" + site + "/queues/flagged").then().statusCode(200)
                .body("items.comment.externalId", contains("coral-c1"));
    }

    @Test
    void withDataCommentTheExactCommentIsMatchedAndRepliesFollowTheirParent() {
        String site = bind(SECRET);
        moderation(site, newComment("story-1", "ann", null, CIVIL), SECRET).statusCode(204);
        moderation(site, newComment("story-1", "bob", null, "An earlier, unrelated comment."), SECRET).statusCode(204);
        // Bob replies to Ann's comment by its Coral id before Parley has heard that id: the reply waits.
        moderation(site, newComment("story-1", "bob", "coral-ann", "I agree with you."), SECRET).statusCode(204);
        String reply = pendingKey("story-1", "bob", "coral-ann", "I agree with you.");
        comment(site, reply).statusCode(200).body("comment.awaitingParent", equalTo(true));

        webhook(site, commentCreated("h-1", "COMMENT_CREATED", "coral-ann", "story-1",
                withComment("coral-ann", "ann", null, CIVIL)), SECRET).statusCode(200)
                .body("outcome", equalTo("RECONCILED"));
        comment(site, "coral-ann").statusCode(200).body("comment.body", equalTo(CIVIL));
        comment(site, reply).statusCode(200).body("comment.awaitingParent", equalTo(false));
        comment(site, pendingKey("story-1", "bob", null, "An earlier, unrelated comment.")).statusCode(200);

        webhook(site, commentCreated("h-2", "COMMENT_REPLY_CREATED", "coral-bob", "story-1",
                withComment("coral-bob", "bob", "coral-ann", "I agree with you.")), SECRET).statusCode(200)
                .body("outcome", equalTo("RECONCILED"));
        comment(site, "coral-bob").statusCode(200).body("comment.parentExternalId", equalTo("coral-ann"))
                .body("comment.awaitingParent", equalTo(false));
        given().get("/api/v1/sites/" + site + "/threads/story-1/tree").then().statusCode(200)
                .body("comments.find { it.comment.externalId == 'coral-ann' }.replies.comment.externalId",
                        contains("coral-bob"));
    }

    @Test
    void anUnmatchedCommentIsStoredFromDataCommentOrNotAtAll() {
        String site = bind(SECRET);
        webhook(site, commentCreated("h-1", "COMMENT_CREATED", "coral-x", "story-1", ""), SECRET).statusCode(202)
                .body("outcome", equalTo("UNMATCHED"));
        threads(site).body("threads", hasSize(0));
        webhook(site, commentCreated("h-2", "COMMENT_CREATED", "coral-y", "story-1",
                withComment("coral-y", "carol", null, CIVIL)), SECRET).statusCode(200)
                .body("outcome", equalTo("INGESTED"));
        comment(site, "coral-y").statusCode(200).body("comment.body", equalTo(CIVIL))
                .body("comment.createdAt", equalTo("2025-06-01T09:59:59Z"));
    }

    @Test
    void theSameWebhookTwiceDoesNothingTheSecondTime() {
        String site = bind(SECRET);
        moderation(site, newComment("story-1", "ann", null, CIVIL), SECRET).statusCode(204);
        moderation(site, newComment("story-1", "bob", null, "A second comment on the story."), SECRET).statusCode(204);
        String first = commentCreated("h-1", "COMMENT_CREATED", "coral-1", "story-1", "");
        webhook(site, first, SECRET).statusCode(200).body("outcome", equalTo("RECONCILED"));
        // Redelivered: without idempotency the fallback would re-key Bob's comment as well.
        webhook(site, first, SECRET).statusCode(202).body("outcome", equalTo("DUPLICATE"));
        comment(site, pendingKey("story-1", "bob", null, "A second comment on the story.")).statusCode(200);
        comment(site, "coral-1").statusCode(200).body("comment.author.externalId", equalTo("ann"));

        String story = storyCreated("h-2", "story-2");
        webhook(site, story, SECRET).statusCode(200);
        webhook(site, story, SECRET).statusCode(202).body("outcome", equalTo("DUPLICATE"));
    }

    @Test
    void otherEventTypesAreIgnored() {
        String site = bind(SECRET);
        webhook(site, commentCreated("h-1", "COMMENT_ENTERED_MODERATION_QUEUE", "c-1", "story-1", ""), SECRET)
                .statusCode(202).body("outcome", equalTo("IGNORED"));
        threads(site).body("threads", hasSize(0));
    }
}
