package dev.switchboard.app.sensitivewords;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sensitive.NewSensitiveWords;
import dev.switchboard.shared.sensitive.SensitiveWordRules;
import dev.switchboard.shared.sensitive.SensitiveWordsAdded;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adding words, one or a pasted list (one per line, stripped, blank lines skipped): the shared
 * rules first, then the backend, which leaves out and reports what the list has already. All or
 * nothing: a wrong word refuses the whole list, named under it, and the text stays as typed. FX thread.
 */
public final class SensitiveWordAdder {

    private final SensitiveWordsApi api;
    private final I18n i18n;
    private final Executor fx;
    private final Runnable added;
    private final StringProperty text = new SimpleStringProperty("");
    private final FormErrors errors;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    SensitiveWordAdder(SensitiveWordsApi api, I18n i18n, Executor fx, Runnable added) {
        this.api = api;
        this.i18n = i18n;
        this.fx = fx;
        this.added = added;
        this.errors = new FormErrors(i18n);
    }

    /** What is typed or pasted: one word per line. */
    public StringProperty textProperty() {
        return text;
    }

    /** Errors of the list typed, field {@code words}. */
    public FormErrors errors() {
        return errors;
    }

    /** What the last add did: how many were added, which were there already. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void add() {
        if (busy.get()) {
            return;
        }
        List<String> lines = SensitiveWordRules.lines(text.get());
        outcome.set("");
        List<FieldError> wrong = SensitiveWordRules.check(new NewSensitiveWords(lines));
        if (!wrong.isEmpty()) {
            errors.show(wrong.stream().map(error -> SensitiveWordTexts.ofLines(i18n, lines, error)).toList());
            return;
        }
        busy.set(true);
        api.add(lines).whenCompleteAsync((result, failure) -> {
            busy.set(false);
            if (failure == null) {
                errors.clear();
                text.set("");
                outcome.set(describe(result));
                added.run();
            } else {
                refused(failure, lines);
            }
        }, fx);
    }

    private void refused(Throwable failure, List<String> lines) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(problem.problem().errors().stream().map(error -> SensitiveWordTexts.ofLines(i18n, lines, error)).toList());
        } else {
            errors.show(failure);
        }
    }

    private String describe(SensitiveWordsAdded result) {
        String added = i18n.get("sensitiveWords.added", result.added().size());
        return result.duplicates().isEmpty() ? added
                : added + " " + i18n.get("sensitiveWords.duplicates", SensitiveWordTexts.list(result.duplicates()));
    }
}
