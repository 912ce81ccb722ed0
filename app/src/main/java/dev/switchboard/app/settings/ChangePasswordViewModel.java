package dev.switchboard.app.settings;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.auth.PasswordChange;
import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Changing one's own password in the settings: the current one, the new one twice. The length rule
 * is checked here first (the same shared rule as the server's); the server's field errors (wrong
 * current password, too common) are shown under their fields in the UI language. What was typed
 * stays until the change succeeds. The request runs off the FX thread.
 */
public final class ChangePasswordViewModel {

    /** The server's field messages in the workstation's words; others are shown as the server wrote them. */
    private static final Map<String, String> MESSAGE_KEYS = Map.of(
            PasswordRules.REQUIRED, "settings.password.error.required",
            PasswordRules.TOO_SHORT, "settings.password.error.tooShort",
            PasswordRules.TOO_LONG, "settings.password.error.tooLong",
            PasswordRules.TOO_COMMON, "settings.password.error.tooCommon",
            PasswordRules.WRONG_CURRENT, "settings.password.error.wrongCurrent",
            PasswordRules.SAME_AS_CURRENT, "settings.password.error.sameAsCurrent");

    private final Function<PasswordChange, CompletableFuture<Void>> change;
    private final I18n i18n;
    private final Executor fx;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty currentError = new SimpleStringProperty("");
    private final StringProperty newError = new SimpleStringProperty("");
    private final StringProperty repeatError = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty succeeded = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param change sends the change to the server, off the caller's thread */
    public ChangePasswordViewModel(Function<PasswordChange, CompletableFuture<Void>> change, I18n i18n, Executor fx) {
        this.change = change;
        this.i18n = i18n;
        this.fx = fx;
    }

    /** Checks what it can and sends the change. FX thread. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        clearMessages();
        boolean valid = true;
        if (current.get().isEmpty()) {
            currentError.set(text(PasswordRules.REQUIRED));
            valid = false;
        }
        List<FieldError> rule = PasswordRules.check("newPassword", newPassword.get());
        if (!rule.isEmpty()) {
            newError.set(text(rule.get(0).message()));
            valid = false;
        } else if (!newPassword.get().equals(repeat.get())) {
            repeatError.set(i18n.get("settings.password.error.mismatch"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        busy.set(true);
        change.apply(new PasswordChange(current.get(), newPassword.get())).whenCompleteAsync((ignored, failure) -> {
            busy.set(false);
            if (failure == null) {
                current.set("");
                newPassword.set("");
                repeat.set("");
                succeeded.set(true);
                outcome.set(i18n.get("settings.password.changed"));
            } else {
                showFailure(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            }
        }, fx);
    }

    private void showFailure(Throwable cause) {
        if (cause instanceof ProblemException problem) {
            if (problem.is(ProblemType.TOO_MANY_ATTEMPTS)) {
                outcome.set(i18n.get("settings.password.error.tooManyAttempts",
                        problem.retryAfter().map(wait -> Math.max(1, wait.toMinutes())).orElse(15L)));
                return;
            }
            List<FieldError> errors = problem.problem().errors() == null ? List.of() : problem.problem().errors();
            for (FieldError error : errors) {
                switch (error.field()) {
                    case "currentPassword" -> currentError.set(text(error.message()));
                    case "newPassword" -> newError.set(text(error.message()));
                    default -> outcome.set(error.message());
                }
            }
            if (errors.isEmpty()) {
                String detail = problem.problem().detail() != null ? problem.problem().detail() : problem.problem().title();
                outcome.set(i18n.get("settings.password.error.refused", detail));
            }
        } else if (cause instanceof ServerUnreachableException) {
            outcome.set(i18n.get("settings.password.error.unreachable"));
        } else {
            outcome.set(i18n.get("settings.password.error.refused", String.valueOf(cause.getMessage())));
        }
    }

    private void clearMessages() {
        currentError.set("");
        newError.set("");
        repeatError.set("");
        outcome.set("");
        succeeded.set(false);
    }

    private String text(String serverMessage) {
        String key = MESSAGE_KEYS.get(serverMessage);
        return key == null ? serverMessage : i18n.get(key, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError;
    }

    public ReadOnlyStringProperty newErrorProperty() {
        return newError;
    }

    public ReadOnlyStringProperty repeatErrorProperty() {
        return repeatError;
    }

    /** What became of the last attempt as a whole: changed, throttled, unreachable. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty succeededProperty() {
        return succeeded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public I18n i18n() {
        return i18n;
    }
}
