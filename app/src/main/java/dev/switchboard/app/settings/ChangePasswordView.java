package dev.switchboard.app.settings;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.auth.PasswordRules;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The settings' "Change password" section: current, new and repeated password, each with its message. */
public final class ChangePasswordView extends View<VBox> {

    private final ChangePasswordViewModel model;
    private final VBox root = new VBox(16);
    private final Label title = new Label();
    private final Label currentLabel = new Label();
    private final PasswordField currentField = new PasswordField();
    private final Label currentError = error("passwordCurrentError");
    private final Label newLabel = new Label();
    private final PasswordField newField = new PasswordField();
    private final Label newHint = new Label();
    private final Label newError = error("passwordNewError");
    private final Label repeatLabel = new Label();
    private final PasswordField repeatField = new PasswordField();
    private final Label repeatError = error("passwordRepeatError");
    private final Button changeButton = new Button();
    private final Label outcome = new Label();

    public ChangePasswordView(ChangePasswordViewModel model) {
        this.model = model;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("changePasswordSection");
        title.getStyleClass().add(Styles.TITLE_4);
        currentField.setId("passwordCurrent");
        newField.setId("passwordNew");
        repeatField.setId("passwordRepeat");
        newHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        newHint.setWrapText(true);
        newHint.setMaxWidth(320);
        newHint.setMinHeight(Region.USE_PREF_SIZE);
        for (Label label : new Label[] {currentLabel, newLabel, repeatLabel}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        changeButton.setId("passwordChange");
        changeButton.setOnAction(event -> model.submit());
        outcome.setId("passwordOutcome");
        outcome.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(24);
        form.setVgap(8);
        form.addRow(0, currentLabel, new VBox(4, currentField, currentError));
        form.addRow(1, newLabel, new VBox(4, newField, newHint, newError));
        form.addRow(2, repeatLabel, new VBox(4, repeatField, repeatError));
        HBox actions = new HBox(16, changeButton, outcome);
        root.getChildren().addAll(title, form, actions);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(title.textProperty(), i18n.text("settings.password"));
        disposer.bind(currentLabel.textProperty(), i18n.text("settings.password.current"));
        disposer.bind(newLabel.textProperty(), i18n.text("settings.password.new"));
        disposer.bind(newHint.textProperty(), i18n.text("settings.password.hint",
                PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH));
        disposer.bind(repeatLabel.textProperty(), i18n.text("settings.password.repeat"));
        disposer.bind(changeButton.textProperty(), i18n.text("settings.password.change"));
        disposer.bind(changeButton.disableProperty(), model.busyProperty());
        disposer.bindBidirectional(currentField.textProperty(), model.currentProperty());
        disposer.bindBidirectional(newField.textProperty(), model.newPasswordProperty());
        disposer.bindBidirectional(repeatField.textProperty(), model.repeatProperty());
        EditorForm.showMessage(disposer, currentError, model.currentErrorProperty());
        EditorForm.showMessage(disposer, newError, model.newErrorProperty());
        EditorForm.showMessage(disposer, repeatError, model.repeatErrorProperty());
        disposer.bind(outcome.textProperty(), model.outcomeProperty());
        disposer.observe(model.succeededProperty(), succeeded -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            outcome.getStyleClass().add(succeeded ? Styles.SUCCESS : Styles.DANGER);
        });
    }

    /** A field's message, as the administration editors show theirs, no wider than the form. */
    private static Label error(String id) {
        Label label = EditorForm.error(id);
        label.setMaxWidth(320);
        return label;
    }
}
