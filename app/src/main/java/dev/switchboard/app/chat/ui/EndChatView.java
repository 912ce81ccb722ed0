package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Asks before a chat is ended, naming the visitor: ending cannot be undone. Cancel (or Escape)
 * closes the dialog and leaves the chat and what the agent typed as they were; the focus starts
 * on Cancel, so a stray Space does not end the chat either.
 */
public final class EndChatView extends View<VBox> {

    private final ChatTabViewModel model;
    private final Runnable close;
    private final VBox root = new VBox(12);
    private final Label question = new Label(null, new FontIcon(Material2AL.CALL_END));
    private final Label detail = new Label();
    private final Button cancel = new Button();
    private final Button confirm = new Button();

    public EndChatView(ChatTabViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("endChatDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(420);
        question.setId("endChatQuestion");
        question.getStyleClass().add(Styles.TITLE_4);
        question.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        cancel.setId("endChatCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        confirm.setId("endChatConfirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(event -> {
            model.end();
            close.run();
        });
        HBox buttons = new HBox(8, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(question, detail, buttons);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.texts().i18n();
        disposer.bind(question.textProperty(), i18n.text(() -> i18n.get("chat.end.question", model.title().get()), model.title()));
        disposer.bind(detail.textProperty(), i18n.text("chat.end.detail"));
        disposer.bind(cancel.textProperty(), i18n.text("chat.dialog.cancel"));
        disposer.bind(confirm.textProperty(), i18n.text("chat.end.confirm"));
        cancel.requestFocus();
    }
}
