package dev.switchboard.app.platform;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
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
     * Keeps a window the user may resize at least as large as its view needs: texts that grow
     * (another language, a message that appears) make the window grow instead of being cut to an
     * ellipsis; the user can make it larger, never smaller than that.
     */
    public ViewWindow growsWithContent() {
        Parent root = view.root();
        root.needsLayoutProperty().addListener((observable, was, needs) -> {
            if (needs || !stage.isShowing()) {
                return;
            }
            double width = Math.max(scene.getWidth(), root.prefWidth(-1));
            double height = Math.max(scene.getHeight(), root.prefHeight(width));
            if (width > scene.getWidth() + 0.5 || height > scene.getHeight() + 0.5) {
                stage.setWidth(stage.getWidth() + width - scene.getWidth());
                stage.setHeight(stage.getHeight() + height - scene.getHeight());
            }
            stage.setMinWidth(stage.getWidth() - scene.getWidth() + root.minWidth(-1));
            stage.setMinHeight(stage.getHeight() - scene.getHeight() + root.minHeight(width));
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
