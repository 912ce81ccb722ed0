package dev.switchboard.app.platform;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Puts the focus into a node now, or as soon as it is in a window. A page built on first use holds
 * its tab panes' contents only once their skins exist, which JavaFX makes at the next pulse; a plain
 * {@code requestFocus()} before that is silently ignored, and what the agent types next goes
 * nowhere. Call on the FX thread.
 */
public final class FocusWhenShown {

    private FocusWhenShown() {
    }

    public static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    // the skin that attached it sets its visibility in the same pass: focus once that is done
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
