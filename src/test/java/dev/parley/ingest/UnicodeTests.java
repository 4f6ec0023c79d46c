package dev.parley.ingest;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Text comes back exactly as it was sent, whatever the script. */
@QuarkusTest
@PostgresTest
class UnicodeTests {

    private static final String[] TEXTS = {
        "Putin 🤡 vs Abe 🇯🇵🇷🇺 — 👨‍👩‍👧‍👦",
        "\u200Fعربي mixed with English \u200E and back",
        "עברית: \u202Bשלום\u202C",
        "e\u0301 (combining acute) vs \u00E9 (precomposed); Z̴̡͎̈́a̶͚͐l̷̢̛g̸̱̈o̷̬͝",
        "日本とロシアの平和条約 / 中国 / Россия",
        "zero\u200Bwidth and tab\tand\r\nCRLF",
    };

    @Test
    void textRoundTripsExactly() {
        String site = newSite();
        for (int i = 0; i < TEXTS.length; i++) {
            String id = "ü-" + i + "-日本";
            post(site, comment(id, "スレッド", null, TEXTS[i])).statusCode(201).body("comment.body", equalTo(TEXTS[i]));
            given().get("/api/v1/sites/" + site + "/comments/" + id).then().statusCode(200)
                    .body("comment.body", equalTo(TEXTS[i]))
                    .body("comment.externalId", equalTo(id))
                    .body("comment.threadExternalId", equalTo("スレッド"));
        }
    }

    @Test
    void decomposedAndPrecomposedFormsAreDifferentEdits() {
        // Parley stores what the source sent; it does not normalise, so an NFC/NFD change is an edit.
        String site = newSite();
        post(site, comment("c", "t", null, "caf\u00E9")).statusCode(201);
        post(site, comment("c", "t", null, "cafe\u0301")).statusCode(200).body("outcome", equalTo("EDITED"));
    }
}
