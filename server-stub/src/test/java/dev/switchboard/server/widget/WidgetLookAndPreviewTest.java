package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.options.BoundingBox;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A site's look in the real widget: what an administrator saves shows on the next page load, and
 * the preview page shows settings not saved yet without being a visitor to anyone.
 */
class WidgetLookAndPreviewTest extends WidgetChatSupport {

    static final String RED_ON_THE_LEFT = "{\"color\":\"#b91c1c\",\"colorEnd\":\"#b91c1c\",\"textColor\":\"#ffffff\",\"position\":\"BOTTOM_LEFT\","
            + "\"offsetX\":32,\"offsetY\":24,\"greeting\":{\"zh\":\"欢迎光临小店！\",\"en\":\"Welcome to our shop!\"},"
            + "\"offlineMessage\":{\"zh\":\"\",\"en\":\"\"}}";
    static final String BUDGET_FORM = "{\"fields\":[{\"key\":\"name\",\"type\":\"NAME\",\"label\":\"Your name\",\"labelZh\":\"您的称呼\",\"required\":false},"
            + "{\"key\":\"budget\",\"type\":\"SELECT\",\"label\":\"Budget\",\"labelZh\":\"预算\",\"required\":true,"
            + "\"options\":[\"¥1000 以下\",\"¥1000–3000\",\"¥3000 以上\"]}]}";

    final String admin = backend.token("admin");

    @Test
    void whatTheAdministratorSavesShowsOnTheNextPageLoad() {
        visit("/");
        launcher().click();
        Assertions.assertThat(headerBackground()).as("the demo shop's teal").contains("rgb(13, 148, 136)");

        ApiResponse saved = api.send("PUT", "/api/v1/sites/default", admin, "{\"look\":" + RED_ON_THE_LEFT + "}", ApiClient.JSON);
        Assertions.assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        launcher().click(); // closed again: the window stays open from page to page
        page.reload();
        launcher().waitFor();

        settle();
        BoundingBox box = launcher().boundingBox();
        Assertions.assertThat(box.x).as("32 px from the left edge").isEqualTo(32.0);
        Assertions.assertThat(page.viewportSize().height - (box.y + box.height)).as("24 px from the bottom").isEqualTo(24.0);
        launcher().click();
        Assertions.assertThat(headerBackground()).contains("rgb(185, 28, 28)");
        assertThat(sb("window").locator(".hi")).hasText("欢迎光临小店！");
        settle();
        BoundingBox window = sb("window").boundingBox();
        Assertions.assertThat(window.x).as("the window opens on the left too").isEqualTo(32.0);
        snap("look-red-bottom-left");
    }

    @Test
    void thePreviewShowsUnsavedSettingsInTheRealWidgetWithoutBeingAVisitor() {
        ApiResponse preview = api.send("POST", "/api/v1/sites/default/previews", admin,
                "{\"look\":" + RED_ON_THE_LEFT + ",\"prechat\":" + BUDGET_FORM + "}", ApiClient.JSON);
        Assertions.assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        String url = preview.json().path("url").asText();
        Assertions.assertThat(url).startsWith(api.baseUrl() + "/preview/default?draft=");

        page.navigate(url);
        launcher().waitFor();
        Assertions.assertThat(launcherBackground()).contains("rgb(185, 28, 28)");
        launcher().click();
        assertThat(sb("window").locator(".hi")).hasText("欢迎光临小店！");
        assertThat(sb("field-budget")).isVisible();
        assertThat(sb("prechat")).containsText("预算");
        page.locator(".go").click();
        assertThat(sb("field-budget")).hasAttribute("aria-invalid", "true");
        assertThat(sb("status")).hasText("这是预览：这里不会发起对话。");
        snap("preview-budget-required");

        Assertions.assertThat(sockets).as("a preview opens no socket: it is no visitor").isEmpty();
        JsonNode savedForm = api.get("/api/v1/widget/config?site=default", null).json().path("prechat");
        Assertions.assertThat(savedForm.findValuesAsText("key")).as("nothing was saved").doesNotContain("budget");
    }

    @Test
    void thePreviewPageShowsTheSavedSettingsInEnglishAndAsWhenNobodyIsOnline() {
        page.navigate(api.baseUrl() + "/preview/default?lang=en&offline=1");
        assertThat(launcher()).hasText("Leave a message");
        launcher().click();
        Assertions.assertThat(headerBackground()).contains("rgb(13, 148, 136)");
        assertThat(sb("prechat")).containsText("Your name");
        assertThat(sb("prechat")).containsText("Nobody is online right now.");
    }

    @Test
    void anExpiredPreviewSaysSoAndShowsNoWidget() {
        page.navigate(api.baseUrl() + "/preview/default?draft=AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(page.locator("#preview-expired")).isVisible();
        assertThat(page.locator("switchboard-widget")).hasCount(0);
    }

    /** Waits until the widget's animations (the launcher's pop, the window's rise) are over: they scale what is measured. */
    private void settle() {
        page.evaluate("() => Promise.all(document.querySelector('switchboard-widget').shadowRoot.getAnimations().map(a => a.finished))");
    }

    private String headerBackground() {
        return String.valueOf(sb("window").locator("header").evaluate("e => getComputedStyle(e).backgroundImage"));
    }

    private String launcherBackground() {
        return String.valueOf(launcher().evaluate("e => getComputedStyle(e).backgroundImage"));
    }
}
