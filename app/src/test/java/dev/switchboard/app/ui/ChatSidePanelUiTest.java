package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;

import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The visitor beside a chat, against a real backend: where they are now and where they browse from. */
class ChatSidePanelUiTest {

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
    void onPageFollowsTheVisitorFromPageToPageAndTheAddressShows(@TempDir Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
        Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
        robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
        waitUntil("the agent online", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText()).equals("Connected"));

        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers 净化器")) {
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            Node tab = showTab(main, id);
            waitUntil("the first page beside the chat", () -> "Purifiers 净化器".equals(fact(tab, "On page")));
            waitUntil("the address beside the chat", () -> "127.0.0.1".equals(fact(tab, "IP address")));

            visitor.goTo("https://shop.example.cn/cart", "购物车 Cart");
            waitUntil("the page the visitor moved to", () -> "购物车 Cart".equals(fact(tab, "On page")));
            visitor.goTo("https://shop.example.cn/checkout", "结算 Checkout");
            waitUntil("and the next one", () -> "结算 Checkout".equals(fact(tab, "On page")));
        }
    }

    /** The value next to a caption in the side panel's facts, or null. */
    private String fact(Node tab, String caption) {
        return onFx(() -> {
            Node side = find(robot, tab, "#chatSide");
            for (Node grid : robot.from(side).lookup((Node node) -> node instanceof GridPane).queryAll()) {
                List<Node> cells = ((GridPane) grid).getChildren();
                for (int i = 0; i + 1 < cells.size(); i += 2) {
                    if (cells.get(i) instanceof Label name && caption.equals(name.getText()) && cells.get(i + 1) instanceof Label value) {
                        return value.getText();
                    }
                }
            }
            return null;
        });
    }

    /** Waits for the chat's tab, brings it to front, and answers its content. */
    private Node showTab(Stage main, long id) {
        TabPane tabs = find(robot, main, "#chatTabs");
        waitUntil("the tab of chat " + id, () -> onFx(() -> tabs.getTabs().stream().anyMatch(tab -> ("chatTab-" + id).equals(tab.getId()))));
        return onFx(() -> {
            Tab tab = tabs.getTabs().stream().filter(t -> ("chatTab-" + id).equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
            return tab.getContent();
        });
    }
}
