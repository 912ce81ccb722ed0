package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.avatars.AvatarNode;
import dev.switchboard.app.internalchat.ui.TeamChatViewModel;
import dev.switchboard.app.platform.PngEncoder;
import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Colleagues' pictures in the team chat against a real backend: a colleague shows by their initials
 * on their colour until they have a picture, the picture one agent uploads appears in another's
 * conversation list and chat header without a reconnect, and a newer picture replaces it.
 */
class AvatarsUiTest {

    private static final int RED = 0xFFD62728;
    private static final int BLUE = 0xFF1F77B4;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @Test
    void aPictureAColleagueUploadsAppearsInTheTeamListAndTheChatHeader(@TempDir Path serverData, @TempDir Path bobHome) throws Exception {
        try (SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
             WorkstationDriver bob = WorkstationDriver.start(bobHome, server.baseUrl(), "bob", "switchboard")) {
            AdminClient alice = AdminClient.signIn(server.baseUrl(), "alice", "switchboard");
            long aliceId = AdminClient.signIn(server.baseUrl()).idOf("alice");
            Stage window = WorkstationDriver.waitForMainWindowOf("Bob 张伟");
            waitUntil("connected", () -> onFx(() -> ((Label) find(robot, window, "#connectionIndicator")).getText()).equals("Connected"));
            robot.clickOn((Node) find(robot, window, "#nav-TEAM_CHAT"));
            robot.clickOn((Node) find(robot, window, "#teamChatNew"));
            waitUntil("alice offered as a colleague", () -> robot.lookup("#teamChatWith-" + aliceId).tryQuery().isPresent());
            robot.clickOn(robot.lookup("#teamChatWith-" + aliceId).queryAs(Node.class));
            Label title = find(robot, window, "#teamChatTitle");
            waitUntil("the conversation with alice open", () -> onFx(title::getText).equals("Alice 王丽"));
            AvatarNode header = find(robot, window, "#teamChatHeaderAvatar");
            assertThat(onFx(header::picture)).as("no picture yet").isNull();
            assertThat(onFx(header::initials)).isEqualTo("A");

            alice.putBytes("/api/v1/me/avatar", square(RED));
            waitUntil("alice's picture in bob's chat header", () -> colourOf(onFx(header::picture)) == RED);
            waitUntil("and in his team list", () -> listed(window).map(node -> onFx(node::picture)).map(AvatarsUiTest::colourOf).orElse(0) == RED);

            alice.putBytes("/api/v1/me/avatar", square(BLUE));
            waitUntil("her newer picture replaces it", () -> colourOf(onFx(header::picture)) == BLUE
                    && listed(window).map(node -> onFx(node::picture)).map(AvatarsUiTest::colourOf).orElse(0) == BLUE);
        }
    }

    /** The picture in the conversation list's row of the conversation with alice, as drawn now (rows are redrawn as the team changes). */
    private Optional<AvatarNode> listed(Stage window) {
        ListView<?> list = find(robot, window, "#teamChatConversations");
        return onFx(() -> list.getItems().stream().map(item -> (TeamChatViewModel.ConversationItem) item)
                .filter(item -> item.title().equals("Alice 王丽")).findFirst()
                .map(item -> list.lookup("#teamChatConversation-" + item.id()))
                .map(row -> row == null ? null : row.lookup(".avatar"))
                .filter(AvatarNode.class::isInstance).map(AvatarNode.class::cast));
    }

    private static int colourOf(Image image) {
        return image == null ? 0 : image.getPixelReader().getArgb((int) image.getWidth() / 2, (int) image.getHeight() / 2);
    }

    private static byte[] square(int argb) {
        int[] pixels = new int[64 * 64];
        Arrays.fill(pixels, argb);
        return PngEncoder.encode(pixels, 64, 64);
    }
}
