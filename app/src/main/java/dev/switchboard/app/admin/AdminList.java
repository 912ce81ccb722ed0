package dev.switchboard.app.admin;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The list half of an administration section that shows the backend's items (routing rules,
 * invitation rules, blocks, ...) without keeping them: read whenever the section opens and again
 * on every change-log batch ({@link EntityChanges}), searchable, one item chosen. A chosen item
 * changed elsewhere is chosen again as it is now; one deleted leaves nothing chosen. A change sent
 * from the list (a move, a switch, a delete) that is refused shows above the list, which is read
 * again. With an editor ({@link VersionedEditor}) beside the list, the chosen item shows in it,
 * and the form follows an item changed elsewhere unless the admin typed into it. The view half is
 * {@link AdminListView}. FX thread.
 *
 * @param <T> the item as the backend describes it
 */
public final class AdminList<T> {

    private final Executor fx;
    private final Supplier<CompletableFuture<List<T>>> read;
    private final ToLongFunction<T> id;
    private final Function<T, String> searchText;
    private final VersionedEditor<T, ?> editor;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(items);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final FormErrors errors;
    /** The item to choose once the list read next shows it (one just saved or moved here). */
    private Long chooseWhenListed;

    /**
     * @param read       reads the whole list from the backend
     * @param id         an item's id, which stays the same through its changes
     * @param searchText what a search looks in (the words shown in the row, say)
     * @param editor     the editor beside the list, or null for none
     */
    public AdminList(I18n i18n, Executor fx, Supplier<CompletableFuture<List<T>>> read, ToLongFunction<T> id,
                     Function<T, String> searchText, VersionedEditor<T, ?> editor) {
        this.fx = fx;
        this.read = read;
        this.id = id;
        this.searchText = searchText;
        this.editor = editor;
        this.errors = new FormErrors(i18n);
    }

    /** Follows the search and the change log while the section shows, and reads the list. */
    public void activate(Disposer disposer, EntityChanges changes) {
        disposer.onDispose(changes.onChange(() -> fx.execute(this::reload)));
        disposer.observe(search, text -> shown.setPredicate(item -> matches(item, text)));
        if (editor != null) {
            disposer.listen(selected, (observable, before, after) -> {
                T editing = editor.editingProperty().get();
                if (after == null || editing == null || id.applyAsLong(editing) != id.applyAsLong(after)) {
                    editor.load(after);
                }
            });
            if (editor.editingProperty().get() == null) {
                editor.newItem();
            }
        }
        reload();
    }

    /** Every item, in the backend's order. */
    public ObservableList<T> items() {
        return items;
    }

    /** The items that match the search, in the backend's order (the view may sort them otherwise). */
    public ObservableList<T> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    /** A failed read or change of the list; the editor keeps its own errors. */
    public FormErrors errors() {
        return errors;
    }

    /** Nothing chosen, and an empty editor for a new item. */
    public void newItem() {
        selected.set(null);
        if (editor != null) {
            editor.newItem();
        }
    }

    /** Reads the list again (after a change here or elsewhere). */
    public void reload() {
        read.get().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                errors.show(failure);
            } else {
                show(list);
            }
        }, fx);
    }

    /** Reads the list again, and chooses item {@code itemId} once it is in it (one just saved). */
    public void reloadChoosing(long itemId) {
        chooseWhenListed = itemId;
        reload();
    }

    /**
     * Sends a change made from the list (the view asked first where it destroys something): the
     * errors of the one before go; a refusal shows and the list is read again; {@code then} runs
     * with the answer otherwise.
     */
    public <R> void change(CompletableFuture<R> work, Consumer<R> then) {
        errors.clear();
        work.whenCompleteAsync((answer, failure) -> {
            if (failure != null) {
                errors.show(failure);
                reload();
            } else {
                then.accept(answer);
            }
        }, fx);
    }

    /** Chooses item {@code itemId} once the list read next shows it, e.g. after a change made from the list. */
    public void chooseWhenListed(long itemId) {
        chooseWhenListed = itemId;
    }

    /** Shows {@code list} as the backend has it now (read, or answered to a change), the chosen item chosen again as it is now. */
    public void show(List<T> list) {
        T before = selected.get();
        Long keep = chooseWhenListed != null ? chooseWhenListed : before == null ? null : id.applyAsLong(before);
        if (!list.equals(items)) {
            items.setAll(list);
        }
        T fresh = keep == null ? null : list.stream().filter(item -> id.applyAsLong(item) == keep).findFirst().orElse(null);
        if (fresh != null || chooseWhenListed == null) {
            chooseWhenListed = null;
        }
        if (fresh != null && !fresh.equals(before)) {
            T editing = editor == null ? null : editor.editingProperty().get();
            selected.set(fresh);
            // the form follows an item changed elsewhere unless the admin has typed into it
            if (editing != null && id.applyAsLong(editing) == id.applyAsLong(fresh) && editor.isUnchanged()) {
                editor.load(fresh);
            }
        } else if (fresh == null && before != null) {
            newItem(); // deleted, here or elsewhere
        }
    }

    private boolean matches(T item, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return searchText.apply(item).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
