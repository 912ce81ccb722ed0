package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.ChatUiFixture;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures in a chat against a real backend: one that arrives is shown whole at the end of the
 * list, and opening pictures uses one viewer window, which Esc closes.
 */
class ChatImagesUiTest {

    @RegisterExtension
    static final ChatUiFixture ui = ChatUiFixture.backendPerTest();
    private final FxRobot robot = ui.robot();

    @Test
    void aPictureThatArrivesIsScrolledIntoViewWhole(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/returns", "Returns")) {
            Node tab = openChat(main, visitor);
            ListView<?> messages = ui.find(tab, "#chatMessages");
            for (int i = 1; i <= 12; i++) {
                visitor.say("Line " + i + " of the story of my broken parcel");
            }
            waitUntil("more lines than the list shows at once", () -> onFx(() -> messages.lookupAll(".scroll-bar").stream()
                    .anyMatch(bar -> bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.VERTICAL && scroll.isVisible())));

            visitor.sendFile("parcel.png", png(400, 800));
            String[] seen = {"nothing yet"};
            try {
                waitUntil("the picture shown whole at the bottom of the list", () -> onFx(() -> {
                    Node frame = thumbnail(messages, "parcel.png");
                    if (frame == null || ((ImageView) frame.lookup(".chat-thumbnail")).getImage() == null) {
                        seen[0] = (frame == null ? "no thumbnail shown" : "the thumbnail not loaded") + "; " + messages.getItems().size()
                                + " lines, cells shown: " + messages.lookupAll(".list-cell").stream().filter(cell -> cell.isVisible())
                                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getIndex() + "").toList()
                                + ", frames: " + messages.lookupAll(".chat-thumbnail-frame").stream()
                                .map(node -> node.getAccessibleText() + "/" + shown(node)).toList();
                        return false;
                    }
                    Bounds picture = frame.localToScene(frame.getBoundsInLocal());
                    Bounds list = messages.localToScene(messages.getLayoutBounds());
                    seen[0] = "picture " + picture + " in list " + list;
                    return picture.getHeight() > 200 && picture.getMinY() >= list.getMinY() && picture.getMaxY() <= list.getMaxY();
                }));
            } catch (AssertionError notShown) {
                throw new AssertionError(notShown.getMessage() + "; last seen: " + seen[0], notShown);
            }
        }
    }

    @Test
    void picturesOpenInOneViewerWindowThatEscapeCloses(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/returns", "Returns")) {
            Node tab = openChat(main, visitor);
            visitor.sendFile("front.png", png(900, 600));
            visitor.sendFile("back.png", png(300, 200));
            ListView<?> messages = ui.find(tab, "#chatMessages");
            waitUntil("both thumbnails", () -> onFx(() -> thumbnail(messages, "front.png") != null && thumbnail(messages, "back.png") != null));

            clickThumbnail(messages, "front.png");
            Stage viewer = WorkstationDriver.waitForDialog("#imageViewer");
            // out of the way of the chat's thumbnails, as an agent would put it: side by side, so
            // that no click meant for a thumbnail can land on the viewer (it failed about one run in
            // eight while the viewer overlapped the main window and came back to the front)
            onFx(() -> {
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                viewer.setWidth(360);
                viewer.setHeight(280);
                viewer.setX(screen.getMaxX() - 360);
                viewer.setY(screen.getMaxY() - 280);
                main.setX(screen.getMinX());
                main.setWidth(Math.min(main.getWidth(), screen.getWidth() - 380));
                return null;
            });
            waitUntil("the first picture in the viewer", () -> "front.png".equals(onFx(viewer::getTitle)));
            ImageView picture = ui.find(viewer, "#imageViewerPicture");
            waitUntil("loaded", () -> onFx(() -> picture.getImage() != null && picture.getImage().getWidth() == 900));

            // back in the chat's window (the headless desktop gives a click only to the window in front)
            onFx(() -> {
                main.toFront();
                main.requestFocus();
                return null;
            });
            waitUntil("the chat's window in front", () -> onFx(main::isFocused));
            clickThumbnail(messages, "back.png");
            waitUntil("the second picture in the same window", () -> "back.png".equals(onFx(viewer::getTitle)));
            assertThat(viewerWindows()).as("one viewer window").isEqualTo(1);
            assertThat(WorkstationDriver.dialog("#imageViewer")).contains(viewer);

            robot.clickOn(picture);
            robot.type(KeyCode.ESCAPE);
            waitUntil("Escape closes the viewer", () -> WorkstationDriver.dialog("#imageViewer").isEmpty());
            waitUntil("the chat's window in front again", () -> onFx(main::isFocused));
            clickThumbnail(messages, "front.png");
            waitUntil("the viewer opens again", () -> WorkstationDriver.dialog("#imageViewer").isPresent());
            assertThat(viewerWindows()).isEqualTo(1);
        }
    }

    /**
     * Clicks the file's thumbnail once the list is quiet. A list draws its cells anew as it scrolls
     * to new lines (again a moment later, see FollowingScroll), and a thumbnail drawn anew between
     * the press and the release of the mouse gets no click: the same node must stay after the FX
     * events queued so far have run.
     */
    private void clickThumbnail(ListView<?> messages, String fileName) {
        Node[] seen = {null};
        waitUntil(fileName + " drawn and staying", () -> {
            WaitForAsyncUtils.waitForFxEvents();
            Node now = onFx(() -> thumbnail(messages, fileName));
            boolean stays = now != null && now == seen[0];
            seen[0] = now;
            return stays;
        });
        robot.clickOn(seen[0]);
    }

    /** The shown thumbnail of the file: a list keeps hidden cells for reuse, which do not count. */
    private static Node thumbnail(ListView<?> messages, String fileName) {
        return messages.lookupAll(".chat-thumbnail-frame").stream()
                .filter(frame -> fileName.equals(frame.getAccessibleText()) && shown(frame))
                .findFirst().orElse(null);
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static long viewerWindows() {
        return onFx(() -> Window.getWindows().stream()
                .filter(window -> window.isShowing() && window.getScene() != null && window.getScene().getRoot() != null
                        && "imageViewer".equals(window.getScene().getRoot().getId()))
                .count());
    }

    /** Shows the Chats page online, starts the visitor's chat and answers its tab's content. */
    private Node openChat(Stage main, TestVisitor visitor) throws Exception {
        ui.onChatsPageOnline(main);
        return ui.showTab(main, ui.startChat(visitor, "Han Meimei"));
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(30, 120, 200));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(240, 200, 40));
        graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
