package dev.parley.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for the page tests: Debian's {@code chromium} package (Playwright never
 * downloads a browser here), driven by Playwright for Java. {@code PARLEY_CHROMIUM} overrides the
 * executable. Screenshots go to {@code target/screenshots}, or to the folder named by the system
 * property {@code parley.screenshots} (the README's pictures are refreshed with
 * {@code -Dparley.screenshots=docs/screenshots}).
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Chromium at " + executable
                    + " (Debian: apt-get install -y chromium; .ci/run installs it).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true).setArgs(FLAGS));
    }

    /** A fresh page (own cookies and storage) with a desktop-sized viewport. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        // Browser-side errors (a script failing, a CSP refusal) belong in the test log.
        page.onConsoleMessage(m -> System.out.println("[chromium " + m.type() + "] " + m.text()));
        page.onPageError(e -> System.out.println("[chromium page error] " + e));
        return page;
    }

    public static void screenshot(Page page, String name) {
        Path dir = Path.of(System.getProperty("parley.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(false));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
