package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.ChatUiFixture;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.shared.chat.CannedReply;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An agent writes a canned reply in the manager, orders it, and finds it in a chat by a Chinese word of its text. */
class CannedRepliesUiTest {

    static final String BODY = "亲，您的退款申请已受理，预计 3 个工作日内原路退回。";

    @RegisterExtension
    static final ChatUiFixture ui = ChatUiFixture.backendPerClass();
    private final FxRobot robot = ui.robot();

    @Test
    void anAgentWritesAReplyAndFindsItInAChatByTypingPartOfItsChineseText(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        ui.awaitOnline(main);
        robot.clickOn((Node) ui.find(main, "#nav-CANNED"));
        ListView<CannedReply> list = ui.find(main, "#cannedList");
        waitUntil("alice's own demo replies", () -> titles(list).contains("结束语 Closing"));

        robot.clickOn((Node) ui.find(main, "#cannedNew"));
        robot.clickOn((Node) ui.find(main, "#cannedShortcut")).write("shouli");
        robot.clickOn((Node) ui.find(main, "#cannedTitle")).write("退款受理");
        TextField category = onFx(() -> ((javafx.scene.control.ComboBox<?>) ui.find(main, "#cannedCategory")).getEditor());
        robot.clickOn(category).write("退款");
        robot.clickOn((Node) ui.find(main, "#cannedBody")).write(BODY);
        robot.clickOn((Node) ui.find(main, "#cannedSave"));
        waitUntil("the new reply, last of alice's", () -> titles(list).equals(List.of("请稍等 One moment", "结束语 Closing", "退款受理")));
        waitUntil("the new reply chosen in the editor", () -> onFx(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().title().equals("退款受理")));

        robot.clickOn((Node) ui.find(main, "#cannedUp"));
        waitUntil("the reply moved up one place", () -> titles(list).equals(List.of("请稍等 One moment", "退款受理", "结束语 Closing")));

        robot.clickOn((Node) ui.find(main, "#nav-CHATS"));
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/orders", "Orders")) {
            long id = ui.startChat(visitor, "Li Lei");
            Node tab = ui.showTab(main, id);
            TextArea input = ui.find(tab, "#chatInput");
            @SuppressWarnings("unchecked")
            ListView<CannedReply> suggestions = (ListView<CannedReply>) ui.find(tab, "#cannedSuggestions");

            robot.clickOn(input).write("您好，已受理");
            waitUntil("the reply offered for 已受理", () -> onFx(() -> suggestions.isVisible()
                    && suggestions.getItems().stream().map(CannedReply::title).toList().equals(List.of("退款受理"))));
            robot.type(KeyCode.TAB);

            waitUntil("the word replaced by the reply", () -> onFx(input::getText).equals("您好，" + BODY));
            assertThat(onFx(suggestions::isVisible)).as("nothing more is offered").isFalse();
            robot.type(KeyCode.ENTER);
            visitor.awaitChatMessage("您好，" + BODY);
        }
    }

    private static List<String> titles(ListView<CannedReply> list) {
        return onFx(() -> list.getItems().stream().map(CannedReply::title).toList());
    }
}
