package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.supervisor.AgentRow;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.ApiClient;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Away with a reason from the status menu, and a supervisor setting an agent's status from the team table (ADR 0013). */
class StatusReasonsUiTest {

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
    void aliceGoesAwayForAMealAndCarolSetsHerOnlineAgain(@TempDir Path aliceHome, @TempDir Path carolHome) throws Exception {
        ApiClient api = new ApiClient(server.baseUrl());
        String carolToken = api.token("carol", "switchboard");
        long meal = StreamSupport.stream(api.get("/api/v1/away-reasons", carolToken).json().spliterator(), false)
                .filter(reason -> reason.path("name").asText().equals("Meal")).findFirst().orElseThrow().path("id").asLong();
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            MenuButton switcher = find(robot, window, "#statusSwitcher");
            waitUntil("the meal among her choices", () -> onFx(() -> switcher.getItems().stream()
                    .anyMatch(item -> ("status-AWAY-" + meal).equals(item.getId()) && "Away · Meal".equals(item.getText()))));

            onFx(() -> {
                switcher.getItems().stream().filter(item -> ("status-AWAY-" + meal).equals(item.getId())).findFirst().orElseThrow().fire();
                return null;
            });

            waitUntil("her header says why she is away", () -> "Away · Meal".equals(onFx(switcher::getText)));
            JsonNode agent = agent(api, carolToken, "alice");
            assertThat(agent.path("status").asText()).isEqualTo("AWAY");
            assertThat(agent.path("statusReasonId").asLong()).isEqualTo(meal);

            try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
                Stage carolWindow = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
                robot.clickOn((Node) find(robot, carolWindow, "#nav-SUPERVISOR"));
                TableView<AgentRow> team = find(robot, carolWindow, "#agentsTable");
                long aliceId = agent.path("id").asLong();
                waitUntil("alice's row", () -> robot.from(carolWindow.getScene().getRoot()).lookup("#agentRow-" + aliceId).tryQuery().isPresent());
                TableRow<?> row = robot.from(carolWindow.getScene().getRoot()).lookup("#agentRow-" + aliceId).query();
                onFx(() -> {
                    row.getContextMenu().getItems().stream().filter(item -> "setStatus-ONLINE".equals(item.getId())).findFirst().orElseThrow().fire();
                    return null;
                });

                waitUntil("alice online again, as carol set", () -> "Online".equals(onFx(switcher::getText)));
                assertThat(onFx(() -> team.getItems().size())).isGreaterThan(1);
            }
        }
    }

    private static JsonNode agent(ApiClient api, String token, String login) {
        return StreamSupport.stream(api.get("/api/v1/agents", token).json().spliterator(), false)
                .filter(agent -> agent.path("login").asText().equals(login)).findFirst().orElseThrow();
    }
}
