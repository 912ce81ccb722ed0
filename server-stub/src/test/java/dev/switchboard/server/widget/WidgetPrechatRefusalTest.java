package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The backend checks the pre-chat answers again. A page that loaded the form before the
 * administrator changed it sends answers the widget found fine and the backend refuses: the
 * widget shows the current form again with the backend's reasons next to the fields, in the
 * page's language, and the chat starts once they are fixed.
 */
class WidgetPrechatRefusalTest extends WidgetTestSupport {

    static final String PRECHAT_FORM = "/api/v1/sites/default/prechat-form";

    @Test
    void aFieldAddedSinceThePageLoadedIsAskedForWithTheReasonInChinese() {
        visit("/");
        launcher().click();
        sb("field-name").fill("王女士");
        sb("field-question").selectOption("售前咨询 Pre-sales");
        changeForm(fields -> fields.addObject().put("key", "email").put("type", "EMAIL").put("label", "E-mail")
                .put("labelZh", "邮箱").put("required", true));

        page.locator(".go").click();

        JsonNode refusal = awaitFrame(received, "error");
        Assertions.assertThat(refusal.path("problem").path("errors").findValuesAsText("field")).containsExactly("prechat.email");
        assertThat(sb("prechat-error")).hasText("请检查您填写的信息");
        assertThat(sb("field-email")).hasAttribute("aria-invalid", "true");
        assertThat(sb("field-email").locator("xpath=following-sibling::p[1]")).hasText("此项必填");
        assertThat(sb("field-name")).hasValue("王女士");

        sb("field-email").fill("wang@example.cn");
        page.locator(".go").click();
        awaitFrame(received, ChatMessages.STARTED);
        assertThat(sb("prechat")).isHidden();
        Assertions.assertThat(count(sent, ChatMessages.START)).isEqualTo(2);
    }

    @Test
    void anOptionDroppedSinceThePageLoadedIsMarkedInEnglish() {
        visit("/?lang=en");
        launcher().click();
        sb("field-name").fill("Emma");
        sb("field-question").selectOption("订单与物流 Orders");
        changeForm(fields -> {
            for (JsonNode field : fields) {
                if (field.path("key").asText().equals("question")) {
                    ((ObjectNode) field).putArray("options").add("售前咨询 Pre-sales").add("售后维修 Repairs");
                }
            }
        });

        page.locator(".go").click();

        JsonNode refusal = awaitFrame(received, "error");
        Assertions.assertThat(refusal.path("problem").path("errors").findValuesAsText("message")).containsExactly("not one of the options");
        assertThat(sb("prechat-error")).hasText("Please check your answers");
        assertThat(sb("field-question").locator("xpath=following-sibling::p[1]")).hasText("Choose one of the options");

        sb("field-question").selectOption("售后维修 Repairs");
        page.locator(".go").click();
        awaitFrame(received, ChatMessages.STARTED);
        assertThat(sb("prechat")).isHidden();
    }

    /** The administrator edits the demo site's form while the visitor's page holds the old one. */
    private void changeForm(Consumer<ArrayNode> edit) {
        String admin = api.token("admin", TestBackend.PASSWORD);
        ObjectNode form = (ObjectNode) api.get(PRECHAT_FORM, admin).json();
        edit.accept(form.withArray("fields"));
        ApiResponse changed = api.send("PUT", PRECHAT_FORM, admin, form.toString(), ApiClient.JSON);
        Assertions.assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }
}
