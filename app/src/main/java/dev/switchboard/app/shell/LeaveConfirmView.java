package dev.switchboard.app.shell;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.feature.LeaveGuard;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Asks before the agent signs out or quits while the features warn of something (open chats go
 * back to the queue): the warnings, then Stay (the focus starts there) or Sign out / Quit.
 */
final class LeaveConfirmView extends View<VBox> {

    private final I18n i18n;
    private final LeaveGuard.Leaving leaving;
    private final List<String> warnings;
    private final Runnable stay;
    private final Runnable leave;
    private final VBox root = new VBox(12);
    private final Label question = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final VBox details = new VBox(6);
    private final Button cancel = new Button();
    private final Button confirm = new Button();

    LeaveConfirmView(I18n i18n, LeaveGuard.Leaving leaving, List<String> warnings, Runnable stay, Runnable leave) {
        this.i18n = i18n;
        this.leaving = leaving;
        this.warnings = List.copyOf(warnings);
        this.stay = stay;
        this.leave = leave;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("leaveWarning");
        root.setPadding(new Insets(20));
        root.setPrefWidth(440);
        question.getStyleClass().add(Styles.TITLE_4);
        question.setWrapText(true);
        for (String warning : warnings) {
            Label line = new Label(warning);
            line.getStyleClass().add("leave-warning-text");
            line.setWrapText(true);
            details.getChildren().add(line);
        }
        details.setId("leaveWarningText");
        cancel.setId("leaveCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stay.run());
        confirm.setId("leaveConfirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(event -> leave.run());
        HBox buttons = new HBox(8, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(question, details, buttons);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.bind(question.textProperty(), i18n.text("leave.question." + leaving.name()));
        disposer.bind(cancel.textProperty(), i18n.text("leave.stay"));
        disposer.bind(confirm.textProperty(), i18n.text("leave.confirm." + leaving.name()));
        cancel.requestFocus();
    }
}
