package dev.switchboard.app.wrapupadmin;

import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategoryPlace;
import dev.switchboard.shared.wrapup.WrapUpTreeRules;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Wrap-up categories section (administrators): the tree as agents pick from it, searchable;
 * the chosen category's form; adding at the top or under the chosen one; moving the chosen one up,
 * down, or (dragged) onto another; removing it with what is below it (asked first: those used by
 * past wrap-ups are archived, the rest deleted). Followed through the change log, so another
 * administrator's change shows at once. FX thread.
 */
final class CategoryTreeViewModel {

    private final WrapUpCategoriesApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final CategoryWords words;
    private final Executor fx;
    private final ObservableList<WrapUpCategory> categories = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<WrapUpCategory> selected = new SimpleObjectProperty<>();
    private final FormErrors listErrors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final CategoryEditorViewModel editor;
    private Long selectWhenListed;

    CategoryTreeViewModel(WrapUpCategoriesApi api, EntityChanges changes, I18n i18n, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.words = new CategoryWords(i18n);
        this.fx = fx;
        this.listErrors = new FormErrors(i18n);
        this.editor = new CategoryEditorViewModel(api, i18n, () -> List.copyOf(categories), fx, category -> {
            selectWhenListed = category.id();
            reload();
        });
    }

    void activate(Disposer disposer) {
        disposer.onDispose(changes.onChange(() -> fx.execute(this::reload)));
        disposer.listen(selected, (observable, before, after) -> {
            WrapUpCategory editing = editor.editingProperty().get();
            if (after != null && (editing == null || editing.id() != after.id())) {
                editor.load(after);
            }
        });
        if (editor.editingProperty().get() == null) {
            editor.startNew(null);
        }
        reload();
    }

    /** Every category, parents before children, siblings in order. */
    ObservableList<WrapUpCategory> categories() {
        return categories;
    }

    StringProperty searchProperty() {
        return search;
    }

    ObjectProperty<WrapUpCategory> selectedProperty() {
        return selected;
    }

    FormErrors listErrors() {
        return listErrors;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    CategoryEditorViewModel editor() {
        return editor;
    }

    I18n i18n() {
        return i18n;
    }

    /** The categories the search shows: those whose name holds the text, and those above them (all without a search). */
    Set<Long> shown() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Set<Long> shown = new HashSet<>();
        for (WrapUpCategory category : categories) {
            if (text.isEmpty() || category.name().toLowerCase(Locale.ROOT).contains(text)) {
                Long at = category.id();
                while (at != null && shown.add(at)) {
                    long id = at;
                    at = categories.stream().filter(c -> c.id() == id).findFirst().map(WrapUpCategory::parentId).orElse(null);
                }
            }
        }
        return shown;
    }

    Map<Long, String> paths() {
        return CategoryWords.paths(categories);
    }

    /** A new category at the top. */
    void newTop() {
        selected.set(null);
        editor.startNew(null);
    }

    /** A new category under the chosen one. */
    void newChild() {
        WrapUpCategory under = selected.get();
        selected.set(null);
        editor.startNew(under);
    }

    void moveUp() {
        WrapUpCategory chosen = selected.get();
        if (chosen != null) {
            TreeMoves.up(categories, chosen.id()).ifPresent(place -> move(chosen, place));
        }
    }

    void moveDown() {
        WrapUpCategory chosen = selected.get();
        if (chosen != null) {
            TreeMoves.down(categories, chosen.id()).ifPresent(place -> move(chosen, place));
        }
    }

    /** {@code dragged} dropped on {@code target} (null: on no category). */
    void drop(long dragged, Long target) {
        categories.stream().filter(c -> c.id() == dragged).findFirst()
                .ifPresent(moved -> TreeMoves.drop(categories, dragged, target).ifPresent(place -> move(moved, place)));
    }

    private void move(WrapUpCategory moved, TreeMoves.Place to) {
        if (busy.get()) {
            return;
        }
        WrapUpCategoryPlace place = new WrapUpCategoryPlace(to.parentId(), to.index(), moved.version());
        List<FieldError> wrong = WrapUpTreeRules.checkPlace(List.copyOf(categories), moved, place);
        if (!wrong.isEmpty()) {
            listErrors.show(words.word(wrong).stream().map(error -> new FieldError("", error.message())).toList());
            return;
        }
        listErrors.clear();
        busy.set(true);
        selectWhenListed = moved.id();
        api.place(moved.id(), place).whenCompleteAsync((tree, failure) -> {
            busy.set(false);
            if (failure == null) {
                show(tree);
            } else {
                refused(failure);
                reload();
            }
        }, fx);
    }

    /** Removes the chosen category and what is below it (the view asks first). */
    void remove() {
        WrapUpCategory chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        listErrors.clear();
        busy.set(true);
        api.remove(chosen.id()).whenCompleteAsync((done, failure) -> {
            busy.set(false);
            if (failure != null) {
                refused(failure);
            }
            reload();
        }, fx);
    }

    String removeQuestion() {
        WrapUpCategory chosen = selected.get();
        if (chosen == null) {
            return "";
        }
        int below = (int) categories.stream().filter(c -> WrapUpTreeRules.isBelow(categories, c.id(), chosen.id())).count();
        return i18n.get("wrapUpAdmin.remove.question", chosen.name(), below);
    }

    void reload() {
        api.list().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                show(list);
            }
        }, fx);
    }

    private void show(List<WrapUpCategory> list) {
        WrapUpCategory before = selected.get();
        Long keep = selectWhenListed != null ? selectWhenListed : before == null ? null : before.id();
        if (!list.equals(categories)) {
            categories.setAll(list);
        }
        Optional<WrapUpCategory> fresh = keep == null ? Optional.empty() : list.stream().filter(c -> c.id() == keep).findFirst();
        if (fresh.isPresent() || selectWhenListed == null) {
            selectWhenListed = null;
        }
        if (fresh.isPresent() && !fresh.get().equals(before)) {
            WrapUpCategory editing = editor.editingProperty().get();
            boolean followIt = editing == null || editing.id() != fresh.get().id() || editor.isUnchanged();
            selected.set(fresh.get());
            if (followIt) {
                editor.load(fresh.get());
            }
        } else if (fresh.isEmpty() && before != null) {
            newTop();
        }
    }

    private void refused(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.is(ProblemType.CONFLICT)
                && (problem.problem().errors() == null || problem.problem().errors().isEmpty())) {
            listErrors.show(List.of(new FieldError("", i18n.get("wrapUpAdmin.error.staleMove"))));
        } else if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            listErrors.show(words.word(problem.problem().errors()).stream().map(error -> new FieldError("", error.message())).toList());
        } else {
            listErrors.show(failure);
        }
    }
}
