package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.chat.Delivery;
import dev.switchboard.app.chat.ui.ChatLine;
import dev.switchboard.app.testing.ChatUiFixture;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.app.ui.SelectableText;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A chat tab of a real workstation against a real backend, with a visitor speaking the widget protocol. */
class ChatTabUiTest {

    @RegisterExtension
    static final ChatUiFixture ui = ChatUiFixture.backendPerClass();
    private final FxRobot robot = ui.robot();

    @Test
    void theAgentAnswersInTheTabTheVisitorGetsItAndTheTabShowsItRead(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        ui.onChatsPageOnline(main);

        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/purifiers", "Purifiers")) {
            long id = ui.startChat(visitor, "Li Lei");
            visitor.say("Is the X2 in stock? <b>urgent</b> & <script>alert(1)</script>");

            Node tab = ui.showTab(main, id);
            ListView<ChatLine> messages = ui.find(tab, "#chatMessages");
            waitUntil("the visitor's message, word for word", () -> labelShown(messages, "Is the X2 in stock? <b>urgent</b> & <script>alert(1)</script>"));

            TextArea input = ui.find(tab, "#chatInput");
            robot.clickOn(input).write("Yes: 3 left. <i>Ships today</i>");
            robot.type(KeyCode.ENTER);

            long seq = visitor.awaitChatMessage("Yes: 3 left. <i>Ships today</i>").path("seq").asLong();
            assertThat(onFx(() -> input.getText())).as("the input is empty after sending").isEmpty();
            waitUntil("the answer shown as sent", () -> deliveryOf(messages, "Yes: 3 left. <i>Ships today</i>")
                    .filter(delivery -> delivery == Delivery.SENT).isPresent());
            assertThat(labelShown(messages, "Yes: 3 left. <i>Ships today</i>")).as("shown literally, not as markup").isTrue();

            visitor.delivered(seq);
            waitUntil("the answer shown as delivered", () -> deliveryOf(messages, "Yes: 3 left. <i>Ships today</i>")
                    .filter(delivery -> delivery == Delivery.DELIVERED).isPresent());
            waitUntil("the state drawn as delivered", () -> labelShown(messages, "Delivered"));
            visitor.read(seq);
            waitUntil("the answer shown as read", () -> deliveryOf(messages, "Yes: 3 left. <i>Ships today</i>")
                    .filter(delivery -> delivery == Delivery.READ).isPresent());
            waitUntil("the state drawn as read", () -> labelShown(messages, "Read"));

            visitor.say("Great, thanks!");
            waitUntil("the visitor's next message", () -> labelShown(messages, "Great, thanks!"));
            waitUntil("read by the agent, who has the tab in front", () -> visitor.received("chat.read").stream()
                    .anyMatch(read -> read.payload().path("seq").asLong() > seq));

            robot.clickOn((Node) ui.find(tab, "#chatEnd"));
            Stage confirmation = WorkstationDriver.waitForDialog("#endChatDialog");
            robot.clickOn((Node) ui.find(confirmation, "#endChatConfirm"));
            visitor.await("chat.ended");
            waitUntil("the tab says the chat ended", () -> onFx(() -> ((Label) ui.find(tab, "#chatBanner")).getText())
                    .equals("This chat has ended."));
            assertThat(onFx(() -> input.isDisabled())).isTrue();
        }
    }

    @Test
    void aRestartedWorkstationShowsTheChatAtOnceWithWhatTheAgentHadTypedButNotSent(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        ui.onChatsPageOnline(main);
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/returns", "Returns")) {
            long id = ui.startChat(visitor, "Han Meimei");
            visitor.say("My parcel is damaged");
            Node tab = ui.showTab(main, id);
            ListView<ChatLine> messages = ui.find(tab, "#chatMessages");
            waitUntil("the visitor's message", () -> labelShown(messages, "My parcel is damaged"));
            TextArea typing = ui.find(tab, "#chatInput");
            robot.clickOn(typing).write("Sorry to hear that, could you");
            assertThat(onFx(() -> typing.getText())).isEqualTo("Sorry to hear that, could you");

            ui.closeWorkstations();
            Stage again = ui.signInFromCache(home, "alice", "Alice 王丽");
            robot.clickOn((Node) ui.find(again, "#nav-CHATS"));
            Node cachedTab = ui.showTab(again, id);
            ListView<ChatLine> cached = ui.find(cachedTab, "#chatMessages");
            waitUntil("the chat from the cache", () -> labelShown(cached, "My parcel is damaged"));
            TextArea input = ui.find(cachedTab, "#chatInput");
            assertThat(onFx(() -> input.getText())).isEqualTo("Sorry to hear that, could you");
        }
    }

    private static Optional<Delivery> deliveryOf(ListView<ChatLine> messages, String body) {
        return onFx(() -> messages.getItems().stream()
                .filter(line -> line instanceof ChatLine.Message message && message.message().body().equals(body))
                .map(line -> ((ChatLine.Message) line).delivery())
                .findFirst());
    }

    /** A label (a state, a line) or a message's selectable text showing exactly {@code text}. */
    private static boolean labelShown(ListView<ChatLine> messages, String text) {
        return onFx(() -> messages.lookupAll(".label").stream()
                .anyMatch(node -> node instanceof Label label && text.equals(label.getText()) && label.isVisible())
                || messages.lookupAll(".chat-body").stream()
                .anyMatch(node -> node instanceof SelectableText body && text.equals(body.getText()) && body.isVisible()));
    }
}
