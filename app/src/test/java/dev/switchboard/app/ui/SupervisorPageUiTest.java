package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.supervisor.OngoingChat;
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
import java.util.stream.StreamSupport;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Supervisor page against a real backend: a supervisor transfers an agent's chat from the list
 * of ongoing chats, with a reason the chat's routing history keeps; a visitor's message with
 * sensitive words carries its flag in the watched chat, and acknowledging it there says who looked.
 */
class SupervisorPageUiTest {

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
    void carolTransfersAlicesChatToBobFromTheListWithAReason(@TempDir Path carolHome) throws Exception {
        ApiClient api = new ApiClient(server.baseUrl());
        try (SocketClient alice = online(api, "alice"); SocketClient bob = online(api, "bob");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
            long chat = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            alice.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat, "alice gets the chat");

            try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
                Stage window = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
                robot.clickOn((Node) find(robot, window, "#nav-SUPERVISOR"));
                TableView<OngoingChat> ongoing = find(robot, window, "#ongoingTable");
                waitUntil("alice's chat listed", () -> onFx(() -> ongoing.getItems().stream().anyMatch(row -> row.conversationId() == chat)));
                waitUntil("its transfer button", () -> lookup(window, "#transfer-" + chat).isPresent());
                robot.clickOn(lookup(window, "#transfer-" + chat).orElseThrow());

                Stage dialog = WorkstationDriver.waitForDialog("#handOverDialog");
                ComboBox<Agent> colleagues = find(robot, dialog, "#handOverAgent");
                waitUntil("bob offered", () -> onFx(() -> colleagues.getItems().stream().anyMatch(agent -> agent.login().equals("bob"))));
                assertThat(onFx(() -> colleagues.getItems().stream().map(Agent::login).toList())).as("not to the agent who has it")
                        .doesNotContain("alice");
                onFx(() -> {
                    colleagues.setValue(colleagues.getItems().stream().filter(agent -> agent.login().equals("bob")).findFirst().orElseThrow());
                    return null;
                });
                TextArea reason = find(robot, dialog, "#handOverNote");
                robot.clickOn(reason).write("bob handles repairs");
                robot.clickOn((Node) find(robot, dialog, "#handOverConfirm"));

                JsonNode assigned = bob.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat,
                        "bob gets the chat").payload();
                JsonNode step = StreamSupport.stream(assigned.path("routing").path("history").spliterator(), false)
                        .filter(s -> s.path("type").asText().equals("TRANSFERRED")).reduce((a, b) -> b).orElseThrow();
                assertThat(step.path("note").asText()).isEqualTo("bob handles repairs");
                assertThat(alice.await(ChatMessages.LEFT).payload().path("by").asText()).isEqualTo("Carol 陈静");
                waitUntil("the dialog closed", () -> WorkstationDriver.dialog("#handOverDialog").isEmpty());
                waitUntil("the list shows bob serving it", () -> onFx(() -> ongoing.getItems().stream()
                        .anyMatch(row -> row.conversationId() == chat && row.agentName().equals("Bob 张伟"))));
            }
        }
    }

    @Test
    void aFlaggedMessageIsMarkedInTheWatchedChatAndAcknowledgedThere(@TempDir Path carolHome) throws Exception {
        ApiClient api = new ApiClient(server.baseUrl());
        String admin = api.token("admin", "switchboard");
        assertThat(api.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"CONFIRM\",\"words\":[\"微信号\",\"scam\"]}",
                ApiClient.JSON).status()).isEqualTo(200);
        try (SocketClient alice = online(api, "alice");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
            long chat = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            alice.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat, "alice gets the chat");
            long before = emma.say("加我微信号吧");

            try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
                Stage window = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
                robot.clickOn((Node) find(robot, window, "#nav-SUPERVISOR"));
                waitUntil("its open button", () -> lookup(window, "#watch-" + chat).isPresent());
                robot.clickOn(lookup(window, "#watch-" + chat).orElseThrow());

                waitUntil("the flag of the message sent before she watched", () -> flagText(window, before)
                        .filter("Sensitive words: 微信号"::equals).isPresent());
                long live = emma.say("this is a scam");
                waitUntil("the flag of a message sent while she watches", () -> flagText(window, live)
                        .filter("Sensitive words: scam"::equals).isPresent());

                waitUntil("its acknowledge button", () -> lookup(window, "#acknowledgeFlag-" + before).filter(Node::isVisible).isPresent());
                robot.clickOn(lookup(window, "#acknowledgeFlag-" + before).orElseThrow());
                waitUntil("who looked at it", () -> flagText(window, before).filter("Sensitive words: 微信号 · seen by Carol 陈静"::equals).isPresent());
                assertThat(lookup(window, "#acknowledgeFlag-" + before).filter(Node::isVisible)).as("acknowledged once").isEmpty();
                assertThat(lookup(window, "#acknowledgeFlag-" + live).filter(Node::isVisible)).as("the other still waits").isPresent();
                JsonNode waiting = api.get("/api/v1/sensitive-word-flags?acknowledged=false&conversationId=" + chat, admin).json();
                assertThat(StreamSupport.stream(waiting.spliterator(), false).map(f -> f.path("seq").asLong()).toList())
                        .as("the backend keeps it").containsExactly(live);
            }
        }
    }

    private Optional<String> flagText(Stage window, long seq) {
        return lookup(window, "#flag-" + seq).map(node -> onFx(((Label) node)::getText));
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
