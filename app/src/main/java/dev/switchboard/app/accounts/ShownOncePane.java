package dev.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A generated password, shown once to be copied and handed over: with a copy button, gone when the
 * administrator says they have it or opens another account. Hidden while there is none.
 */
final class ShownOncePane {

    private final AccountEditorViewModel model;
    private final I18n i18n;
    private final Label explanation = new Label();
    private final TextField password = new TextField();
    private final Button copy = new Button();
    private final Button done = new Button();
    private final VBox root;

    ShownOncePane(AccountEditorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_BOLD);
        password.setId("accountShownOncePassword");
        password.setEditable(false);
        password.setMinWidth(60);
        password.getStyleClass().add("monospace");
        HBox.setHgrow(password, Priority.ALWAYS);
        copy.setId("accountCopyPassword");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(password.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        done.setId("accountShownOnceDone");
        done.setOnAction(event -> model.forgetShown());
        HBox line = new HBox(8, password, copy, done);
        line.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, explanation, line);
        root.setId("accountShownOnce");
        root.setPadding(new Insets(10));
        root.getStyleClass().add("shown-once");
    }

    VBox root() {
        return root;
    }

    void bind(Disposer disposer) {
        disposer.bind(explanation.textProperty(), i18n.text("accounts.shownOnce"));
        disposer.bind(copy.textProperty(), i18n.text("accounts.shownOnce.copy"));
        disposer.bind(done.textProperty(), i18n.text("accounts.shownOnce.done"));
        disposer.observe(model.shownOnceProperty(), text -> {
            boolean shown = text != null && !text.isEmpty();
            password.setText(shown ? text : "");
            root.setVisible(shown);
            root.setManaged(shown);
        });
    }
}
