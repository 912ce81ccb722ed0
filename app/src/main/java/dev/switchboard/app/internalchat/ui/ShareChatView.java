package dev.switchboard.app.internalchat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.internalchat.TeamChatService;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "Share to colleague" dialog: whom to share with, an optional comment, Share or Cancel (Esc). */
public final class ShareChatView extends View<VBox> {

    private final ShareChatViewModel model;
    private final Runnable close;
    private final Executor fx;
    private final VBox root = new VBox(8);
    private final Label toLabel = new Label();
    private final ComboBox<ShareChatViewModel.Target> target = new ComboBox<>();
    private final Label commentLabel = new Label();
    private final TextField comment = new TextField();
    private final Label error = new Label();
    private final Button confirm = new Button();
    private final Button cancel = new Button();

    public ShareChatView(ShareChatViewModel model, Executor fx, Runnable close) {
        this.model = model;
        this.fx = fx;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("teamShareDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(380);
        target.setId("teamShareTarget");
        target.setMaxWidth(Double.MAX_VALUE);
        target.getItems().setAll(model.targets());
        target.valueProperty().bindBidirectional(model.target());
        comment.setId("teamShareComment");
        comment.textProperty().bindBidirectional(model.comment());
        error.setId("teamShareError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.textProperty().bind(model.error());
        error.visibleProperty().bind(Bindings.isNotEmpty(model.error()));
        confirm.setId("teamShareConfirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.target().isNull());
        confirm.setOnAction(event -> share());
        cancel.setId("teamShareCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        HBox buttons = new HBox(8, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(toLabel, target, commentLabel, comment, error, buttons);
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
    }

    private void share() {
        confirm.disableProperty().unbind();
        confirm.setDisable(true);
        model.share().whenCompleteAsync((ok, failure) -> {
            if (failure == null) {
                close.run();
            } else {
                model.error().set(TeamChatService.unwrap(failure).getMessage());
                confirm.disableProperty().bind(model.target().isNull());
            }
        }, fx);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(toLabel.textProperty(), i18n.text("teamChat.share.to"));
        disposer.bind(commentLabel.textProperty(), i18n.text("teamChat.share.comment"));
        disposer.bind(confirm.textProperty(), i18n.text("teamChat.share.confirm"));
        disposer.bind(cancel.textProperty(), i18n.text("teamChat.share.cancel"));
    }
}
