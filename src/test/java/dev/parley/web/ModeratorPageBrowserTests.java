package dev.parley.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.parley.support.Api;
import dev.parley.support.Browser;
import dev.parley.support.PostgresTest;
import dev.parley.support.SeedThreads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real moderation in headless Chromium: keyboard, mouse, bulk, undo, and hostile comment text. */
@QuarkusTest
@PostgresTest
class ModeratorPageBrowserTests {

    private static final String XSS = "You are a stupid idiot. <script>window.__pwned = 1</script>"
            + "<img src=x onerror=\"window.__pwned = 2\"> Russia is lying again.";

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
    void aModeratorWorksTheFlaggedQueueWithKeysMouseAndBulk() {
        String site = Api.newSite();
        SeedThreads.load(site);
        Api.postBatch(site, List.of(
                Api.comment("x3", "t-browser", null, "carol", "You are a pathetic moron and a liar.", "2026-01-01T10:00:00Z"),
                Api.comment("x2", "t-browser", null, "bob", "Shut up, you ignorant fool.", "2026-01-02T10:00:00Z"),
                Api.comment("x1", "t-browser", null, "mallory", XSS, "2026-01-03T10:00:00Z"))).statusCode(200);

        Page page = browser.newPage();
        page.navigate(root + "moderate/" + site + "?queue=flagged");
        page.locator("#moderator").fill("mod-anna");
        page.locator("#moderator").dispatchEvent("change");
        page.evaluate("() => document.activeElement.blur()");

        // The newest flagged comment opens by itself; its markup is shown as text and never runs.
        Locator detail = page.locator("#detail article.review");
        PlaywrightAssertions.assertThat(detail).hasAttribute("data-comment", "x1");
        assertEquals(null, page.evaluate("() => window.__pwned"));
        assertEquals(0, page.locator("#comment-body img, #comment-body script, #queue-list img").count());
        assertTrue(page.locator("#comment-body").textContent().contains("<script>window.__pwned = 1</script>"));
        PlaywrightAssertions.assertThat(page.locator("#comment-body mark.insult").first()).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#comment-body mark.mention")).hasText("Russia");
        PlaywrightAssertions.assertThat(page.locator("#detail .chip.against, #detail .chip.favor, #detail .chip.neutral"))
                .hasCount(1);

        // The seed flame exchange is shown whole.
        page.locator("#queue-list li.item[data-comment='seed003-c034']").click();
        PlaywrightAssertions.assertThat(detail).hasAttribute("data-comment", "seed003-c034");
        PlaywrightAssertions.assertThat(page.locator("#detail .exchange li")).hasCount(2);
        Browser.screenshot(page, "moderator.png");
        page.locator("#queue-list li.item[data-comment='x1']").click();
        PlaywrightAssertions.assertThat(detail).hasAttribute("data-comment", "x1");

        page.keyboard().press("a");
        PlaywrightAssertions.assertThat(page.locator("#detail .notice.ok")).containsText("Approved by mod-anna");
        assertEquals("APPROVED", status(site, "x1"));

        page.keyboard().press("u");
        PlaywrightAssertions.assertThat(page.locator("#detail .notice.ok")).containsText("Undone");
        assertEquals("NONE", status(site, "x1"));

        page.keyboard().press("j");
        PlaywrightAssertions.assertThat(detail).hasAttribute("data-comment", "x2");
        page.selectOption("#reject-reason", "SPAM");
        page.evaluate("() => document.activeElement.blur()");
        page.keyboard().press("r");
        PlaywrightAssertions.assertThat(page.locator("#detail .notice.ok")).containsText("Rejected");
        assertEquals("REJECTED", status(site, "x2"));
        assertEquals("SPAM", given().get("/api/v1/sites/" + site + "/comments/x2/history")
                .then().statusCode(200).extract().path("actions[0].reason"));

        // Bulk: x1 (its row now carries the version after approve + undo) and x3, never opened.
        page.keyboard().press("k");
        PlaywrightAssertions.assertThat(detail).hasAttribute("data-comment", "x1");
        page.keyboard().press("x");
        page.locator("#queue-list li.item[data-comment='x3'] input.select").check();
        page.locator("#bulk-approve").click();
        PlaywrightAssertions.assertThat(page.locator("#bulk-result")).hasText("Approved 2 of 2.");
        assertEquals("APPROVED", status(site, "x1"));
        assertEquals("APPROVED", status(site, "x3"));
        PlaywrightAssertions.assertThat(page.locator("#counts a[data-queue='approved'] .count")).hasText("2");
        PlaywrightAssertions.assertThat(page.locator("#counts a[data-queue='rejected'] .count")).hasText("1");
        PlaywrightAssertions.assertThat(page.locator("#queue-list li.item[data-comment='x3']")).hasCount(0);

        // The item's history lists every decision.
        page.navigate(root + "moderate/" + site + "?queue=approved");
        page.locator("#queue-list li.item[data-comment='x1']").click();
        PlaywrightAssertions.assertThat(page.locator("#detail .history li.action")).hasCount(3);
        assertEquals(null, page.evaluate("() => window.__pwned"));
        page.context().close();
    }

    private static String status(String site, String comment) {
        return given().get("/api/v1/sites/" + site + "/comments/" + comment + "/history")
                .then().statusCode(200).extract().path("state.status");
    }
}
