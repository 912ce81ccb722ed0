package dev.switchboard.app.chat.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.shared.chat.Attachment;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The picture viewer on its own: fit, 100%, zoom by button and wheel, save as, Esc, and one window for every picture. */
class ImageViewerUiTest {

    private static final Path CHOSEN = Path.of("/tmp/chosen/receipt.png");

    private final FxRobot robot = new FxRobot();
    private final List<Path> saved = new CopyOnWriteArrayList<>();
    private final List<String> offeredNames = new CopyOnWriteArrayList<>();
    private ImageViewerWindow viewer;

    @BeforeAll
    static void startToolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @AfterEach
    void close() {
        onFx(() -> {
            viewer.close();
            return null;
        });
    }

    @Test
    void aPictureIsFittedZoomedSavedAndEscapeClosesTheOneWindow() {
        viewer = onFx(() -> new ImageViewerWindow(new ThemeManager(AppTheme.LIGHT), new I18n(Locale.ENGLISH),
                attachment -> CompletableFuture.completedFuture(picture(attachment.width(), attachment.height())),
                (owner, suggestedName) -> {
                    offeredNames.add(suggestedName);
                    return Optional.of(CHOSEN);
                }));
        show(attachment("receipt.png", 3000, 2000));
        Stage window = WorkstationDriver.waitForDialog("#imageViewer");
        assertThat(onFx(window::getTitle)).isEqualTo("receipt.png");
        Label zoom = robot.from(window.getScene().getRoot()).lookup("#imageZoom").query();
        waitUntil("fitted: smaller than 100%", () -> percent(zoom) > 0 && percent(zoom) < 50);
        int fitted = percent(zoom);

        robot.clickOn("#imageActualSize");
        waitUntil("pixel for pixel", () -> percent(zoom) == 100);
        robot.clickOn("#imageZoomIn");
        waitUntil("one step larger", () -> percent(zoom) == 125);
        robot.clickOn("#imageZoomOut");
        robot.clickOn("#imageZoomOut");
        waitUntil("two steps smaller", () -> percent(zoom) == 80);
        robot.moveTo("#imageScroll").scroll(2, VerticalDirection.DOWN);
        waitUntil("the wheel zooms", () -> percent(zoom) != 80);
        robot.clickOn("#imageFit");
        try {
            waitUntil("fitted again", () -> percent(zoom) == fitted);
        } catch (AssertionError notFitted) {
            throw new AssertionError(notFitted.getMessage() + ": " + percent(zoom) + "% instead of " + fitted + "%", notFitted);
        }

        robot.clickOn("#imageSave");
        assertThat(offeredNames).containsExactly("receipt.png");
        assertThat(saved).containsExactly(CHOSEN);

        robot.type(KeyCode.ESCAPE);
        waitUntil("Escape closes the viewer", () -> WorkstationDriver.dialog("#imageViewer").isEmpty());

        show(attachment("label.png", 200, 100));
        Stage again = WorkstationDriver.waitForDialog("#imageViewer");
        assertThat(again).as("the same window").isSameAs(window);
        waitUntil("the next picture, not enlarged", () -> "label.png".equals(onFx(again::getTitle)) && percent(zoom) == 100);
        show(attachment("receipt.png", 3000, 2000));
        waitUntil("a picture opened while it shows replaces the one shown", () -> "receipt.png".equals(onFx(again::getTitle))
                && percent(zoom) == fitted);
        assertThat(WorkstationDriver.dialog("#imageViewer")).contains(window);
    }

    private void show(Attachment attachment) {
        onFx(() -> {
            viewer.show(attachment, saved::add);
            return null;
        });
    }

    private static int percent(Label zoom) {
        String text = onFx(zoom::getText);
        return text == null || text.isEmpty() ? -1 : Integer.parseInt(text.replace("%", ""));
    }

    private static Attachment attachment(String name, int width, int height) {
        return new Attachment("id-" + name, name, "image/png", 1000, width, height, true);
    }

    private static Image picture(int width, int height) {
        return new WritableImage(width, height);
    }
}
