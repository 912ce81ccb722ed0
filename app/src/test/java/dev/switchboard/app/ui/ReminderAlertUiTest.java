package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.infra.AdjustableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The backend's reminder that a visitor waits for the agent's answer shows as an alert in the workstation. */
class ReminderAlertUiTest {

    @TempDir
    static Path serverData;
    private static final AdjustableClock CLOCK = new AdjustableClock(Instant.now());
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData).withClock(CLOCK));
        AdminClient.signIn(server.baseUrl()).put("/api/v1/sites/default/auto-messages", "{\"agentReminderSeconds\":60}");
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
    void aVisitorWaitingTooLongForTheAnswerRaisesAWarningNamingThem(@TempDir Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
        Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
        waitUntil("the agent online", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText()).equals("Connected"));
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            visitor.await("chat.status", status -> "ACTIVE".equals(status.path("status").asText()));
            visitor.say("X2 还有货吗？");
            // the sweep reads the question first, then finds it unanswered a minute later
            server.sweepAutomaticMessagesNow();
            CLOCK.advance(Duration.ofSeconds(61));
            server.sweepAutomaticMessagesNow();

            waitUntil("the reminder", () -> lookup(main, "#alert-reminder-" + id).isPresent());
            Notification alert = (Notification) lookup(main, "#alert-reminder-" + id).orElseThrow();
            // minutes on the workstation's own clock, which the test does not move
            assertThat(onFx(alert::getMessage)).startsWith("Li Lei has waited ").endsWith(" min for your answer");
        }
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
