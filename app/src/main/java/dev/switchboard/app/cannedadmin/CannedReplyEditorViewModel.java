package dev.switchboard.app.cannedadmin;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyRules;
import dev.switchboard.shared.chat.NewCannedReply;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one reply of a group's library: shortcut, title, category (its folder) and text.
 * Checked by the shared rules against the group's other replies before sending (a shortcut names
 * one reply of a group); refusals next to their fields with everything typed kept; a save on a
 * stale version shows both versions. FX thread.
 */
final class CannedReplyEditorViewModel {

    private final CannedLibraryApi api;
    private final I18n i18n;
    private final CannedWords words;
    private final Supplier<Long> group;
    private final Supplier<List<CannedReply>> scope;
    private final Executor fx;
    private final Consumer<CannedReply> saved;

    private final ReadOnlyObjectWrapper<CannedReply> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty shortcut = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final FormErrors errors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private CannedReply theirs;

    /**
     * @param group the group whose library is open (a new reply goes there)
     * @param scope that group's replies as listed
     */
    CannedReplyEditorViewModel(CannedLibraryApi api, I18n i18n, Supplier<Long> group, Supplier<List<CannedReply>> scope, Executor fx,
                               Consumer<CannedReply> saved) {
        this.api = api;
        this.i18n = i18n;
        this.words = new CannedWords(i18n);
        this.group = group;
        this.scope = scope;
        this.fx = fx;
        this.saved = saved;
        this.errors = new FormErrors(i18n);
    }

    ReadOnlyObjectProperty<CannedReply> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    StringProperty shortcutProperty() {
        return shortcut;
    }

    StringProperty titleProperty() {
        return title;
    }

    StringProperty categoryProperty() {
        return category;
    }

    StringProperty bodyProperty() {
        return body;
    }

    FormErrors errors() {
        return errors;
    }

    ReadOnlyObjectProperty<StaleEdit> staleProperty() {
        return stale.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** An empty form for a new reply, in {@code folder} (blank: none). */
    void startNew(String folder) {
        load(null);
        category.set(folder == null ? "" : folder);
    }

    void load(CannedReply reply) {
        editing.set(reply);
        theirs = null;
        stale.set(null);
        errors.clear();
        shortcut.set(reply == null ? "" : reply.shortcut());
        title.set(reply == null ? "" : reply.title());
        category.set(reply == null || reply.category() == null ? "" : reply.category());
        body.set(reply == null ? "" : reply.body());
    }

    /** Whether the form still shows the reply as read. */
    boolean isUnchanged() {
        CannedReply read = editing.get();
        return read != null && read.shortcut().equals(shortcut.get()) && read.title().equals(title.get())
                && Objects.equals(read.category(), CannedReplyRules.category(category.get())) && read.body().equals(body.get());
    }

    void save() {
        CannedReply read = editing.get();
        save(read == null ? null : read.version());
    }

    void reapply() {
        if (theirs != null) {
            editing.set(theirs);
            save(theirs.version());
        }
    }

    void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    private void save(Long version) {
        Long groupId = group.get();
        if (busy.get() || groupId == null) {
            return;
        }
        CannedReply read = editing.get();
        NewCannedReply request = new NewCannedReply(groupId, shortcut.get().strip(), title.get(), body.get(),
                CannedReplyRules.category(category.get()), version);
        List<FieldError> wrong = CannedReplyRules.check(request, read != null, scope.get(), read == null ? null : read.id());
        if (!wrong.isEmpty()) {
            errors.show(words.word(wrong));
            return;
        }
        busy.set(true);
        CompletableFuture<CannedReply> done = read == null ? api.create(request) : api.replace(read.id(), request);
        done.whenCompleteAsync((reply, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(reply);
                saved.accept(reply);
            } else {
                refused(failure, request);
            }
        }, fx);
    }

    private void refused(Throwable failure, NewCannedReply mine) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(words.word(problem.problem().errors()));
            return;
        }
        if (!errors.show(failure) || editing.get() == null) {
            return;
        }
        long id = editing.get().id();
        api.library().whenCompleteAsync((replies, listFailure) -> {
            CannedReply current = replies == null ? null : replies.stream().filter(reply -> reply.id() == id).findFirst().orElse(null);
            if (current == null) {
                errors.show(new IllegalStateException(i18n.get("cannedLibrary.error.gone")));
                return;
            }
            theirs = current;
            stale.set(new StaleEdit(words.describe(current.shortcut(), current.title(), current.category(), current.body()),
                    words.describe(mine.shortcut(), mine.title(), mine.category(), mine.body())));
        }, fx);
    }
}
