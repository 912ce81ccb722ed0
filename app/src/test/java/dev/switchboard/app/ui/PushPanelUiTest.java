package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.push.Push;
import dev.switchboard.shared.push.PushWidgetMessages;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A supervisor counts the visitors a condition holds, sends them a message, and sees it counted as shown. */
class PushPanelUiTest {

    static final String TEXT = "您好！今天下单满 299 元包邮，有问题随时问我。";

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    @Test
    void aSupervisorSendsAMessageToTheVisitorsOfAConditionAndSeesItCounted(@TempDir Path home) throws Exception {
        try (TestVisitor fromSearch = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            workstation = WorkstationDriver.start(home, server.baseUrl(), "carol", "switchboard");
            Stage main = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
            robot.clickOn((Node) find(robot, main, "#nav-PUSH"));
            Label preview = find(robot, main, "#pushPreview");
            waitUntil("the visitors on the site counted", () -> onFx(preview::getText).startsWith("1 visitor matches now"));

            // the visitor came from a search for "ui test"; nobody searched for purifiers
            robot.clickOn((Node) find(robot, main, "#pushKeyword")).write("净化器");
            robot.clickOn((Node) find(robot, main, "#pushCount"));
            waitUntil("nobody searched for it", () -> onFx(preview::getText).startsWith("No visitors match now"));
            robot.doubleClickOn((Node) find(robot, main, "#pushKeyword")).eraseText(3).write("ui test");
            robot.clickOn((Node) find(robot, main, "#pushCount"));
            waitUntil("the visitor from the search", () -> onFx(preview::getText).startsWith("1 visitor matches now"));

            robot.clickOn((Node) find(robot, main, "#pushText")).write(TEXT);
            robot.clickOn((Node) find(robot, main, "#pushSend"));

            long id = fromSearch.await(PushWidgetMessages.PUSH, push -> push.path("text").asText().equals(TEXT)).payload().path("pushId").asLong();
            waitUntil("the supervisor told it went out", () -> onFx(() -> ((Label) find(robot, main, "#pushNotice")).getText())
                    .equals("Sent to 1 visitor; none left out by the caps."));
            TableView<Push> history = find(robot, main, "#pushHistory");
            waitUntil("the push in the list", () -> onFx(() -> history.getItems().stream().anyMatch(push -> push.id() == id
                    && push.counts().sent() == 1)));
            assertThat(onFx(() -> ((javafx.scene.control.TextArea) find(robot, main, "#pushText")).getText())).as("ready for the next").isEmpty();

            fromSearch.report(PushWidgetMessages.SHOWN, new PushWidgetMessages.PushEvent(id));
            waitUntil("the list counting it shown", () -> onFx(() -> history.getItems().stream().anyMatch(push -> push.id() == id
                    && push.counts().shown() == 1)));
        }
    }
}
