package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The widget on a customer's page: it changes nothing there, speaks the page's language, and is usable. */
class WidgetPageTest extends WidgetTestSupport {

    /** What the host page looks like to a visitor and to its own scripts. */
    static final String HOST_SNAPSHOT = """
            () => {
              const props = ['font-family', 'color', 'font-size', 'line-height', 'letter-spacing', 'text-transform', 'margin-top',
                'margin-left', 'padding-top', 'border-top-style', 'border-top-width', 'background-color', 'overflow-x', 'overflow-y',
                'display', 'position', 'width', 'height'];
              const pick = e => props.map(p => p + ':' + getComputedStyle(e).getPropertyValue(p)).join('; ');
              return {
                styles: ['html', 'body', '#headline', '#probe', '#host-button', '#host-input', '#next', '.tall']
                  .map(s => s + ' { ' + pick(document.querySelector(s)) + ' }').join('\\n'),
                sheets: String(document.styleSheets.length),
                head: document.head.innerHTML,
                fonts: String(document.fonts.size),
                htmlStyle: String(document.documentElement.getAttribute('style')),
                bodyStyle: String(document.body.getAttribute('style')),
                children: [...document.body.children].map(e => e.tagName.toLowerCase())
                  .filter(t => t !== 'script' && t !== 'switchboard-widget').join(','),
                scrollY: String(window.scrollY)
              };
            }""";

    static final String GLOBALS = "() => Object.getOwnPropertyNames(window)";

    @Test
    void theHostPageLooksAndBehavesTheSameWithTheWidget() {
        page.navigate(site.url("/?widget=no"));
        page.evaluate("() => window.scrollTo(0, 600)");
        Object without = page.evaluate(HOST_SNAPSHOT);
        Set<String> globalsWithout = new HashSet<>(stringList(page.evaluate(GLOBALS)));

        visit("/");
        page.evaluate("() => window.scrollTo(0, 600)");
        launcher().click();
        assertThat(sb("window")).isVisible();
        sb("field-name").fill("王女士");
        Object with = page.evaluate(HOST_SNAPSHOT);
        Set<String> globalsWith = new HashSet<>(stringList(page.evaluate(GLOBALS)));

        Assertions.assertThat(with).as("computed styles, stylesheets, fonts, head, body and scroll of the host page").isEqualTo(without);
        assertThat(page.locator("body > switchboard-widget")).hasCount(1);
        Set<String> added = new HashSet<>(globalsWith);
        added.removeAll(globalsWithout);
        Assertions.assertThat(added).as("globals the widget defines").containsExactly("Switchboard");
        Assertions.assertThat(globalsWith).containsAll(globalsWithout);
    }

    @Test
    void theHostPagesCssDoesNotReachIntoTheWidget() {
        visit("/");
        launcher().click();
        sb("field-name").fill("王女士");
        sb("field-question").selectOption("售前咨询 Pre-sales");
        page.locator(".go").click();
        sb("input").fill("你好");
        sb("send").click();
        assertThat(sb("message")).hasCount(1);

        Map<String, Object> host = stringMap(page.locator("switchboard-widget").evaluate(
                "e => { const s = getComputedStyle(e); return {position: s.position, zIndex: s.zIndex, margin: s.marginTop, border: s.borderTopStyle}; }"));
        Assertions.assertThat(host).containsEntry("position", "fixed").containsEntry("zIndex", "2147483000")
                .containsEntry("margin", "0px").containsEntry("border", "none");
        for (String hook : List.of("launcher", "send", "close", "input", "message")) {
            Map<String, Object> style = stringMap(sb(hook).evaluate("e => { const s = getComputedStyle(e); return {font: s.fontFamily, color: s.color,"
                    + " spacing: s.letterSpacing, transform: s.textTransform, lineHeight: s.lineHeight, border: s.borderTopStyle,"
                    + " background: s.backgroundColor}; }"));
            Assertions.assertThat(style.get("font")).as(hook + " font").asString().startsWith("system-ui").doesNotContain("serif,").isNotEqualTo("serif");
            Assertions.assertThat(style.get("color")).as(hook + " color").isNotEqualTo("rgb(255, 0, 0)");
            Assertions.assertThat(style.get("spacing")).as(hook + " letter-spacing").isEqualTo("normal");
            Assertions.assertThat(style.get("transform")).as(hook + " text-transform").isEqualTo("none");
            Assertions.assertThat(style.get("lineHeight")).as(hook + " line-height").isNotEqualTo("31px");
            Assertions.assertThat(style.get("border")).as(hook + " border").isNotEqualTo("dotted").isNotEqualTo("solid");
            Assertions.assertThat(style.get("background")).as(hook + " background").isNotIn("rgb(255, 255, 0)", "rgb(255, 192, 203)");
        }
        Assertions.assertThat(launcher().evaluate("e => getComputedStyle(e).color")).isEqualTo("rgb(255, 255, 255)");
    }

    @Test
    void speaksTheLanguageOfThePageThenOfTheBrowser() {
        visit("/?lang=en");
        assertThat(launcher()).hasText("Leave a message");
        launcher().click();
        assertThat(sb("window").locator("h2")).hasText("Chat with us");
        assertThat(sb("prechat")).containsText("Your name");
        assertThat(sb("close")).hasAttribute("aria-label", "Close chat");

        visit("/?lang=zh-CN");
        assertThat(launcher()).hasText("给我们留言");
        assertThat(sb("window").locator("h2")).hasText("在线客服");
        assertThat(sb("prechat")).containsText("您的称呼");

        try (BrowserContext english = chromium.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page other = watch(english.newPage());
            other.navigate(site.url("/?lang=none"));
            assertThat(other.locator("[data-sb=launcher]")).hasText("Leave a message");
        }
    }

    @Test
    void theLauncherOffersALiveChatOnlyWhileAnAgentIsOnline() {
        visit("/");
        assertThat(launcher()).hasText("给我们留言");
        assertThat(launcher()).hasAttribute("aria-label", "给我们留言");

        try (SocketClient workstation = SocketClient.connect(backend.wsUrl("/ws/agent"), alice)) {
            Assertions.assertThat(workstation).isNotNull();
            eventually("alice online", () -> api.get("/api/v1/widget/config?site=default", null).json(),
                    config -> config.path("agentsAvailable").asBoolean());
            visit("/");
            assertThat(launcher()).hasText("在线咨询");
            launcher().click();
            assertThat(sb("window")).containsText("客服在线");
        }
    }

    @Test
    void thePrechatFormChecksEachFieldAndTheChatKeepsWhatWasTyped() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        String form = """
                {"fields":[
                  {"key":"name","type":"NAME","label":"Name","labelZh":"姓名","required":true},
                  {"key":"phone","type":"PHONE","label":"Mobile","labelZh":"手机号","required":true,"pattern":"1[3-9]\\\\d{9}"},
                  {"key":"email","type":"EMAIL","label":"Email","labelZh":"邮箱","required":false},
                  {"key":"question","type":"QUESTION_TYPE","label":"Topic","labelZh":"咨询类型","required":true,"options":["售前咨询","售后服务"]},
                  {"key":"note","type":"TEXT","label":"Anything else","required":false}]}""";
        ApiResponse saved = api.send("PUT", "/api/v1/sites/default/prechat-form", admin, form, ApiClient.JSON);
        Assertions.assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        visit("/");
        launcher().click();
        assertThat(sb("prechat")).isVisible();
        assertThat(sb("input")).isHidden();
        assertThat(sb("field-name")).isFocused();
        assertThat(sb("field-note")).hasAttribute("id", sb("prechat").locator("label", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("Anything else")).getAttribute("for"));

        page.locator(".go").click();
        for (String key : List.of("name", "phone", "question")) {
            assertThat(sb("field-" + key)).hasAttribute("aria-invalid", "true");
        }
        assertThat(sb("field-email")).not().hasAttribute("aria-invalid", "true");
        assertThat(sb("prechat")).containsText("此项必填");
        assertThat(sb("field-name")).isFocused();

        sb("field-name").fill("王女士");
        sb("field-phone").fill("12345");
        sb("field-email").fill("wang@");
        sb("field-question").selectOption("售后服务");
        page.locator(".go").click();
        assertThat(sb("field-name")).not().hasAttribute("aria-invalid", "true");
        assertThat(sb("field-phone")).hasAttribute("aria-invalid", "true");
        assertThat(sb("prechat")).containsText("格式不正确");
        assertThat(sb("prechat")).containsText("请输入有效的邮箱地址");
        assertThat(sb("field-phone")).isFocused();

        sb("field-phone").fill("13812345678");
        sb("field-email").fill("wang@example.cn");
        page.locator(".go").click();
        assertThat(sb("prechat")).isHidden();
        assertThat(sb("input")).isFocused();

        page.keyboard().type("客厅 40 平，<b>选哪款</b>？");
        page.keyboard().press("Enter");
        page.keyboard().type("第一行");
        page.keyboard().press("Shift+Enter");
        page.keyboard().type("第二行");
        sb("send").click();
        assertThat(sb("message")).hasCount(2);
        assertThat(sb("message").nth(0).locator(".bub")).hasText("客厅 40 平，<b>选哪款</b>？");
        Assertions.assertThat(sb("message").nth(1).locator(".bub").textContent()).isEqualTo("第一行\n第二行");
        assertThat(sb("message").nth(1)).hasAttribute("data-from", "visitor");
        assertThat(sb("input")).hasValue("");

        // The next page of the tab keeps the window open with the conversation, and no form again.
        page.reload();
        assertThat(sb("window")).isVisible();
        assertThat(sb("message")).hasCount(2);
        assertThat(sb("prechat")).isHidden();

        page.keyboard().press("Tab");
        sb("input").focus();
        page.keyboard().press("Escape");
        assertThat(sb("window")).isHidden();
        assertThat(launcher()).isFocused();
        assertThat(launcher()).hasAttribute("aria-expanded", "false");
        page.keyboard().press("Enter");
        assertThat(sb("window")).isVisible();
        assertThat(launcher()).hasAttribute("aria-expanded", "true");
    }

    @Test
    void onAPhoneTheWindowIsAFullScreenSheetAndThePageKeepsItsScroll() {
        try (BrowserContext phone = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("zh-CN"))) {
            page = watch(phone.newPage());
            visit("/");
            page.evaluate("() => window.scrollTo(0, 400)");
            BoundingBox button = launcher().boundingBox();
            Assertions.assertThat(button.x + button.width).isBetween(350.0, 390.0);
            Assertions.assertThat(button.y + button.height).isBetween(800.0, 844.0);

            launcher().tap();
            Object sheet = sb("window").evaluate("e => Promise.all(e.getAnimations().map(a => a.finished)).then(() => {"
                    + " const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(' '); })");
            Assertions.assertThat(sheet).as("the open window once its entrance animation is over").isEqualTo("0 0 390 844");
            assertThat(sb("close")).isVisible();
            assertThat(launcher()).isHidden();
            Assertions.assertThat(page.evaluate("() => [window.scrollY, getComputedStyle(document.body).overflowY].join()"))
                    .isEqualTo("400,scroll");

            sb("close").tap();
            assertThat(sb("window")).isHidden();
            assertThat(launcher()).isVisible();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(Object value) {
        return (List<String>) value;
    }
}
