package dev.switchboard.app.accounts;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.PasswordReset;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;

/** The password an administrator resets an account's to (generated or typed), and its message under it. FX thread. */
public final class PasswordResetForm {

    private final PasswordChoice choice = new PasswordChoice();
    private final FormErrors errors;

    PasswordResetForm(I18n i18n) {
        this.errors = new FormErrors(i18n);
    }

    public PasswordChoice choice() {
        return choice;
    }

    /** The reset's own message, under its password field ({@code password}). */
    public FormErrors errors() {
        return errors;
    }

    /** Whether the reset may be asked for: a typed password must meet the shared rule, else it says why. */
    boolean ready(AccountTexts texts) {
        errors.clear();
        if (choice.generatedProperty().get()) {
            return true;
        }
        List<FieldError> local = AgentRules.check(new PasswordReset(choice.typedProperty().get()));
        errors.show(texts.words(local));
        return local.isEmpty();
    }

    void clear() {
        choice.clear();
        errors.clear();
    }
}
