package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.ChatUiFixture;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.shared.push.Push;
import dev.switchboard.shared.push.PushWidgetMessages;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A supervisor counts the visitors a condition holds, sends them a message, and sees it counted as shown. */
class PushPanelUiTest {

    static final String TEXT = "您好！今天下单满 299 元包邮，有问题随时问我。";

    @RegisterExtension
    static final ChatUiFixture ui = ChatUiFixture.backendPerClass();
    private final FxRobot robot = ui.robot();

    @Test
    void aSupervisorSendsAMessageToTheVisitorsOfAConditionAndSeesItCounted(@TempDir Path home) throws Exception {
        try (TestVisitor fromSearch = ui.visitor("https://shop.example.cn/purifiers", "Purifiers")) {
            Stage main = ui.signIn(home, "carol", "Carol 陈静");
            robot.clickOn((Node) ui.find(main, "#nav-PUSH"));
            Label preview = ui.find(main, "#pushPreview");
            waitUntil("the visitors on the site counted", () -> onFx(preview::getText).startsWith("1 visitor matches now"));

            // the visitor came from a search for "ui test"; nobody searched for purifiers
            robot.clickOn((Node) ui.find(main, "#pushKeyword")).write("净化器");
            robot.clickOn((Node) ui.find(main, "#pushCount"));
            waitUntil("nobody searched for it", () -> onFx(preview::getText).startsWith("No visitors match now"));
            robot.doubleClickOn((Node) ui.find(main, "#pushKeyword")).eraseText(3).write("ui test");
            robot.clickOn((Node) ui.find(main, "#pushCount"));
            waitUntil("the visitor from the search", () -> onFx(preview::getText).startsWith("1 visitor matches now"));

            robot.clickOn((Node) ui.find(main, "#pushText")).write(TEXT);
            robot.clickOn((Node) ui.find(main, "#pushSend"));

            long id = fromSearch.await(PushWidgetMessages.PUSH, push -> push.path("text").asText().equals(TEXT)).payload().path("pushId").asLong();
            waitUntil("the supervisor told it went out", () -> onFx(() -> ((Label) ui.find(main, "#pushNotice")).getText())
                    .equals("Sent to 1 visitor; none left out by the caps."));
            TableView<Push> history = ui.find(main, "#pushHistory");
            waitUntil("the push in the list", () -> onFx(() -> history.getItems().stream().anyMatch(push -> push.id() == id
                    && push.counts().sent() == 1)));
            assertThat(onFx(() -> ((javafx.scene.control.TextArea) ui.find(main, "#pushText")).getText())).as("ready for the next").isEmpty();

            fromSearch.report(PushWidgetMessages.SHOWN, new PushWidgetMessages.PushEvent(id));
            waitUntil("the list counting it shown", () -> onFx(() -> history.getItems().stream().anyMatch(push -> push.id() == id
                    && push.counts().shown() == 1)));
        }
    }
}
