package dev.switchboard.app.platform;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window showing one view: themed through the {@link ThemeManager}, the view active while
 * the window shows, everything released on {@link #close()}. FX thread.
 */
public final class ViewWindow {

    /** As width or height: as large as the view wants. */
    public static final double FIT = -1;

    private final View<? extends Parent> view;
    private final ThemeManager themes;
    private final Stage stage = new Stage();
    private final Scene scene;

    public ViewWindow(View<? extends Parent> view, ThemeManager themes, ObservableValue<String> title,
                      double width, double height) {
        this.view = view;
        this.themes = themes;
        this.scene = new Scene(view.root(), width, height);
        stage.setScene(scene);
        stage.titleProperty().bind(title);
        themes.register(scene);
    }

    /** Makes this a dialog of {@code owner}, blocking it while open. Call before the first show. */
    public ViewWindow modalTo(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        return this;
    }

    /** Runs {@code handler} instead of closing when the user closes the window. */
    public ViewWindow onCloseRequest(Runnable handler) {
        stage.setOnCloseRequest(event -> {
            event.consume();
            handler.run();
        });
        return this;
    }

    /**
     * Keeps a window the user cannot resize as tall as its view wants: a message that appears
     * (e.g. a field's error) makes the window grow instead of squeezing other texts to an ellipsis.
     */
    public ViewWindow followsContentHeight() {
        Parent root = view.root();
        root.needsLayoutProperty().addListener((observable, was, needs) -> {
            if (!needs && stage.isShowing() && Math.abs(root.prefHeight(scene.getWidth()) - scene.getHeight()) > 0.5) {
                stage.sizeToScene();
            }
        });
        return this;
    }

    /**
     * Keeps a window the user may resize at least as large as its view wants: texts that grow
     * (another language, a message that appears) make the window grow instead of being cut to an
     * ellipsis. The user can make it larger, not smaller than that (nor than the screen allows).
     */
    public ViewWindow growsWithContent() {
        Parent root = view.root();
        root.needsLayoutProperty().addListener((observable, was, needs) -> {
            if (needs || !stage.isShowing() || scene.getWidth() <= 0 || Double.isNaN(stage.getWidth())) {
                return;
            }
            Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1).stream().findFirst()
                    .orElse(Screen.getPrimary()).getVisualBounds();
            double frameWidth = stage.getWidth() - scene.getWidth();
            double frameHeight = stage.getHeight() - scene.getHeight();
            double width = Math.min(root.prefWidth(-1), screen.getWidth() - frameWidth);
            double height = Math.min(root.prefHeight(width), screen.getHeight() - frameHeight);
            stage.setMinWidth(width + frameWidth);
            stage.setMinHeight(height + frameHeight);
            if (scene.getWidth() + 0.5 < width) {
                stage.setWidth(width + frameWidth);
            }
            double needed = Math.min(root.prefHeight(Math.max(width, scene.getWidth())), screen.getHeight() - frameHeight);
            if (scene.getHeight() + 0.5 < needed) {
                stage.setHeight(needed + frameHeight);
            }
        });
        return this;
    }

    public ViewWindow minSize(double width, double height) {
        stage.setMinWidth(width);
        stage.setMinHeight(height);
        return this;
    }

    public void show() {
        view.activate();
        stage.show();
        stage.toFront();
    }

    /** Hides the window but keeps the view active (e.g. minimised to the tray). */
    public void hide() {
        stage.hide();
    }

    public void close() {
        stage.hide();
        view.deactivate();
        stage.titleProperty().unbind();
        themes.unregister(scene);
    }

    public Stage stage() {
        return stage;
    }
}
