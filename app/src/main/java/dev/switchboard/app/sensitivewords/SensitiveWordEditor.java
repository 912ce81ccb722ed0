package dev.switchboard.app.sensitivewords;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordEdit;
import dev.switchboard.shared.sensitive.SensitiveWordRules;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Changing one sensitive word (a typo, a variant that catches more): the shared rules first, then
 * the backend; a refusal (blank, too long, a word the list has) shows under the field and keeps
 * what was typed; a stale version (409) shows both versions, to apply this one again on top of
 * the current one or take the current one. FX thread.
 */
public final class SensitiveWordEditor {

    private final SensitiveWordsApi api;
    private final I18n i18n;
    private final Executor fx;
    private final Consumer<SensitiveWord> saved;
    private final ReadOnlyObjectWrapper<SensitiveWord> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty word = new SimpleStringProperty("");
    private final FormErrors errors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private SensitiveWord theirs;

    SensitiveWordEditor(SensitiveWordsApi api, I18n i18n, Executor fx, Consumer<SensitiveWord> saved) {
        this.api = api;
        this.i18n = i18n;
        this.fx = fx;
        this.saved = saved;
        this.errors = new FormErrors(i18n);
    }

    /** The word being changed; null while none is chosen. */
    public ReadOnlyObjectProperty<SensitiveWord> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty wordProperty() {
        return word;
    }

    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<StaleEdit> staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void load(SensitiveWord chosen) {
        editing.set(chosen);
        theirs = null;
        stale.set(null);
        errors.clear();
        word.set(chosen == null ? "" : chosen.word());
    }

    boolean isUnchanged() {
        return editing.get() != null && editing.get().word().equals(word.get());
    }

    public void save() {
        if (editing.get() != null) {
            save(editing.get().version());
        }
    }

    public void reapply() {
        if (theirs != null) {
            editing.set(theirs);
            save(theirs.version());
        }
    }

    public void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    private void save(long version) {
        SensitiveWord read = editing.get();
        if (busy.get() || read == null) {
            return;
        }
        SensitiveWordEdit edit = new SensitiveWordEdit(word.get() == null ? "" : word.get().strip(), version);
        List<FieldError> wrong = SensitiveWordRules.check(edit);
        if (!wrong.isEmpty()) {
            errors.show(wrong.stream().map(error -> SensitiveWordTexts.word(i18n, error)).toList());
            return;
        }
        busy.set(true);
        api.replace(read.id(), edit).whenCompleteAsync((changed, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(changed);
                saved.accept(changed);
            } else {
                refused(failure, edit.word());
            }
        }, fx);
    }

    private void refused(Throwable failure, String mine) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(problem.problem().errors().stream().map(error -> SensitiveWordTexts.word(i18n, error)).toList());
            return;
        }
        if (!errors.show(failure) || editing.get() == null) {
            return;
        }
        long id = editing.get().id();
        api.list().whenCompleteAsync((list, listFailure) -> {
            SensitiveWord current = list == null ? null : list.words().stream().filter(entry -> entry.id() == id).findFirst().orElse(null);
            if (current == null) {
                errors.show(new IllegalStateException(i18n.get("sensitiveWords.error.gone")));
                return;
            }
            theirs = current;
            stale.set(new StaleEdit(current.word(), mine));
        }, fx);
    }
}
