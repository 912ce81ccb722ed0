package dev.switchboard.server.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, headless and offline (the widget tests here and the
 * workstation's end-to-end test use it). Launching takes seconds on a small
 * machine, so a test class launches one and gives each test a fresh context (its own storage,
 * cookies and viewport).
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    public static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("widget tests need Chromium at " + EXECUTABLE + " (Debian: apt-get install -y chromium)");
        }
        Playwright playwright = Playwright.create();
        try {
            return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setArgs(ARGS).setTimeout(60_000)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A desktop-sized context in Chinese, like most of the shop's visitors. */
    public BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
    }

    public BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        return context;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
