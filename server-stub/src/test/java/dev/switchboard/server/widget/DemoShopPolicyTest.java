package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The demo shop under its Content-Security-Policy, in Chromium: the shop's own script, the widget
 * with its styles, socket, uploads and blob: thumbnails all work, and the browser reports no
 * violation of the policy.
 */
class DemoShopPolicyTest extends WidgetChatSupport {

    /** Reports every violation to the console, where the test collects it (Playwright injects this past the policy). */
    static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation',
              e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));""";

    final List<String> violations = new CopyOnWriteArrayList<>();

    @Test
    void theShopAndItsWidgetWorkUnderTheShopsPolicy() {
        page.addInitScript(REPORT_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("CSP violation")) {
                violations.add(message.text());
            }
        });
        try (Desk desk = desk()) {
            Page shop = page;
            shop.navigate(api.baseUrl() + "/demo/help.html");
            launcher().waitFor();
            shop.locator("#ask").click();
            assertThat(sb("window")).isVisible();
            sb("field-name").fill("王女士");
            sb("field-question").selectOption("售前咨询 Pre-sales");
            shop.locator(".go").click();
            desk.assigned();

            type(QUESTION);
            desk.hear(QUESTION);
            sb("file").setInputFiles(new FilePayload("户型图.png", "image/png", png(400, 300)));
            sb("send").click();
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");
            desk.sendFile("a7-size.png", png(300, 300), "A7 的尺寸");
            Locator thumbnail = sb("message").last().locator("[data-sb=thumbnail]");
            shop.waitForCondition(() -> Boolean.TRUE.equals(thumbnail.evaluate("img => img.complete && img.naturalWidth > 0")));
            Assertions.assertThat(thumbnail.getAttribute("src")).startsWith("blob:");

            shop.navigate(api.baseUrl() + "/demo/cart.html");
            launcher().waitFor();
            shop.locator("#n").fill("王女士");
            shop.locator("#p").fill("13800138000");
            shop.locator("#a").fill("上海市浦东新区");
            shop.locator("#checkout button[type=submit]").click();
            assertThat(shop.locator(".done")).isVisible();
        }
        Assertions.assertThat(violations).as("policy violations in the console").isEmpty();
        Assertions.assertThat(count(received, ChatMessages.STARTED)).isEqualTo(1);
    }
}
