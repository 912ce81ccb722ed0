package dev.switchboard.app.admin;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What every editor of one versioned item of the backend shares (a routing rule, an invitation
 * rule, ...), new or read: a save is checked by the shared rules first, then by the backend; a
 * refusal shows next to the fields and leaves everything as typed; a stale version (409) shows
 * both versions ({@link StaleEdit}), to apply this form again on top of the current version or take
 * the current one. A subclass holds the fields and says how they make a request. FX thread.
 *
 * @param <T> the item as the backend describes it
 * @param <R> the request that creates or replaces one, carrying the version it was read at
 */
public abstract class VersionedEditor<T, R> {

    /**
     * The backend's items of one kind, as an editor needs them.
     *
     * @param list    reads every item as the backend has it now (a stale item's current version is read from it)
     * @param create  creates one
     * @param replace replaces item {@code id} (the request carries the version it was read at)
     * @param id      an item's id
     * @param version an item's version
     */
    public record Items<T, R>(Supplier<CompletableFuture<List<T>>> list, Function<R, CompletableFuture<T>> create,
                              BiFunction<Long, R, CompletableFuture<T>> replace, ToLongFunction<T> id, ToLongFunction<T> version) {
    }

    private final I18n i18n;
    private final Executor fx;
    private final Items<T, R> items;
    private final String goneKey;
    private final Consumer<T> saved;
    private final ReadOnlyObjectWrapper<T> editing = new ReadOnlyObjectWrapper<>();
    private final FormErrors errors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** The current version on the server while a save is stale: a re-applied save goes on top of it. */
    private T theirs;

    /**
     * @param goneKey the bundle key of the message for an item someone else deleted meanwhile
     * @param saved   told of each item saved, as the backend answered it
     */
    protected VersionedEditor(I18n i18n, Executor fx, Items<T, R> items, String goneKey, Consumer<T> saved) {
        this.i18n = i18n;
        this.fx = fx;
        this.items = items;
        this.goneKey = goneKey;
        this.saved = saved;
        this.errors = new FormErrors(i18n);
    }

    // --- what the subclass says about its items ---

    /** Fills the fields with {@code item} as read; null: empty, for a new one. */
    protected abstract void fill(T item);

    /** The item as the form says, for {@code version} (null for a new one). */
    protected abstract R request(Long version);

    /** The request that would save {@code item} as it is. */
    protected abstract R asRequest(T item);

    /** The shared rules' refusals of {@code request}, in the reader's language; {@code replacing}: an item read before. */
    protected abstract List<FieldError> check(R request, boolean replacing);

    /** A backend's refusal of a field in the reader's language. */
    protected abstract FieldError word(FieldError error);

    /** A request for people to read, beside another in the stale-version pane. */
    protected abstract String describe(R request);

    // --- what the form shows ---

    /** The item being changed; null while a new one is written. */
    public ReadOnlyObjectProperty<T> editingProperty() {
        return editing.getReadOnlyProperty();
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

    // --- what the admin does ---

    /** An empty form for a new item. */
    public void newItem() {
        load(null);
    }

    /** The form filled with {@code item} as read; null: empty, for a new one. */
    public void load(T item) {
        editing.set(item);
        theirs = null;
        stale.set(null);
        errors.clear();
        fill(item);
    }

    /** Creates the item or replaces the one read, after the shared rules' check. */
    public void save() {
        T read = editing.get();
        save(read == null ? null : items.version().applyAsLong(read));
    }

    /** After a stale save: this form's item again, on top of the current version. */
    public void reapply() {
        if (theirs != null) {
            editing.set(theirs);
            save(items.version().applyAsLong(theirs));
        }
    }

    /** After a stale save: the current version in the form, the admin's typing dropped. */
    public void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    /** Whether the form still shows the item as read (nothing typed since). */
    public boolean isUnchanged() {
        T read = editing.get();
        return read != null && request(items.version().applyAsLong(read)).equals(asRequest(read));
    }

    private void save(Long version) {
        if (busy.get()) {
            return;
        }
        T read = editing.get();
        R request = request(version);
        List<FieldError> wrong = check(request, read != null);
        if (!wrong.isEmpty()) {
            errors.show(wrong);
            return;
        }
        busy.set(true);
        CompletableFuture<T> done = read == null ? items.create().apply(request) : items.replace().apply(items.id().applyAsLong(read), request);
        done.whenCompleteAsync((item, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(item);
                saved.accept(item);
            } else {
                refused(failure, request);
            }
        }, fx);
    }

    /** Shows why the save failed; a stale one also fetches the current version to show beside the admin's. */
    private void refused(Throwable failure, R mine) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(problem.problem().errors().stream().map(this::word).toList());
            return;
        }
        if (!errors.show(failure) || editing.get() == null) {
            return;
        }
        long itemId = items.id().applyAsLong(editing.get());
        items.list().get().whenCompleteAsync((all, listFailure) -> {
            T current = all == null ? null : all.stream().filter(item -> items.id().applyAsLong(item) == itemId).findFirst().orElse(null);
            if (current == null) {
                errors.show(new IllegalStateException(i18n.get(goneKey)));
                return;
            }
            theirs = current;
            stale.set(new StaleEdit(describe(asRequest(current)), describe(mine)));
        }, fx);
    }
}
