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
 * Warns that the message about to be sent contains sensitive words, naming them: the agent edits it
 * (the default, also on Escape: the text stays in the input) or, where administrators allow it,
 * sends it anyway.
 */
public final class SensitiveWordView extends View<VBox> {

    private final ChatTabViewModel model;
    private final SensitiveWordHold hold;
    private final Runnable close;
    private final VBox root = new VBox(12);
    private final Label warning = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Label words = new Label();
    private final Label detail = new Label();
    private final Button edit = new Button();
    private final Button sendAnyway = new Button();

    public SensitiveWordView(ChatTabViewModel model, SensitiveWordHold hold, Runnable close) {
        this.model = model;
        this.hold = hold;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("sensitiveWordDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(440);
        warning.getStyleClass().addAll(Styles.TITLE_4, Styles.WARNING);
        warning.setWrapText(true);
        words.setId("sensitiveWords");
        words.getStyleClass().add(Styles.TEXT_BOLD);
        words.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        edit.setId("sensitiveEdit");
        edit.setCancelButton(true);
        edit.setDefaultButton(true);
        edit.setOnAction(event -> close.run());
        sendAnyway.setId("sensitiveSendAnyway");
        sendAnyway.getStyleClass().add(Styles.DANGER);
        sendAnyway.setOnAction(event -> {
            model.input().sendHeldAnyway();
            close.run();
        });
        sendAnyway.setVisible(hold.mayConfirm());
        sendAnyway.setManaged(hold.mayConfirm());
        HBox buttons = new HBox(8, sendAnyway, edit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(warning, words, detail, buttons);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.texts().i18n();
        disposer.bind(warning.textProperty(), i18n.text("sensitive.warning"));
        words.setText(String.join("、", hold.words()));
        disposer.bind(detail.textProperty(), i18n.text(hold.mayConfirm() ? "sensitive.detail.confirm" : "sensitive.detail.blocked"));
        disposer.bind(edit.textProperty(), i18n.text("sensitive.edit"));
        disposer.bind(sendAnyway.textProperty(), i18n.text("sensitive.sendAnyway"));
        edit.requestFocus();
    }
}
