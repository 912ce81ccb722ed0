package dev.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.auth.PasswordRules;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Generate a password (shown once after saving) or type one: the two choices and the field for the typed one. */
final class PasswordChoiceView {

    private final PasswordChoice choice;
    private final I18n i18n;
    private final RadioButton generate = new RadioButton();
    private final RadioButton type = new RadioButton();
    private final PasswordField typed = new PasswordField();
    private final Label hint = new Label();
    private final VBox root = new VBox(6, generate, type, typed, hint);
    private final String generateKey;

    /**
     * @param generateKey the label of the choice to generate (it says when the password shows)
     * @param idPrefix the controls' ids: {@code <prefix>Generate}, {@code <prefix>Type}, {@code <prefix>Typed}
     */
    PasswordChoiceView(PasswordChoice choice, I18n i18n, String generateKey, String idPrefix) {
        this.choice = choice;
        this.i18n = i18n;
        this.generateKey = generateKey;
        generate.setWrapText(true);
        type.setWrapText(true);
        ToggleGroup toggles = new ToggleGroup();
        generate.setToggleGroup(toggles);
        type.setToggleGroup(toggles);
        generate.setId(idPrefix + "Generate");
        type.setId(idPrefix + "Type");
        typed.setId(idPrefix + "Typed");
        typed.setMinWidth(60);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        generate.setOnAction(event -> choice.generatedProperty().set(true));
        type.setOnAction(event -> choice.generatedProperty().set(false));
    }

    VBox root() {
        return root;
    }

    void bind(Disposer disposer) {
        disposer.bind(generate.textProperty(), i18n.text(generateKey));
        disposer.bind(type.textProperty(), i18n.text("accounts.password.type"));
        disposer.bind(hint.textProperty(), i18n.text("accounts.password.hint", PasswordRules.MIN_LENGTH));
        typed.textProperty().bindBidirectional(choice.typedProperty());
        disposer.onDispose(() -> typed.textProperty().unbindBidirectional(choice.typedProperty()));
        disposer.observe(choice.generatedProperty(), generated -> {
            generate.setSelected(generated);
            type.setSelected(!generated);
            for (var node : new javafx.scene.Node[] {typed, hint}) {
                node.setVisible(!generated);
                node.setManaged(!generated);
            }
        });
    }
}
