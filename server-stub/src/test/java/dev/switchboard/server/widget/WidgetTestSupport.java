package dev.switchboard.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocket;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Chromium;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.shared.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stage of a widget test: a real backend, a customer's site on another origin that embeds the
 * widget, and a fresh browser context in one Chromium per test class. Every WebSocket frame the
 * page sends or receives is recorded so tests can wait on the protocol as well as on the screen.
 */
abstract class WidgetTestSupport {

    static final Duration WAIT = Duration.ofSeconds(15);

    static Chromium chromium;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    HostSite site;
    BrowserContext context;
    Page page;

    final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final List<JsonNode> sent = new CopyOnWriteArrayList<>();
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // Assertions wait as long as everything else here (Playwright's own default is 5 s): a
        // busy machine is slow, not wrong.
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT.toMillis());
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startStage() {
        site = HostSite.start(backend.server().port());
        context = chromium.newContext();
        page = watch(context.newPage());
    }

    @AfterEach
    void stopStage() {
        try {
            assertThat(pageErrors).as("script errors on the page").isEmpty();
        } finally {
            closeStage();
        }
    }

    private void closeStage() {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            site.close();
        }
    }

    /** Records the page's sockets and frames, and script errors (which fail the test). */
    Page watch(Page target) {
        target.onWebSocket(ws -> {
            sockets.add(ws);
            ws.onFrameReceived(frame -> received.add(json(frame.text())));
            ws.onFrameSent(frame -> sent.add(json(frame.text())));
        });
        target.onPageError(pageErrors::add);
        return target;
    }

    /** Opens a page of the customer's site and waits until the widget is up (welcomed by the backend). */
    Page visit(String pathAndQuery) {
        page.navigate(site.url(pathAndQuery));
        launcher().waitFor();
        return page;
    }

    Locator sb(String hook) {
        return page.locator("[data-sb=\"" + hook + "\"]");
    }

    Locator launcher() {
        return sb("launcher");
    }

    /** Waits for a frame of {@code type} in {@code frames} that satisfies {@code test}. */
    JsonNode awaitFrame(List<JsonNode> frames, String type, Predicate<JsonNode> test) {
        Supplier<Optional<JsonNode>> find = () -> frames.stream()
                .filter(f -> type.equals(f.path("type").asText()) && test.test(f.path("payload"))).findFirst();
        page.waitForCondition(() -> find.get().isPresent(), new Page.WaitForConditionOptions().setTimeout(WAIT.toMillis()));
        return find.get().orElseThrow().path("payload");
    }

    JsonNode awaitFrame(List<JsonNode> frames, String type) {
        return awaitFrame(frames, type, payload -> true);
    }

    long count(List<JsonNode> frames, String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asText())).count();
    }

    /** The visitor id the backend gave this browser, from the latest welcome. */
    String visitorId() {
        return awaitFrame(received, "welcome").path("visitorId").asText();
    }

    /** Polls the agents' visitor list until the visitor is there and {@code test} holds. */
    JsonNode awaitVisitor(String visitorId, Predicate<JsonNode> test) {
        return eventually("visitor " + visitorId + " in GET /api/v1/visitors", () -> {
            ApiResponse response = api.get("/api/v1/visitors", alice);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            return StreamSupport.stream(response.json().spliterator(), false)
                    .filter(v -> v.path("id").asText().equals(visitorId)).findFirst().orElse(null);
        }, visitor -> visitor != null && test.test(visitor));
    }

    JsonNode visitorDetail(String visitorId) {
        ApiResponse response = api.get("/api/v1/visitors/" + visitorId, alice);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Polls {@code probe} until {@code done} holds, failing after {@link #WAIT} with the last value seen. */
    static <T> T eventually(String what, Supplier<T> probe, Predicate<T> done) {
        return Polling.await(what).atMost(WAIT).until(probe::get, done);
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("a frame that is not JSON: " + text, e);
        }
    }
}
