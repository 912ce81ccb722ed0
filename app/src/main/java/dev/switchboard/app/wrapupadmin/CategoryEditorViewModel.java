package dev.switchboard.app.wrapupadmin;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.NewWrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategoryPlace;
import dev.switchboard.shared.wrapup.WrapUpTreeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one wrap-up category: its name, the category it is under (moving it there, with
 * everything below it) and whether new wrap-ups offer it. A new category is added under the parent
 * chosen. Checked against the tree shown by the shared rules before anything is sent; refusals go
 * next to their fields and the form keeps what was typed; a save on a stale version shows both
 * versions, to apply this form again on top of the current one or to take it. FX thread.
 */
final class CategoryEditorViewModel {

    private final WrapUpCategoriesApi api;
    private final I18n i18n;
    private final CategoryWords words;
    private final Supplier<List<WrapUpCategory>> tree;
    private final Executor fx;
    private final Consumer<WrapUpCategory> saved;

    private final ReadOnlyObjectWrapper<WrapUpCategory> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<WrapUpCategory> parent = new SimpleObjectProperty<>();
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final FormErrors errors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private WrapUpCategory theirs;

    /**
     * @param tree  the tree as the section shows it, parents before children
     * @param saved told of the category saved, for the section to show it
     */
    CategoryEditorViewModel(WrapUpCategoriesApi api, I18n i18n, Supplier<List<WrapUpCategory>> tree, Executor fx, Consumer<WrapUpCategory> saved) {
        this.api = api;
        this.i18n = i18n;
        this.words = new CategoryWords(i18n);
        this.tree = tree;
        this.fx = fx;
        this.saved = saved;
        this.errors = new FormErrors(i18n);
    }

    ReadOnlyObjectProperty<WrapUpCategory> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    StringProperty nameProperty() {
        return name;
    }

    /** The category above; null for the top level. */
    ObjectProperty<WrapUpCategory> parentProperty() {
        return parent;
    }

    BooleanProperty enabledProperty() {
        return enabled;
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

    /** An empty form for a new category under {@code under} (null: at the top). */
    void startNew(WrapUpCategory under) {
        load(null);
        parent.set(under);
    }

    void load(WrapUpCategory category) {
        editing.set(category);
        theirs = null;
        stale.set(null);
        errors.clear();
        name.set(category == null ? "" : category.name());
        parent.set(category == null ? null : byId(category.parentId()));
        enabled.set(category == null || category.enabled());
    }

    /** Whether the form still shows the category as read (a change made elsewhere may then replace it). */
    boolean isUnchanged() {
        WrapUpCategory read = editing.get();
        return read != null && read.name().equals(name.get()) && Objects.equals(read.parentId(), parentId()) && read.enabled() == enabled.get();
    }

    void save() {
        WrapUpCategory read = editing.get();
        if (read == null) {
            create();
        } else {
            change(read);
        }
    }

    /** After a stale save: this form again, on top of the current version. */
    void reapply() {
        if (theirs != null) {
            editing.set(theirs);
            theirs = null;
            stale.set(null);
            change(editing.get());
        }
    }

    /** After a stale save: the current version in the form, what was typed dropped. */
    void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    private void create() {
        List<FieldError> wrong = WrapUpTreeRules.checkNew(tree.get(), parentId(), name.get());
        if (!wrong.isEmpty()) {
            errors.show(words.word(wrong));
            return;
        }
        run(api.create(new NewWrapUpCategory(parentId(), name.get().strip(), null, null)), null);
    }

    private void change(WrapUpCategory read) {
        if (busy.get()) {
            return;
        }
        boolean renamedOrSwitched = !read.name().equals(name.get()) || read.enabled() != enabled.get();
        boolean moving = !Objects.equals(read.parentId(), parentId());
        NewWrapUpCategory change = new NewWrapUpCategory(null, name.get(), null, enabled.get(), read.version());
        List<FieldError> wrong = new ArrayList<>(renamedOrSwitched ? WrapUpTreeRules.checkChange(tree.get(), read, change) : List.of());
        if (moving && wrong.isEmpty()) {
            WrapUpCategory asItWillBe = new WrapUpCategory(read.id(), read.parentId(), name.get().strip(), read.position(), enabled.get(), read.version());
            wrong.addAll(WrapUpTreeRules.checkPlace(tree.get(), asItWillBe, place(read, read.version())));
        }
        if (!wrong.isEmpty()) {
            errors.show(words.word(wrong));
            return;
        }
        if (!renamedOrSwitched && !moving) {
            errors.clear();
            return;
        }
        CompletableFuture<WrapUpCategory> first = renamedOrSwitched ? api.change(read.id(), change) : CompletableFuture.completedFuture(read);
        CompletableFuture<WrapUpCategory> done = !moving ? first : first.thenCompose(changed -> api.place(read.id(), place(read, changed.version()))
                .thenApply(after -> after.stream().filter(c -> c.id() == read.id()).findFirst().orElse(changed)));
        run(done, read);
    }

    private WrapUpCategoryPlace place(WrapUpCategory moved, long version) {
        TreeMoves.Place last = TreeMoves.last(tree.get(), moved.id(), parentId());
        return new WrapUpCategoryPlace(last.parentId(), last.index(), version);
    }

    private void run(CompletableFuture<WrapUpCategory> work, WrapUpCategory read) {
        busy.set(true);
        work.whenCompleteAsync((category, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(category);
                saved.accept(category);
            } else {
                refused(failure, read);
            }
        }, fx);
    }

    private void refused(Throwable failure, WrapUpCategory read) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(words.word(problem.problem().errors()));
            return;
        }
        if (!errors.show(failure) || read == null) {
            return;
        }
        String mine = words.describe(name.get(), parent.get() == null ? null : CategoryWords.paths(tree.get()).get(parent.get().id()), enabled.get());
        api.list().whenCompleteAsync((list, listFailure) -> {
            WrapUpCategory current = list == null ? null : list.stream().filter(c -> c.id() == read.id()).findFirst().orElse(null);
            if (current == null) {
                errors.show(new IllegalStateException(i18n.get("wrapUpAdmin.error.gone")));
                return;
            }
            theirs = current;
            String above = current.parentId() == null ? null : CategoryWords.paths(list).get(current.parentId());
            stale.set(new StaleEdit(words.describe(current.name(), above, current.enabled()), mine));
        }, fx);
    }

    private Long parentId() {
        return parent.get() == null ? null : parent.get().id();
    }

    private WrapUpCategory byId(Long id) {
        return id == null ? null : tree.get().stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }
}
