package dev.switchboard.app.testing;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;

/**
 * What the TestFX tests of the chat UI share: the headless FX toolkit, a real backend (one for the
 * test class, or a fresh one for each test), agents signed in to real workstations (shut down after
 * each test), visitors speaking the widget protocol, and the way to a chat's tab and its nodes.
 * Register it in a static field:
 * <pre>{@code @RegisterExtension static final ChatUiFixture ui = ChatUiFixture.backendPerClass();}</pre>
 * Every wait polls for its condition with a deadline.
 */
public final class ChatUiFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The password of the demo accounts. */
    public static final String PASSWORD = "switchboard";

    private final boolean backendPerTest;
    private final FxRobot robot = new FxRobot();
    private final List<WorkstationDriver> workstations = new ArrayList<>();
    private SwitchboardServer server;
    private Path serverData;

    private ChatUiFixture(boolean backendPerTest) {
        this.backendPerTest = backendPerTest;
    }

    /** One backend for all tests of the class: faster, for tests whose chats do not meet. */
    public static ChatUiFixture backendPerClass() {
        return new ChatUiFixture(false);
    }

    /** A fresh backend for each test: for tests that count on an empty queue or a first chat. */
    public static ChatUiFixture backendPerTest() {
        return new ChatUiFixture(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        WorkstationDriver.initToolkit();
        if (!backendPerTest) {
            startBackend();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (backendPerTest) {
            startBackend();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            closeWorkstations();
        } finally {
            if (backendPerTest) {
                stopBackend();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!backendPerTest) {
            stopBackend();
        }
    }

    private void startBackend() throws IOException {
        serverData = Files.createTempDirectory("switchboard-ui-backend");
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    private void stopBackend() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            server = null;
            deleteTree(serverData);
        }
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public FxRobot robot() {
        return robot;
    }

    // --- agents ---

    /**
     * Starts a workstation on {@code home}, signs {@code login} in with the demo password and waits
     * for the main window of {@code displayName}; it is shut down after the test.
     */
    public Stage signIn(Path home, String login, String displayName) throws Exception {
        return start(home, login, PASSWORD, displayName);
    }

    /** Starts a workstation on {@code home} again, signed in from its cache (no password asked). */
    public Stage signInFromCache(Path home, String login, String displayName) throws Exception {
        return start(home, login, null, displayName);
    }

    private Stage start(Path home, String login, String password, String displayName) throws Exception {
        workstations.add(WorkstationDriver.start(home, baseUrl(), login, password));
        return WorkstationDriver.waitForMainWindowOf(displayName);
    }

    /** Shuts the workstations down (a restart test starts one again on the same home). */
    public void closeWorkstations() {
        try {
            for (WorkstationDriver workstation : workstations) {
                workstation.close();
            }
        } finally {
            workstations.clear();
        }
    }

    /** Waits until the workstation says it is connected. */
    public void awaitOnline(Stage main) {
        waitUntil("the agent online", () -> onFx(() -> ((Label) find(main, "#connectionIndicator")).getText()).equals("Connected"));
    }

    /** Shows the Chats page and waits until the workstation is connected. */
    public void onChatsPageOnline(Stage main) {
        robot.clickOn((Node) find(main, "#nav-CHATS"));
        awaitOnline(main);
    }

    // --- visitors and their chats ---

    /** A visitor on the page {@code url} of the test backend's site; close it (try-with-resources). */
    public TestVisitor visitor(String url, String title) throws Exception {
        return TestVisitor.arrive(baseUrl(), url, title);
    }

    /** The visitor, named {@code name}, starts a chat with the demo pre-chat question; answers its id. */
    public long startChat(TestVisitor visitor, String name) throws Exception {
        return visitor.startChat(Map.of("name", name, "question", TestVisitor.DEMO_QUESTION));
    }

    /** Waits for the chat's tab, brings it to front, and answers its content. */
    public Node showTab(Stage main, long conversationId) {
        Tab tab = awaitTab(main, conversationId);
        return onFx(() -> {
            tab.getTabPane().getSelectionModel().select(tab);
            return tab.getContent();
        });
    }

    /** The message box of the chat's tab, once the tab is there (the tab is not brought to front). */
    public TextArea inputOf(Stage main, long conversationId) {
        Tab tab = awaitTab(main, conversationId);
        return onFx(() -> (TextArea) robot.from(tab.getContent()).lookup("#chatInput").query());
    }

    private Tab awaitTab(Stage main, long conversationId) {
        TabPane tabs = find(main, "#chatTabs");
        String id = "chatTab-" + conversationId;
        waitUntil("the tab of chat " + conversationId, () -> onFx(() -> tabs.getTabs().stream().anyMatch(tab -> id.equals(tab.getId()))));
        return onFx(() -> tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow());
    }

    // --- nodes ---

    /** Looks a node up inside one window. */
    public <T extends Node> T find(Stage window, String query) {
        return WorkstationDriver.find(robot, window, query);
    }

    /** Looks a node up inside a part of a window, e.g. one tab's content. */
    public <T extends Node> T find(Node within, String query) {
        return WorkstationDriver.find(robot, within, query);
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test backend's data in " + root, e);
        }
    }
}
