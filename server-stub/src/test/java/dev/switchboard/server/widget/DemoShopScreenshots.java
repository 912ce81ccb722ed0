package dev.switchboard.server.widget;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.Chromium;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.chat.ChatMessages;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures of the demo shop with the widget for a person to look at (not assertions):
 * {@code -Dwidget.screenshots=DIR -Dtest=DemoShopScreenshots}. Desktop and phone, Chinese and
 * English, closed, invited, pre-chat form and chatting.
 */
@EnabledIfSystemProperty(named = "widget.screenshots", matches = ".+")
class DemoShopScreenshots {

    @TempDir
    Path data;

    @Test
    void takeScreenshots() {
        Path out = Paths.get(System.getProperty("widget.screenshots"));
        try (TestBackend backend = TestBackend.start(data); Chromium chromium = Chromium.launch()) {
            ApiClient api = backend.api();
            String alice = api.token("alice", TestBackend.PASSWORD);
            String shop = api.baseUrl() + "/demo/";
            try (SocketClient workstation = SocketClient.connect(backend.wsUrl("/ws/agent"), alice)) {
                shoot(chromium, new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("zh-CN"), shop + "index.html",
                        "desktop-zh", out, api, alice, workstation, "您好！正在挑选净化器吗？告诉我房间面积，我帮您推荐合适的型号。");
                shoot(chromium, new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("en-US"), shop + "en.html",
                        "desktop-en", out, api, alice, workstation, "Hi! Looking for the right size? Tell me about your room and I'll help.");
                shoot(chromium, new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true)
                        .setHasTouch(true).setLocale("zh-CN"), shop + "product-a3.html", "phone-zh", out, api, alice, workstation,
                        "您好！A3 适合 30–50 平的房间，需要帮您对比一下 A7 吗？");
            }
            // Every page of the shop, whole, as a visitor scrolls through it.
            try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN"))) {
                Page page = context.newPage();
                for (String file : WidgetResourcesTest.SHOP) {
                    page.navigate(shop + file);
                    page.locator("[data-sb=launcher]").waitFor();
                    settle(page);
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(out.resolve("page-" + file.replace(".html", ".png"))));
                }
            }
            // Nobody online: the launcher offers to leave a message.
            try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("zh-CN"))) {
                Page page = context.newPage();
                page.navigate(shop + "help.html");
                page.locator("[data-sb=launcher]").waitFor();
                settle(page);
                page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("desktop-zh-offline.png")));
                page.locator("#ask").click();
                settle(page);
                page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("desktop-zh-offline-open.png")));
            }
        }
    }

    private static void shoot(Chromium chromium, Browser.NewContextOptions options, String url, String name, Path out,
                              ApiClient api, String alice, SocketClient workstation, String offer) {
        try (BrowserContext context = chromium.newContext(options)) {
            Page page = context.newPage();
            AtomicReference<String> visitorId = new AtomicReference<>();
            page.onWebSocket(ws -> ws.onFrameReceived(frame -> {
                if (frame.text().contains("\"welcome\"")) {
                    visitorId.set(WidgetTestSupport.json(frame.text()).path("payload").path("visitorId").asText());
                }
            }));
            page.navigate(url);
            page.locator("[data-sb=launcher]").waitFor();
            settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + "-1-closed.png")));

            page.waitForCondition(() -> visitorId.get() != null);
            ApiResponse invited = api.post("/api/v1/visitors/" + visitorId.get() + "/invitations", alice, Map.of("message", offer, "forced", false));
            if (invited.status() != 201) {
                throw new AssertionError(invited.body());
            }
            page.locator("[data-sb=invitation]").waitFor();
            settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + "-2-invitation.png")));

            page.locator("[data-sb=accept]").click();
            page.locator("[data-sb=prechat]").waitFor();
            settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + "-3-prechat.png")));

            boolean zh = name.contains("zh");
            page.locator(".go").click();
            settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + "-4-prechat-errors.png")));
            page.locator("[data-sb=field-name]").fill(zh ? "王女士" : "Emma");
            page.locator("[data-sb=field-phone]").fill("138 1234 5678");
            Locator question = page.locator("[data-sb=field-question]");
            question.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            page.locator(".go").click();
            page.locator("[data-sb=input]").fill(zh ? "客厅大概 40 平，家里有猫，选哪款好？" : "About 40 m², and we have a cat. Which one?");
            page.keyboard().press("Enter");
            page.locator("[data-sb=input]").fill(zh ? "另外滤网多久换一次？" : "And how often do filters need changing?");
            page.keyboard().press("Enter");
            // Alice, who got the chat, answers from her workstation.
            long conversation = workstation.await(ChatMessages.ASSIGNED).payload().path("id").asLong();
            workstation.send(ChatMessages.MESSAGE, Map.of("conversationId", conversation, "clientId", "shot-" + name, "text", zh
                    ? "您好！40 平推荐 A7，带宠物毛发预滤网；滤网一般 6–12 个月更换一次。" : "Hi! For 40 m² the A7 fits, with a pet-hair pre-filter; filters last 6–12 months."));
            page.locator("[data-sb=message][data-from=agent]").nth(1).waitFor();
            page.locator("[data-sb=message][data-state=sending]").first().waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + "-5-chat.png")));
        }
    }

    /** Lets entrance animations finish so the picture shows the resting state. */
    private static void settle(Page page) {
        page.evaluate("() => Promise.all(document.querySelector('switchboard-widget').shadowRoot.getAnimations()"
                + ".map(a => a.finished))");
    }
}
