package dev.switchboard.app.visitors;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The invitation dialog's content. */
final class InviteView extends View<VBox> {

    private final InviteViewModel model;
    private final Runnable close;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label visitor = new Label();
    private final Label messageLabel = new Label();
    private final TextArea message = new TextArea();
    private final CheckBox forced = new CheckBox();
    private final Label forcedHint = new Label();
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Button cancel = new Button();
    private final Button send = new Button(null, new FontIcon(Material2MZ.SEND));

    InviteView(InviteViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("inviteDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(460);
        title.getStyleClass().add(Styles.TITLE_3);
        visitor.getStyleClass().add(Styles.TEXT_MUTED);
        visitor.setWrapText(true);
        visitor.setText(model.visitorText());
        message.setId("inviteMessage");
        message.setWrapText(true);
        message.setPrefRowCount(4);
        messageLabel.setLabelFor(message);
        forced.setId("inviteForced");
        forcedHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        forcedHint.setWrapText(true);
        error.setId("inviteError");
        error.getStyleClass().addAll(Styles.DANGER, "dialog-error");
        error.setWrapText(true);
        cancel.setId("inviteCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        send.setId("inviteSend");
        send.setDefaultButton(true);
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(event -> model.send());
        HBox buttons = new HBox(8, cancel, send);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(title, visitor, messageLabel, message, forced, forcedHint, error, buttons);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(title.textProperty(), i18n.text("visitors.invite.title"));
        disposer.bind(messageLabel.textProperty(), i18n.text("visitors.invite.message"));
        disposer.bind(forced.textProperty(), i18n.text("visitors.invite.forced"));
        disposer.bind(forcedHint.textProperty(), i18n.text("visitors.invite.forced.hint"));
        disposer.bind(cancel.textProperty(), i18n.text("visitors.dialog.cancel"));
        disposer.bind(send.textProperty(), i18n.text("visitors.invite.send"));
        message.textProperty().bindBidirectional(model.messageProperty());
        forced.selectedProperty().bindBidirectional(model.forcedProperty());
        disposer.onDispose(() -> {
            message.textProperty().unbindBidirectional(model.messageProperty());
            forced.selectedProperty().unbindBidirectional(model.forcedProperty());
        });
        disposer.bind(send.disableProperty(), model.canSend().not());
        disposer.bind(message.disableProperty(), model.busyProperty());
        disposer.bind(forced.disableProperty(), model.busyProperty());
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.observe(model.errorProperty(), text -> {
            error.setVisible(!text.isEmpty());
            error.setManaged(!text.isEmpty());
            // The dialog was sized without the error: let it grow rather than cut the reason off.
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                root.getScene().getWindow().sizeToScene();
            }
        });
        disposer.observe(model.sentProperty(), sent -> {
            if (sent) {
                close.run();
            }
        });
    }
}
