package dev.parley.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.parley.support.Api;
import dev.parley.support.Browser;
import dev.parley.support.PostgresTest;
import dev.parley.support.SeedThreads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard in headless Chromium draws the ingested seed threads and picks up new comments by polling. */
@QuarkusTest
@PostgresTest
class DashboardPageBrowserTests {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void chartsShowTheIngestedCommentsAndRefreshByPolling() {
        String site = Api.newSite();
        SeedThreads.load(site);
        Page page = browser.newPage();
        page.navigate(root + "dashboard/" + site + "?range=all&refresh=2");

        page.waitForFunction("() => document.getElementById('stance-russia').dataset.total !== undefined");
        int russia = Integer.parseInt(page.locator("#stance-russia").getAttribute("data-total"));
        assertEquals(apiTotal(site, "russia"), russia);
        assertTrue(russia > 0, "the seed threads mention Russia");
        assertTrue(Integer.parseInt(page.locator("#stance-japan").getAttribute("data-points")) > 0);
        assertTrue(Integer.parseInt(page.locator("#hostility").getAttribute("data-points")) > 0);
        PlaywrightAssertions.assertThat(page.locator("#stance-russia canvas")).hasCount(1);
        assertTrue(page.locator("#top-threads tbody tr").count() >= 1);

        // Polls with nothing new are answered 304 and say so.
        PlaywrightAssertions.assertThat(page.locator("#freshness")).containsText("no change");
        Browser.screenshot(page, "dashboard.png");

        String now = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.postBatch(site, List.of(Api.comment("fresh-1", "t-fresh", null, "dana",
                "Russia has behaved terribly toward its neighbours this year.", now))).statusCode(200);
        page.waitForFunction("n => Number(document.getElementById('stance-russia').dataset.total) > n", russia);
        assertEquals(russia + 1, Integer.parseInt(page.locator("#stance-russia").getAttribute("data-total")));
        page.context().close();
    }

    private static int apiTotal(String site, String country) {
        List<Integer> totals = given().queryParam("country", country).queryParam("bucket", "week")
                .queryParam("from", "2000-01-01T00:00:00Z")
                .queryParam("to", Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS).toString())
                .get("/api/v1/sites/" + site + "/trends/stance").then().statusCode(200).extract().path("points.total");
        return totals.stream().mapToInt(Integer::intValue).sum();
    }
}
