package dev.switchboard.app.platform;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.WorkstationDriver;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A message box inside a tab pane that was just put into a window (a page built on first use, as
 * the Chats page is when an alert opens it) is not in the scene until the pane's skin exists: the
 * focus asked for in that moment must still arrive.
 */
class FocusWhenShownTest {

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
    void focusAskedForBeforeTheTabPaneHasItsSkinArrivesOnceTheMessageBoxIsShown() {
        Button elsewhere = new Button("Open");
        StackPane page = new StackPane();
        TextArea input = new TextArea();
        boolean inSceneWhenAsked = onFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new VBox(elsewhere, page), 400, 300));
            stage.show();
            elsewhere.requestFocus();
            // in one go on the FX thread, as a click's handler does: build the page, show it, ask for the focus
            TabPane tabs = new TabPane(new Tab("Li Lei", input));
            page.getChildren().setAll(tabs);
            boolean attached = input.getScene() != null;
            FocusWhenShown.request(input);
            return attached;
        });

        assertThat(inSceneWhenAsked).as("the tab's content waits for the skin").isFalse();
        waitUntil("the focus in the message box", () -> onFx(() -> stage.getScene().getFocusOwner() == input));
    }

    @Test
    void aNodeAlreadyShownTakesTheFocusAtOnce() {
        TextArea input = new TextArea();
        Button elsewhere = new Button("Open");
        boolean focused = onFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new VBox(elsewhere, input), 400, 300));
            stage.show();
            elsewhere.requestFocus();
            FocusWhenShown.request(input);
            return stage.getScene().getFocusOwner() == input;
        });
        assertThat(focused).isTrue();
    }
}
