package dev.switchboard.app.awayreasons;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.AwayReasonRules;
import dev.switchboard.shared.agents.NewAwayReason;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one away reason, new or read: its English and Chinese names and whether agents are
 * offered it. A save is checked by the shared rules first, then by the backend; a refusal shows
 * next to the fields and leaves everything as typed; a stale version (409) shows both versions, to
 * apply this one again on top of the current one or take the current one. FX thread.
 */
public final class AwayReasonEditor {

    private final AwayReasonsApi api;
    private final I18n i18n;
    private final Executor fx;
    private final Consumer<AwayReason> saved;

    private final ReadOnlyObjectWrapper<AwayReason> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameZh = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final FormErrors errors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** The current version on the server while a save is stale: a re-applied save goes on top of it. */
    private AwayReason theirs;

    AwayReasonEditor(AwayReasonsApi api, I18n i18n, Executor fx, Consumer<AwayReason> saved) {
        this.api = api;
        this.i18n = i18n;
        this.fx = fx;
        this.saved = saved;
        this.errors = new FormErrors(i18n);
    }

    /** The reason being changed; null while a new one is written. */
    public ReadOnlyObjectProperty<AwayReason> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameZhProperty() {
        return nameZh;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
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

    /** The form filled with {@code reason} as read; empty for a new one. */
    public void load(AwayReason reason) {
        editing.set(reason);
        theirs = null;
        stale.set(null);
        errors.clear();
        name.set(reason == null ? "" : reason.name());
        nameZh.set(reason == null ? "" : reason.nameZh());
        enabled.set(reason == null || reason.enabled());
    }

    /** Whether the form still shows the reason as read (nothing typed since). */
    boolean isUnchanged() {
        AwayReason read = editing.get();
        return read != null && read.name().equals(name.get()) && read.nameZh().equals(nameZh.get()) && read.enabled() == enabled.get();
    }

    /** Creates the reason or replaces the one read, after the shared rules' check. */
    public void save() {
        AwayReason read = editing.get();
        save(read == null ? null : read.version());
    }

    /** After a stale save: this form's reason again, on top of the current version. */
    public void reapply() {
        if (theirs != null) {
            editing.set(theirs);
            save(theirs.version());
        }
    }

    /** After a stale save: the current version in the form, the admin's typing dropped. */
    public void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    private void save(Long version) {
        if (busy.get()) {
            return;
        }
        AwayReason read = editing.get();
        // the position is the list's business (moved there); null keeps it, or puts a new reason last
        NewAwayReason request = new NewAwayReason(name.get().strip(), nameZh.get().strip(), null, enabled.get(), version);
        List<FieldError> wrong = AwayReasonRules.check(request, read != null);
        if (!wrong.isEmpty()) {
            errors.show(wrong.stream().map(this::word).toList());
            return;
        }
        busy.set(true);
        CompletableFuture<AwayReason> done = read == null ? api.create(request) : api.replace(read.id(), request);
        done.whenCompleteAsync((reason, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(reason);
                saved.accept(reason);
            } else {
                refused(failure, request);
            }
        }, fx);
    }

    /** Shows why the save failed; a stale one also fetches the current version to show beside the admin's. */
    private void refused(Throwable failure, NewAwayReason mine) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(problem.problem().errors().stream().map(this::word).toList());
            return;
        }
        if (!errors.show(failure) || editing.get() == null) {
            return;
        }
        long id = editing.get().id();
        api.list().whenCompleteAsync((reasons, listFailure) -> {
            AwayReason current = reasons == null ? null : reasons.stream().filter(reason -> reason.id() == id).findFirst().orElse(null);
            if (current == null) {
                errors.show(new IllegalStateException(i18n.get("awayReasons.error.gone")));
                return;
            }
            theirs = current;
            stale.set(new StaleEdit(describe(current.name(), current.nameZh(), current.enabled()),
                    describe(mine.name(), mine.nameZh(), Boolean.TRUE.equals(mine.enabled()))));
        }, fx);
    }

    private String describe(String english, String chinese, boolean offered) {
        return i18n.get("awayReasons.field.name") + ": " + english + "\n" + i18n.get("awayReasons.field.nameZh") + ": " + chinese + "\n"
                + i18n.get(offered ? "awayReasons.offered" : "awayReasons.notOffered");
    }

    /** A protocol message in the reader's language. */
    FieldError word(FieldError error) {
        return AwayReasonWords.word(i18n, error);
    }
}
