package dev.switchboard.app.platform;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.settings.Language;
import dev.switchboard.app.testing.WorkstationDriver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chinese UI text is drawn with real glyphs, not the missing-glyph box, in windows themed the way
 * the workstation themes them and in their popups. Rendered with the same font lookup as the
 * desktop (JavaFX's native font factory over fontconfig; Monocle only replaces the window system),
 * so with CI's fonts-noto-cjk this fails whenever the workstation leaves Chinese to JavaFX's
 * default font. Each character is rendered alone and compared, pixel by pixel, with a code point
 * that no font has: a missing glyph looks the same whatever character it stands for.
 */
class ChineseTextRenderingTest {

    /** Unassigned in Unicode (Greek and Coptic block), so every font draws its missing glyph for it. */
    private static final String NO_SUCH_CHARACTER = "\u0378";

    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @AfterEach
    void closeWindow() {
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            return null;
        });
    }

    @Test
    void theLanguagePickersChineseAndChineseLabelsShowGlyphs() {
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        onFx(() -> {
            show(new VBox(new Label(chinese.get("settings.language"))));
            return null;
        });

        assertDrawnWithGlyphs(Language.SIMPLIFIED_CHINESE.nativeName() + chinese.get("login.password"));
    }

    @Test
    void aContextMenuOfAThemedWindowShowsGlyphs() {
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        String text = chinese.get("login.signIn");
        ContextMenu menu = onFx(() -> {
            Label owner = new Label("Switchboard");
            show(new VBox(owner));
            ContextMenu contextMenu = new ContextMenu(new MenuItem(text));
            contextMenu.show(owner, 10, 10);
            return contextMenu;
        });
        waitUntil("the context menu", () -> onFx(() -> menu.isShowing() && menu.getScene().getRoot().lookup(".menu-item") != null));

        List<WritableImage> glyphs = new ArrayList<>();
        for (String character : characters(text + NO_SUCH_CHARACTER)) {
            glyphs.add(onFx(() -> {
                menu.getItems().get(0).setText(character);
                menu.getScene().getRoot().applyCss();
                menu.getScene().getRoot().layout();
                Node label = menu.getScene().getRoot().lookup(".menu-item .label");
                return label.snapshot(null, null);
            }));
        }
        onFx(() -> {
            menu.hide();
            return null;
        });

        assertDistinctGlyphs(text, glyphs);
    }

    /** Renders each character of {@code text} in a label of the themed window and compares them. */
    private void assertDrawnWithGlyphs(String text) {
        Label probe = onFx(() -> {
            Label label = new Label();
            ((VBox) stage.getScene().getRoot()).getChildren().add(label);
            return label;
        });
        List<WritableImage> glyphs = new ArrayList<>();
        for (String character : characters(text + NO_SUCH_CHARACTER)) {
            glyphs.add(onFx(() -> {
                probe.setText(character);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return probe.snapshot(null, null);
            }));
        }
        assertDistinctGlyphs(text, glyphs);
    }

    /** The last image is the missing glyph; every other one must differ from it and from each other. */
    private static void assertDistinctGlyphs(String text, List<WritableImage> glyphs) {
        List<String> characters = characters(text);
        WritableImage missing = glyphs.get(glyphs.size() - 1);
        assertThat(ink(missing)).as("the missing glyph draws something to compare with").isPositive();
        for (int i = 0; i < characters.size(); i++) {
            assertThat(samePixels(glyphs.get(i), missing))
                    .as("'%s' is drawn as the missing-glyph box", characters.get(i)).isFalse();
            for (int j = i + 1; j < characters.size(); j++) {
                if (!characters.get(i).equals(characters.get(j))) {
                    assertThat(samePixels(glyphs.get(i), glyphs.get(j)))
                            .as("'%s' and '%s' look the same", characters.get(i), characters.get(j)).isFalse();
                }
            }
        }
    }

    private void show(VBox root) {
        stage = new Stage();
        Scene scene = new Scene(root, 320, 200);
        new ThemeManager(AppTheme.LIGHT).register(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static List<String> characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        return Arrays.equals(pixels(a), pixels(b));
    }

    /** Size and ARGB values of every pixel. */
    private static int[] pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height + 2];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = reader.getArgb(x, y);
            }
        }
        argb[width * height] = width;
        argb[width * height + 1] = height;
        return argb;
    }

    /** How many pixels are not the background (the top-left one). */
    private static long ink(WritableImage image) {
        int[] argb = pixels(image);
        int background = argb[0];
        return Arrays.stream(argb, 0, argb.length - 2).filter(pixel -> pixel != background).count();
    }
}
