package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.MAIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.settings.Language;
import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An agent's settings follow them to another PC (another data folder here) through a real
 * backend, and what they change while the server is away reaches it when it is back, merged field
 * by field with what was stored from elsewhere meanwhile.
 */
class SettingsFollowTheAgentUiTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @AfterEach
    void lightAgain() {
        // the theme is also the JVM's default for popups: back to the light one of the other tests
        onFx(() -> {
            Application.setUserAgentStylesheet(AppTheme.LIGHT.userAgentStylesheet());
            return null;
        });
    }

    @Test
    void theLanguageChosenOnOnePcIsTheOneOnTheNext(@TempDir Path serverData, @TempDir Path firstPc, @TempDir Path secondPc)
            throws Exception {
        try (SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData))) {
            AdminClient alice = AdminClient.signIn(server.baseUrl(), "alice", "switchboard");
            try (WorkstationDriver first = WorkstationDriver.start(firstPc, server.baseUrl(), "alice", "switchboard")) {
                Stage settings = openSettings(WorkstationDriver.waitForMainWindowOf("Alice 王丽"));
                ComboBox<Language> language = find(robot, settings, "#settingsLanguage");
                onFx(() -> {
                    language.setValue(Language.SIMPLIFIED_CHINESE);
                    return null;
                });
                waitUntil("the server keeps alice's language", () -> "zh-CN".equals(alice.get("/api/v1/me/settings").path("language").asText()));
            }

            try (WorkstationDriver second = WorkstationDriver.start(secondPc, server.baseUrl(), "alice", "switchboard")) {
                Stage main = second.waitForWindow(MAIN_TITLE);
                Stage settings = openSettings(main);
                waitUntil("the second PC speaks Chinese", () -> "设置".equals(onFx(settings::getTitle)));
                ComboBox<Language> language = find(robot, settings, "#settingsLanguage");
                assertThat(onFx(language::getValue)).isEqualTo(Language.SIMPLIFIED_CHINESE);
            }
        }
    }

    @Test
    void aSecondOpenWorkstationOfTheAccountFollowsALanguageChangedOnTheFirstWithoutReconnecting(@TempDir Path serverData,
            @TempDir Path firstPc, @TempDir Path secondPc) throws Exception {
        try (SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData))) {
            AdminClient alice = AdminClient.signIn(server.baseUrl(), "alice", "switchboard");
            try (WorkstationDriver first = WorkstationDriver.start(firstPc, server.baseUrl(), "alice", "switchboard")) {
                Stage firstMain = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
                waitUntil("the first PC's settings became the account's", () -> alice.get("/api/v1/me/settings").path("version").asLong() == 1);
                try (WorkstationDriver second = WorkstationDriver.start(secondPc, server.baseUrl(), "alice", "switchboard")) {
                    waitUntil("the second PC's main window", () -> otherMainWindow(firstMain) != null);
                    Stage secondMain = otherMainWindow(firstMain);
                    Label secondConnection = find(robot, secondMain, "#connectionIndicator");
                    waitUntil("the second PC connected", () -> "Connected".equals(onFx(secondConnection::getText)));
                    Stage secondSettings = openSettings(secondMain);
                    Stage firstSettings = openSettings(firstMain, secondSettings);
                    ComboBox<Language> language = find(robot, firstSettings, "#settingsLanguage");
                    onFx(() -> {
                        language.setValue(Language.SIMPLIFIED_CHINESE);
                        return null;
                    });

                    waitUntil("the second PC speaks Chinese while open", () -> "设置".equals(onFx(secondSettings::getTitle)));
                    ComboBox<Language> secondLanguage = find(robot, secondSettings, "#settingsLanguage");
                    assertThat(onFx(secondLanguage::getValue)).isEqualTo(Language.SIMPLIFIED_CHINESE);
                    assertThat(alice.get("/api/v1/me/settings").path("version").asLong())
                            .as("the second PC took the change without storing it back").isEqualTo(2);
                }
            }
        }
    }

    @Test
    void aChangeMadeOfflineReachesTheServerOnReconnectMergedWithWhatAnotherPcStoredMeanwhile(@TempDir Path serverData,
            @TempDir Path pc) throws Exception {
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        int port = server.port();
        String url = server.baseUrl();
        AdminClient alice = AdminClient.signIn(url, "alice", "switchboard");
        try (WorkstationDriver online = WorkstationDriver.start(pc, url, "alice", "switchboard")) {
            online.waitForWindow(MAIN_TITLE);
            waitUntil("the first PC's settings became the account's", () -> alice.get("/api/v1/me/settings").path("version").asLong() == 1);
        }
        JsonNode stored = alice.get("/api/v1/me/settings");
        assertThat(stored.path("language").asText()).isEqualTo("en");
        assertThat(stored.path("theme").asText()).isEqualTo("LIGHT");
        // another PC changes the language while this one is off
        alice.put("/api/v1/me/settings", ((com.fasterxml.jackson.databind.node.ObjectNode) stored.deepCopy()).put("language", "zh-CN").toString());
        server.close();

        try (WorkstationDriver offline = WorkstationDriver.start(pc, url, "alice", null)) {
            Stage main = offline.waitForWindow(MAIN_TITLE);
            Label connection = find(robot, main, "#connectionIndicator");
            waitUntil("offline", () -> "Reconnecting…".equals(onFx(connection::getText)));
            Stage settings = openSettings(main);
            assertThat(onFx(settings::getTitle)).as("the cached language while offline").isEqualTo("Settings");
            ToggleButton dark = find(robot, settings, "#themeDark");
            robot.clickOn(dark);
            waitUntil("dark while offline", () -> onFx(dark::isSelected));

            SwitchboardServer back = SwitchboardServer.start(ServerConfig.forTests(serverData).withPort(port));
            try {
                waitUntil("the offline theme and the other PC's language both on the server", () -> {
                    JsonNode now = alice.get("/api/v1/me/settings");
                    return "DARK".equals(now.path("theme").asText()) && "zh-CN".equals(now.path("language").asText());
                });
                waitUntil("and in effect here", () -> "设置".equals(onFx(settings::getTitle)));
                assertThat(onFx(dark::isSelected)).as("the theme changed here stays").isTrue();
                assertThat(alice.get("/api/v1/me/settings").path("version").asLong()).isEqualTo(3);
            } finally {
                back.close();
            }
        }
    }

    private Stage openSettings(Stage main) {
        return openSettings(main, null);
    }

    /** Opens the settings of {@code main}'s workstation while {@code openElsewhere} (or none) shows another's. */
    private Stage openSettings(Stage main, Stage openElsewhere) {
        MenuButton userMenu = find(robot, main, "#userMenu");
        onFx(() -> {
            userMenu.getItems().stream().filter(item -> "settingsItem".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        waitUntil("a settings window", () -> settingsWindowOtherThan(openElsewhere) != null);
        return settingsWindowOtherThan(openElsewhere);
    }

    private static Stage settingsWindowOtherThan(Stage other) {
        return onFx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage != other && stage.isShowing() && stage.getScene() != null
                        && "settingsPage".equals(stage.getScene().getRoot().getId()))
                .map(Stage.class::cast).findFirst().orElse(null));
    }

    /** The main window of the other workstation signed in as the same agent. */
    private static Stage otherMainWindow(Stage first) {
        return onFx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage != first && stage.isShowing() && stage.getScene() != null
                        && stage.getScene().getRoot().lookup("#userMenu") != null)
                .map(Stage.class::cast).findFirst().orElse(null));
    }
}
