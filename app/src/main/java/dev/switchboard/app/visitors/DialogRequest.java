package dev.switchboard.app.visitors;

import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a visitor dialog's request to the server goes through: busy while it runs, the server's
 * reason when it is refused (the dialog stays open with what the agent typed), and a success
 * notice and {@code done} when it went through. State changes on the FX thread.
 */
final class DialogRequest {

    private final I18n i18n;
    private final NotificationCenter notices;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    DialogRequest(I18n i18n, NotificationCenter notices, Executor fx) {
        this.i18n = i18n;
        this.notices = notices;
        this.fx = fx;
    }

    /** Runs the request; on success posts the notice {@code successText} gives for the answer. */
    <T> void run(CompletionStage<T> request, Function<T, String> successText) {
        busy.set(true);
        error.set("");
        request.whenCompleteAsync((answer, failure) -> {
            busy.set(false);
            if (failure != null) {
                error.set(FailureText.of(failure, i18n));
            } else {
                notices.post(new Notice(Notice.Level.SUCCESS, successText.apply(answer), false));
                done.set(true);
            }
        }, fx);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
