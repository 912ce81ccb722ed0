package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Handing a chat over in the workstation: the transfer dialog names each colleague's groups and
 * load, and a colleague asked to assist gets neither Transfer nor End, and reads that they were
 * asked to help (ADR 0013).
 */
class HandOverUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @Test
    void theTransferDialogNamesEachColleaguesGroupsAndLoad(@TempDir Path aliceHome) throws Exception {
        ApiClient api = new ApiClient(server.baseUrl());
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             SocketClient bob = online(api, "bob");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, window, "#myWorkLoad");
            // the class's backend is shared: the other test may have left alice a chat of its own, so counts are relative
            waitUntil("alice online", () -> onFx(load::getText).matches("\\d+ / \\d+ chats"));
            String aliceToken = api.token("alice", "switchboard");
            long aliceId = api.get("/api/v1/auth/me", aliceToken).json().path("id").asLong();
            long chat = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            waitUntil("alice holds Emma's chat", () -> api.get("/api/v1/conversations/" + chat, aliceToken).json().path("ownerId").asLong() == aliceId);
            robot.clickOn((Node) find(robot, window, "#nav-CHATS"));
            waitUntil("the transfer button", () -> lookup(window, "#chatTransfer").filter(Node::isVisible).isPresent());

            robot.clickOn(lookup(window, "#chatTransfer").orElseThrow());

            Stage dialog = WorkstationDriver.waitForDialog("#handOverDialog");
            ComboBox<Agent> colleagues = find(robot, dialog, "#handOverAgent");
            waitUntil("bob with his group and load", () -> onFx(() -> colleagues.getItems().stream()
                    .map(agent -> colleagues.getConverter().toString(agent)).toList())
                    .contains("Bob 张伟 · 售后 After-sales · 0/5 chats"));
            robot.clickOn((Node) find(robot, dialog, "#handOverCancel"));
        }
    }

    @Test
    void aColleagueAskedToAssistGetsNeitherTransferNorEndAndReadsWhy(@TempDir Path bobHome) throws Exception {
        ApiClient api = new ApiClient(server.baseUrl());
        long bobId = api.get("/api/v1/auth/me", api.token("bob", "switchboard")).json().path("id").asLong();
        try (SocketClient alice = online(api, "alice");
             WorkstationDriver bob = WorkstationDriver.start(bobHome, server.baseUrl(), "bob", "switchboard");
             TestVisitor han = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Bob 张伟");
            long chat = han.startChat(Map.of("name", "Han Meimei", "question", TestVisitor.DEMO_QUESTION));
            alice.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat, "alice gets the chat");

            alice.send(ChatMessages.ASSIST, new ChatMessages.Assist(chat, bobId));

            robot.clickOn((Node) find(robot, window, "#nav-CHATS"));
            waitUntil("the chat comes to bob", () -> onFx(() -> window.getScene().getRoot().lookup("#chatTabs") instanceof TabPane tabs
                    && tabs.getTabs().stream().anyMatch(tab -> ("chatTab-" + chat).equals(tab.getId()))));
            waitUntil("its actions", () -> lookup(window, "#chatAssist").filter(Node::isVisible).isPresent());
            assertThat(lookup(window, "#chatTransfer").filter(Node::isVisible)).as("no Transfer for an assistant").isEmpty();
            assertThat(lookup(window, "#chatEnd").filter(Node::isVisible)).as("no End for an assistant").isEmpty();
            waitUntil("why it came to bob", () -> lookup(window, "#chatRoutingLatest")
                    .map(node -> onFx(((Label) node)::getText)).filter("Alice 王丽 asked you to help"::equals).isPresent());
        }
    }

    private static SocketClient online(ApiClient api, String login) {
        SocketClient socket = SocketClient.connect("ws://localhost:" + server.port() + AgentSocket.PATH, api.token(login, "switchboard"));
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
