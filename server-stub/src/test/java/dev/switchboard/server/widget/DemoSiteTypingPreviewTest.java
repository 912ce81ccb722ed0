package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Chromium;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code --demo} backend (demo data and the demo's settings) turns the typing preview on for its
 * demo site, so that people trying the demo see it; the widget discloses it in its privacy note.
 * Every other site, and the demo site of tests without the demo's settings, has it off.
 */
class DemoSiteTypingPreviewTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().with(config -> config.withDemoSettings(true));

    @Test
    void theDemoSiteShowsAgentsWhatVisitorsTypeAndTheWidgetSaysSo() {
        JsonNode site = null;
        for (JsonNode each : backend.api().get("/api/v1/sites", backend.token("admin")).json()) {
            if (each.path("id").asText().equals("default")) {
                site = each;
            }
        }
        Assertions.assertThat(site).as("the demo site").isNotNull();
        Assertions.assertThat(site.path("typingPreview").asBoolean()).isTrue();

        PlaywrightAssertions.setDefaultAssertionTimeout(WidgetTestSupport.WAIT.toMillis());
        List<String> errors = new ArrayList<>();
        try (Chromium chromium = Chromium.launch(); HostSite host = HostSite.start(backend.server().port())) {
            BrowserContext context = chromium.newContext();
            Page page = context.newPage();
            page.onPageError(errors::add);
            page.navigate(host.url("/"));
            sb(page, "launcher").click();
            sb(page, "field-name").fill("王女士");
            sb(page, "field-question").selectOption("售前咨询 Pre-sales");
            page.locator("switchboard-widget .go").click();
            assertThat(sb(page, "input")).isVisible();
            assertThat(sb(page, "privacy")).isVisible();
            assertThat(sb(page, "privacy")).hasText("隐私提示：客服可以在您发送之前看到您正在输入的内容。");
            context.close();
        }
        Assertions.assertThat(errors).as("script errors on the page").isEmpty();
    }

    private static Locator sb(Page page, String hook) {
        return page.locator("[data-sb=\"" + hook + "\"]");
    }
}
