package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What the widget says before a chat about who can answer: the groups this visitor's chat can
 * reach (the routing rules, for every answer of the pre-chat question or the one picked), their
 * agents online and their business hours; not whether any agent of the whole site is in.
 */
class WidgetAvailabilityTest extends WidgetChatSupport {

    static final String ONLINE = "客服在线 · 通常几分钟内回复";
    static final String NOBODY = "暂时无人在线，请留言，我们会尽快回复";
    static final String CLOSED = "非工作时间 · 请留言，我们上班后尽快回复";

    final String admin = backend.token("admin");

    @Test
    void theOnlyGroupTheChatCanReachHasNobodyOnlineWhileAnotherHasAgents() {
        // without a question no demo rule matches: every chat goes to the fallback group, Pre-sales
        nameOnlyForm();
        try (Desk bob = desk("bob")) { // After-sales: the site has an agent online
            visit("/");
            assertThat(launcher().locator(".lbl")).hasText("给我们留言");
            launcher().click();
            assertThat(header()).hasText(NOBODY);
            assertThat(page.locator("switchboard-widget .lead")).hasText("现在暂时没有客服在线。留下您的联系方式和问题，我们会尽快回复您。");
            assertThat(page.locator("switchboard-widget .go")).hasText("继续");

            // someone of Pre-sales comes in: the window asks again when it opens
            try (Desk alice = desk()) {
                sb("close").click();
                launcher().click();
                assertThat(header()).hasText(ONLINE);
                assertThat(launcher()).not().hasClass(java.util.regex.Pattern.compile("\\boff\\b"));
            }
        }
    }

    @Test
    void thePickedQuestionDecidesOnceChosen() {
        try (Desk bob = desk("bob")) {
            visit("/");
            launcher().click();
            // After-sales, which some of the questions reach, has Bob
            assertThat(header()).hasText(ONLINE);
            sb("field-question").selectOption("售前咨询 Pre-sales");
            assertThat(header()).hasText(NOBODY);
            sb("field-question").selectOption("售后维修 Repairs");
            assertThat(header()).hasText(ONLINE);
        }
    }

    @Test
    void outsideTheGroupsBusinessHoursTheVisitorIsToldItIsClosed() {
        nameOnlyForm();
        // the test clock says 16:00 in Shanghai; Pre-sales works 9:00 to 10:00
        String week = Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .map(day -> "{\"day\":\"" + day + "\",\"opens\":\"09:00\",\"closes\":\"10:00\"}").collect(Collectors.joining(","));
        ApiResponse hours = api.send("PUT", "/api/v1/groups/" + groupId("售前 Pre-sales") + "/business-hours", admin,
                "{\"timeZone\":\"Asia/Shanghai\",\"weekly\":[" + week + "],\"holidays\":[],\"specialDays\":[]}", ApiClient.JSON);
        Assertions.assertThat(hours.status()).as(hours.body()).isEqualTo(200);
        try (Desk alice = desk()) {
            visit("/");
            assertThat(launcher().locator(".lbl")).hasText("给我们留言");
            launcher().click();
            assertThat(header()).hasText(CLOSED);
            assertThat(page.locator("switchboard-widget .lead")).hasText("现在是非工作时间。留下您的联系方式和问题，我们上班后会尽快回复您。");
        }
    }

    private com.microsoft.playwright.Locator header() {
        return sb("window").locator(".sub");
    }

    private void nameOnlyForm() {
        ApiResponse form = api.send("PUT", "/api/v1/sites/default/prechat-form", admin,
                "{\"fields\":[{\"key\":\"name\",\"type\":\"NAME\",\"label\":\"Your name\",\"labelZh\":\"您的称呼\",\"required\":true}]}",
                ApiClient.JSON);
        Assertions.assertThat(form.status()).as(form.body()).isEqualTo(200);
    }

    private long groupId(String name) {
        for (JsonNode group : api.get("/api/v1/groups", alice).json()) {
            if (group.path("name").asText().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }
}
