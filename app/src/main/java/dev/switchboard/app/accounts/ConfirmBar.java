package dev.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Asks before disabling, enabling or resetting a password: what will happen, and the two answers. Hidden otherwise. */
final class ConfirmBar {

    private final AccountEditorViewModel model;
    private final I18n i18n;
    private final Label question = new Label();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private final HBox root = new HBox(8, question, confirm, cancel);

    ConfirmBar(AccountEditorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("accountConfirmBar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("confirm-bar");
        question.setId("accountConfirmQuestion");
        question.setWrapText(true);
        HBox.setHgrow(question, Priority.ALWAYS);
        confirm.setId("accountConfirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(event -> model.confirm());
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("accountCancel");
        cancel.setOnAction(event -> model.cancel());
    }

    HBox root() {
        return root;
    }

    void bind(Disposer disposer) {
        disposer.bind(cancel.textProperty(), i18n.text("accounts.confirm.cancel"));
        disposer.observe(model.askingProperty(), asking -> {
            boolean shown = asking != Asking.NOTHING;
            root.setVisible(shown);
            root.setManaged(shown);
            Agent account = model.loadedProperty().get();
            String name = account == null ? "" : account.displayName();
            question.setText(switch (asking) {
                case DISABLE -> i18n.get("accounts.confirm.disable", name);
                case ENABLE -> i18n.get("accounts.confirm.enable", name);
                case RESET_PASSWORD -> i18n.get("accounts.confirm.reset", name);
                case NOTHING -> "";
            });
            confirm.setText(switch (asking) {
                case DISABLE -> i18n.get("accounts.disable");
                case ENABLE -> i18n.get("accounts.enable");
                case RESET_PASSWORD -> i18n.get("accounts.reset");
                case NOTHING -> "";
            });
        });
    }
}
