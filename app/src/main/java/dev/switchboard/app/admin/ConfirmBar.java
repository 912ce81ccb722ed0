package dev.switchboard.app.admin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Asks before a destructive action (deleting a rule, lifting a block), in place rather than in a
 * dialog: the question, the action named again and "cancel". Hidden until {@link #ask} shows it;
 * either button hides it. Ids: {@code <id>}, {@code <id>Yes}, {@code <id>No}.
 */
public final class ConfirmBar {

    private final Label question = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Button yes = new Button();
    private final Button no = new Button();
    private final HBox root = new HBox(8, question, yes, no);
    private Runnable action = () -> { };

    public ConfirmBar(String id) {
        root.setId(id);
        yes.setId(id + "Yes");
        no.setId(id + "No");
        yes.getStyleClass().add(Styles.DANGER);
        question.setWrapText(true);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("confirm-bar");
        yes.setOnAction(event -> {
            hide();
            action.run();
        });
        no.setOnAction(event -> hide());
        hide();
    }

    public HBox root() {
        return root;
    }

    /** Shows {@code text} and the action's name {@code confirm}; {@code action} runs when confirmed. */
    public void ask(String text, String confirm, Runnable action) {
        this.action = action;
        question.setText(text);
        yes.setText(confirm);
        root.setVisible(true);
        root.setManaged(true);
        no.requestFocus();
    }

    public void hide() {
        root.setVisible(false);
        root.setManaged(false);
    }

    /** Words "cancel" in the interface's language. */
    public void bind(Disposer disposer, I18n i18n) {
        disposer.bind(no.textProperty(), i18n.text("admin.confirm.cancel"));
        disposer.onDispose(this::hide);
    }
}
