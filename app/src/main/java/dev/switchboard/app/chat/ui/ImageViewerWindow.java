package dev.switchboard.app.chat.ui;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.shared.chat.Attachment;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;

/**
 * The one picture viewer window of a chats page: a second picture opened shows in the same window,
 * which keeps the size the agent gave it. Esc or closing hides it until the next picture; the page
 * closes it for good when it goes. FX thread.
 */
final class ImageViewerWindow {

    private final ThemeManager themes;
    private final I18n i18n;
    private final Function<Attachment, CompletableFuture<Image>> pictures;
    private final ImageViewerView.SaveTarget saveTarget;
    private final ImageViewerViewModel model = new ImageViewerViewModel();
    private ViewWindow window;

    ImageViewerWindow(ThemeManager themes, I18n i18n, Function<Attachment, CompletableFuture<Image>> pictures,
                      ImageViewerView.SaveTarget saveTarget) {
        this.themes = themes;
        this.i18n = i18n;
        this.pictures = pictures;
        this.saveTarget = saveTarget;
    }

    /** Shows {@code picture} fitted to the window, opening the window if it is not open; {@code saveTo} saves it. */
    void show(Attachment picture, Consumer<Path> saveTo) {
        if (window == null) {
            ImageViewerView view = new ImageViewerView(model, i18n, pictures, saveTarget, this::hide);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            window = new ViewWindow(view, themes, model.title(), Math.min(1000, screen.getWidth() * 0.8),
                    Math.min(760, screen.getHeight() * 0.8))
                    .minSize(360, 280)
                    .onCloseRequest(this::hide);
        }
        model.show(picture, saveTo);
        window.show();
        window.stage().requestFocus();
    }

    private void hide() {
        if (window != null) {
            window.hide();
        }
    }

    void close() {
        if (window != null) {
            window.close();
            window = null;
        }
    }

    boolean showing() {
        return window != null && window.stage().isShowing();
    }
}
