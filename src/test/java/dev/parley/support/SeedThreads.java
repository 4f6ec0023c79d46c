package dev.parley.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the seed threads (deploy/seeds/seed-batch.json, what deploy/load-seeds.sh sends) into a site. */
public final class SeedThreads {

    private SeedThreads() {
    }

    public static void load(String site) {
        try {
            given().contentType(ContentType.JSON).body(Files.readString(Path.of("deploy/seeds/seed-batch.json")))
                    .post("/api/v1/sites/" + site + "/comments/batch").then().statusCode(200);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
