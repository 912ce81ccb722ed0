package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.ChatUiFixture;
import dev.switchboard.app.testing.Gestures;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.ui.SelectableText;
import dev.switchboard.shared.chat.ChatMessages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.TilePane;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The message box of a chat, against a real backend (a fresh one per test): what the agent types
 * lands in it after opening a chat from an alert, switching pages or switching chats; a pasted
 * screenshot waits to be sent; part of a message is copied; emoji are found by name.
 */
class ChatInputUiTest {

    @RegisterExtension
    static final ChatUiFixture ui = ChatUiFixture.backendPerTest();
    private final FxRobot robot = ui.robot();

    @Test
    void afterOpeningAChatFromAnAlertWhatTheAgentTypesGoesIntoItsMessageBox(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/purifiers", "Purifiers")) {
            robot.clickOn((Node) ui.find(main, "#nav-VISITORS"));
            ui.awaitOnline(main);
            long id = ui.startChat(visitor, "Li Lei");
            visitor.say("Hello?");

            waitUntil("the alert about the chat", () -> lookup(main, "#alert-chat-" + id).isPresent());
            // where its Open button is, once laid out: the card is drawn anew when the alerts change, in the same place
            Point2D[] open = new Point2D[1];
            waitUntil("the alert's Open button in its place", () -> onFx(() -> {
                Optional<Node> card = robot.from(main.getScene().getRoot()).lookup("#alert-chat-" + id).tryQuery();
                if (card.isEmpty()) {
                    return false;
                }
                Button button = (Button) ((Notification) card.get()).getPrimaryActions().get(0);
                Bounds bounds = button.getScene() == null ? null : button.localToScreen(button.getBoundsInLocal());
                open[0] = bounds == null || bounds.getWidth() < 1 ? null : new Point2D(bounds.getCenterX(), bounds.getCenterY());
                return open[0] != null;
            }));
            robot.clickOn(open[0]);

            TextArea input = ui.inputOf(main, id);
            waitUntil("the focus in the chat's message box", () -> onFx(() -> main.getScene().getFocusOwner() == input));
            robot.write("Hi Li Lei");
            assertThat(onFx(() -> input.getText())).isEqualTo("Hi Li Lei");
        }
    }

    @Test
    void switchingToTheChatsPageOrToAnotherChatPutsTheFocusInTheMessageBox(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        try (TestVisitor first = ui.visitor("https://shop.example.cn/purifiers", "Purifiers");
             TestVisitor second = ui.visitor("https://shop.example.cn/pricing", "Pricing")) {
            ui.onChatsPageOnline(main);
            long one = ui.startChat(first, "Li Lei");
            long two = ui.startChat(second, "Emma");
            TextArea firstInput = ui.inputOf(main, one);
            TextArea secondInput = ui.inputOf(main, two);

            robot.clickOn((Node) ui.find(main, "#nav-VISITORS"));
            robot.clickOn((Node) ui.find(main, "#nav-CHATS"));
            waitUntil("the focus in the front chat's message box", () -> onFx(() -> main.getScene().getFocusOwner() == firstInput));

            robot.clickOn(tabHeader(main, two));
            waitUntil("the focus in the other chat's message box", () -> onFx(() -> main.getScene().getFocusOwner() == secondInput));
            robot.write("Hello Emma");
            assertThat(onFx(() -> secondInput.getText())).isEqualTo("Hello Emma");
            assertThat(onFx(() -> firstInput.getText())).isEmpty();
        }
    }

    @Test
    void aPastedScreenshotWaitsAboveTheMessageBoxAndGoesWithTheTextWhilePastedTextStaysText(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/purifiers", "Purifiers")) {
            TextArea input = openChat(main, visitor);
            robot.clickOn(input);

            onFx(() -> {
                WritableImage screenshot = new WritableImage(64, 48);
                for (int x = 0; x < 64; x++) {
                    for (int y = 0; y < 48; y++) {
                        screenshot.getPixelWriter().setColor(x, y, x < 32 ? Color.web("#1e78c8") : Color.web("#f0c828"));
                    }
                }
                ClipboardContent content = new ClipboardContent();
                content.putImage(screenshot);
                return Clipboard.getSystemClipboard().setContent(content);
            });
            robot.push(KeyCode.SHORTCUT, KeyCode.V);
            FlowPane staged = ui.find(main, "#chatStaged");
            waitUntil("the screenshot waits above the message box", () -> onFx(() -> staged.isVisible() && staged.getChildren().size() == 1));
            assertThat(onFx(() -> input.getText())).as("no text pasted").isEmpty();
            assertThat(visitor.received(ChatMessages.MESSAGE)).as("nothing sent yet").noneMatch(message -> message.payload().has("attachment")
                    && !message.payload().path("attachment").isNull());

            robot.write("Is this the error you see?");
            robot.type(KeyCode.ENTER);
            JsonNode sent = visitor.await(ChatMessages.MESSAGE, message -> message.path("attachment").path("mediaType").asText().equals("image/png"))
                    .payload();
            assertThat(sent.path("body").asText()).isEqualTo("Is this the error you see?");
            assertThat(sent.path("attachment").path("width").asInt()).isEqualTo(64);
            assertThat(sent.path("attachment").path("height").asInt()).isEqualTo(48);
            assertThat(sent.path("attachment").path("fileName").asText()).startsWith("screenshot-").endsWith(".png");
            waitUntil("nothing waits any more", () -> onFx(() -> !staged.isVisible() && input.getText().isEmpty()));

            onFx(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putString("order A-1042");
                return Clipboard.getSystemClipboard().setContent(content);
            });
            robot.push(KeyCode.SHORTCUT, KeyCode.V);
            waitUntil("text pastes as text", () -> onFx(() -> input.getText().equals("order A-1042")));
            assertThat(onFx(staged::isVisible)).isFalse();
        }
    }

    @Test
    void partOfAMessageIsSelectedAndCopiedAnOrderNumberWithADoubleClick(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/purifiers", "Purifiers")) {
            openChat(main, visitor);
            String said = "My order <b>A-20261102-1042</b> has not shipped";
            visitor.say(said);
            waitUntil("the message", () -> body(main, said) != null);
            SelectableText body = body(main, said);
            assertThat(onFx(body::getText)).as("shown literally, not as markup").isEqualTo(said);

            Gestures.doubleClick(robot, Gestures.settled(main.getScene(), () -> charOnScreen(body, said.indexOf("2026"), 0.5)));
            waitUntil("the order number selected whole", () -> onFx(body::selectedText).equals("A-20261102-1042"));
            robot.push(KeyCode.SHORTCUT, KeyCode.C);
            assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("A-20261102-1042");

            robot.drag(charOnScreen(body, 0, 0.2)).moveTo(charOnScreen(body, "My order".length() - 1, 0.8)).drop();
            waitUntil("the dragged part selected", () -> onFx(body::selectedText).equals("My order"));
            robot.push(KeyCode.SHORTCUT, KeyCode.C);
            assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("My order");
        }
    }

    @Test
    void theEmojiPickerHasCategoriesASearchInEnglishAndChineseAndTheRecentlyUsed(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/purifiers", "Purifiers")) {
            TextArea input = openChat(main, visitor);
            robot.clickOn((Node) ui.find(main, "#chatEmoji"));
            waitUntil("the picker", () -> robot.lookup("#emojiPicker").tryQuery().isPresent());
            List<String> categories = onFx(() -> robot.lookup(".emoji-category").queryAll().stream().map(Node::getId).toList());
            assertThat(categories).containsExactly("emojiCategory-recent", "emojiCategory-smileys", "emojiCategory-gestures",
                    "emojiCategory-objects", "emojiCategory-nature", "emojiCategory-symbols");
            int offered = 0;
            for (String category : categories) {
                robot.clickOn("#" + category);
                offered += onFx(() -> ((TilePane) robot.lookup("#emojiGrid").query()).getChildren().size());
            }
            assertThat(offered).as("far more than the 48 of before, even with this machine's fonts").isGreaterThan(80);

            robot.clickOn("#emojiSearch").write("cry");
            waitUntil("found in English", () -> emojiShown().contains("😢"));
            onFx(() -> {
                ((TextField) robot.lookup("#emojiSearch").query()).clear();
                return null;
            });
            robot.write("哭");
            waitUntil("found in Chinese", () -> emojiShown().contains("😢") && emojiShown().contains("😭"));
            String first = emojiShown().get(0);
            robot.type(KeyCode.ENTER);
            waitUntil("the first one inserted", () -> onFx(() -> input.getText()).equals(first));
            waitUntil("the picker closed", () -> robot.lookup("#emojiPicker").tryQuery().map(node -> !onFx(node::isVisible)
                    || onFx(() -> node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing())).orElse(true));

            robot.clickOn((Node) ui.find(main, "#chatEmoji"));
            waitUntil("the recently used first", () -> onFx(() -> ((ToggleButton) robot.lookup("#emojiCategory-recent").query()).isSelected())
                    && emojiShown().equals(List.of(first)));
        }
    }

    private List<String> emojiShown() {
        return onFx(() -> ((TilePane) robot.lookup("#emojiGrid").query()).getChildren().stream()
                .map(node -> ((Button) node).getText()).toList());
    }

    /** The message's selectable text, once drawn. */
    private SelectableText body(Stage main, String text) {
        return onFx(() -> main.getScene().getRoot().lookupAll(".chat-body").stream()
                .filter(node -> node instanceof SelectableText body && body.getText().equals(text))
                .map(SelectableText.class::cast).findFirst().orElse(null));
    }

    /** A point in the character at {@code index} of a message's text, on the screen: {@code across} 0 is its left edge, 1 its right. */
    private static Point2D charOnScreen(SelectableText body, int index, double across) {
        return onFx(() -> {
            Text glyphs = (Text) body.lookup(".selectable-text-glyphs");
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (PathElement element : glyphs.rangeShape(index, index + 1)) {
                double x = element instanceof MoveTo move ? move.getX() : element instanceof LineTo line ? line.getX() : Double.NaN;
                double y = element instanceof MoveTo move ? move.getY() : element instanceof LineTo line ? line.getY() : Double.NaN;
                if (!Double.isNaN(x)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
            return glyphs.localToScreen(minX + (maxX - minX) * across, (minY + maxY) / 2);
        });
    }

    /** Shows the Chats page online, starts the visitor's chat and answers its message box, once it has the focus. */
    private TextArea openChat(Stage main, TestVisitor visitor) throws Exception {
        ui.onChatsPageOnline(main);
        TextArea input = ui.inputOf(main, ui.startChat(visitor, "Li Lei"));
        waitUntil("the chat in front", () -> onFx(() -> main.getScene().getFocusOwner() == input));
        return input;
    }

    /** The header of the chat's tab, where the agent clicks to switch to it. */
    private Node tabHeader(Stage main, long id) {
        return onFx(() -> robot.from(main.getScene().getRoot()).lookup(".tab").match(node -> ("chatTab-" + id).equals(node.getId())).query());
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
