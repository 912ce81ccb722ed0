package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.ChatMessages;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import javafx.scene.control.CheckBox;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A group that requires a wrap-up: when alice's chat ends, the wrap-up panel asks for it and shows
 * the visitor's rating; the next visitor waits until she saves it, then comes to her.
 */
class WrapUpUiTest {

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
    void aRequiredWrapUpComesBeforeTheNextChat(@TempDir Path aliceHome) throws Exception {
        AdminClient admin = AdminClient.signIn(server.baseUrl());
        long presales = StreamSupport.stream(admin.get("/api/v1/groups").spliterator(), false)
                .filter(group -> group.path("name").asText().equals("售前 Pre-sales")).findFirst().orElseThrow().path("id").asLong();
        admin.put("/api/v1/groups/" + presales + "/wrap-up", "{\"mode\":\"REQUIRED\",\"timeLimitSeconds\":600}");
        long repairs = StreamSupport.stream(admin.get("/api/v1/wrap-up/categories").spliterator(), false)
                .filter(category -> category.path("name").asText().equals("维修 Repairs")).findFirst().orElseThrow().path("id").asLong();

        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/help", "Help");
             TestVisitor liLei = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/help", "Help")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, window, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            VBox panel = find(robot, window, "#wrapUpPanel");
            assertThat(onFx(panel::isVisible)).as("nothing owed yet").isFalse();

            emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            emma.say("洗衣机坏了");
            waitUntil("alice holds emma's chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));
            emma.endChat();
            waitUntil("the wrap-up panel", () -> onFx(panel::isVisible));
            Label title = find(robot, window, "#wrapUpTitle");
            assertThat(onFx(title::getText)).isEqualTo("Wrap up the chat with Emma");
            Label due = find(robot, window, "#wrapUpDue");
            assertThat(onFx(due::getText)).startsWith("Required before your next chat");

            emma.rate(4, "回复很快");
            Label rating = find(robot, window, "#wrapUpRating");
            waitUntil("the visitor's rating, live", () -> onFx(rating::getText).equals("The visitor rated it ★★★★☆ “回复很快”"));

            liLei.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            liLei.await(ChatMessages.STATUS, status -> status.path("status").asText().equals("QUEUED"));
            assertThat(onFx(load::getText)).as("no new chat while the wrap-up is owed").matches("0 / \\d+ chats");

            Node submit = find(robot, window, "#wrapUpSubmit");
            // under "My work" the panel may not fit the test's window: it scrolls (it was cut off, out of reach)
            WorkstationDriver.reveal(submit);
            robot.clickOn(submit);
            Label error = find(robot, window, "#wrapUpError");
            waitUntil("a category is asked for", () -> onFx(error::getText).equals("Pick at least one category"));
            // the panel shares the navigation column: in the test's small window the category may be scrolled out of sight
            CheckBox category = find(robot, window, "#wrapUpCategory-" + repairs);
            onFx(() -> {
                category.setSelected(true);
                ((javafx.scene.control.TextArea) window.getScene().getRoot().lookup("#wrapUpSummary")).setText("上门维修已登记");
                return null;
            });
            WorkstationDriver.reveal(submit);
            robot.clickOn(submit);

            waitUntil("the panel closes", () -> !onFx(panel::isVisible));
            liLei.await(ChatMessages.STATUS, status -> status.path("status").asText().equals("ACTIVE"));
            waitUntil("li lei's chat comes to alice", () -> onFx(load::getText).matches("1 / \\d+ chats"));
            var filed = admin.get("/api/v1/history?categoryId=" + repairs);
            assertThat(filed.path("entries").get(0).path("wrapUp").path("summary").asText()).isEqualTo("上门维修已登记");
        }
    }
}
