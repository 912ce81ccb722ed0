package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Invitations and blocks as the visitor sees them: a card, a window that opens, a widget that goes away. */
class WidgetInvitationTest extends WidgetTestSupport {

    static final String OFFER = "您好！正在挑选净化器吗？告诉我房间面积，我帮您推荐合适的型号。";

    @Test
    void aManualInvitationShowsACardAndAcceptingOpensTheChat() {
        visit("/products/a3.html");
        long invitation = invite(visitorId(), OFFER, false);

        assertThat(sb("invitation")).isVisible();
        assertThat(sb("invitation")).containsText("Alice 王丽");
        assertThat(sb("invitation")).containsText(OFFER);
        assertThat(sb("window")).isHidden();
        awaitFrame(sent, WidgetMessages.INVITATION_SHOWN, p -> p.path("invitationId").asLong() == invitation);

        sb("accept").click();
        assertThat(sb("window")).isVisible();
        assertThat(sb("invitation")).isHidden();
        assertThat(sb("message")).hasCount(1);
        assertThat(sb("message").first()).hasAttribute("data-from", "agent");
        assertThat(sb("message").first()).containsText(OFFER);
        // The demo site asks for a name first; the agent's words stay above the form.
        assertThat(sb("prechat")).isVisible();
        assertThat(sb("field-name")).isFocused();
        awaitFrame(sent, WidgetMessages.INVITATION_ACCEPTED, p -> p.path("invitationId").asLong() == invitation);
        awaitOutcome(invitation, "ACCEPTED");
    }

    @Test
    void decliningHidesTheCardAndTellsTheAgent() {
        visit("/");
        long invitation = invite(visitorId(), OFFER, false);
        assertThat(sb("invitation")).isVisible();

        sb("decline").click();
        assertThat(sb("invitation")).isHidden();
        assertThat(sb("window")).isHidden();
        awaitOutcome(invitation, "DECLINED");
        awaitVisitor(visitorId(), v -> v.path("status").asText().equals("BROWSING"));
    }

    @Test
    void aForcedInvitationOpensTheWindowWithoutTakingTheVisitorsFocus() {
        visit("/");
        page.locator("#host-input").focus();
        page.keyboard().type("hepa");
        long invitation = invite(visitorId(), OFFER, true);

        assertThat(sb("window")).isVisible();
        assertThat(sb("message").first()).containsText(OFFER);
        assertThat(sb("invitation")).isHidden();
        assertThat(page.locator("#host-input")).isFocused();
        page.keyboard().type(" filter");
        assertThat(page.locator("#host-input")).hasValue("hepa filter");
        awaitOutcome(invitation, "SHOWN");
        Assertions.assertThat(count(sent, WidgetMessages.INVITATION_ACCEPTED)).as("the visitor did not choose").isZero();
    }

    @Test
    void invitationTextIsShownAsTextNeverAsMarkup() {
        visit("/");
        String hostile = "<img src=x onerror=\"window.__pwned = 1\"><b>bold</b>";
        invite(visitorId(), hostile, false);

        assertThat(sb("invitation").locator(".inv")).hasText(hostile);
        sb("accept").click();
        assertThat(sb("message").first().locator(".bub")).hasText(hostile);
        assertThat(page.locator("switchboard-widget img")).hasCount(0);
        assertThat(page.locator("switchboard-widget b:text('bold')")).hasCount(0);
        Assertions.assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
    }

    @Test
    void aBlockedVisitorLosesTheWidgetAndItNeverReconnects() {
        page.clock().install();
        visit("/");
        String id = visitorId();
        ApiResponse block = api.post("/api/v1/blocks", alice, Map.of("visitorId", id, "reason", "abusive language", "blockIp", false));
        Assertions.assertThat(block.status()).as(block.body()).isEqualTo(201);

        awaitFrame(received, WidgetMessages.BLOCKED);
        assertThat(launcher()).hasCount(0);
        assertThat(page.locator("switchboard-widget")).hasCount(0);
        page.waitForCondition(() -> sockets.get(0).isClosed());
        page.clock().runFor(120_000); // every backoff timer would have fired by now
        page.evaluate("() => window.Switchboard.open()");
        assertThat(page.locator("switchboard-widget")).hasCount(0);
        Assertions.assertThat(sockets).as("no reconnect after a block").hasSize(1);

        // The next page of the same browser is refused at hello and never shows a launcher.
        page.reload();
        page.waitForCondition(() -> sockets.size() == 2 && sockets.get(1).isClosed());
        page.clock().runFor(120_000);
        Assertions.assertThat(sockets).hasSize(2);
        assertThat(launcher()).hasCount(0);
        Assertions.assertThat(count(received, WidgetMessages.BLOCKED)).isEqualTo(2);
    }

    private long invite(String visitorId, String message, boolean forced) {
        ApiResponse sent = api.post("/api/v1/visitors/" + visitorId + "/invitations", alice, Map.of("message", message, "forced", forced));
        Assertions.assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().path("id").asLong();
    }

    private void awaitOutcome(long invitation, String outcome) {
        JsonNode seen = eventually("invitation " + invitation + " " + outcome,
                () -> api.get("/api/v1/invitations/" + invitation, alice).json(), i -> i.path("outcome").asText().equals(outcome));
        Assertions.assertThat(seen.path("agentName").asText()).isEqualTo("Alice 王丽");
    }
}
