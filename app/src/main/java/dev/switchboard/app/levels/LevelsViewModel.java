package dev.switchboard.app.levels;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.levels.CustomerLevel;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Customer levels section: the levels (the session's {@link CustomerLevelChoices}, which the
 * change log keeps current), searchable, the chosen one's editor, and deleting one after asking.
 * Administrators change levels; supervisors read them. FX thread.
 */
public final class LevelsViewModel {

    private final CustomerLevelsApi api;
    private final CustomerLevelChoices choices;
    private final I18n i18n;
    private final Executor fx;
    private final FilteredList<CustomerLevel> shown;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CustomerLevel> selected = new SimpleObjectProperty<>();
    private final FormErrors listErrors;
    private final BooleanBinding canEdit;
    private final LevelEditorViewModel editor;
    private Long selectWhenListed;

    LevelsViewModel(CustomerLevelsApi api, CustomerLevelChoices choices, I18n i18n, ReadOnlyObjectProperty<Agent> self, Executor fx) {
        this.api = api;
        this.choices = choices;
        this.i18n = i18n;
        this.fx = fx;
        this.shown = new FilteredList<>(choices.levels());
        this.listErrors = new FormErrors(i18n);
        this.canEdit = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role().atLeast(Role.ADMIN), self);
        this.editor = new LevelEditorViewModel(api, i18n, fx, choices::reload, level -> {
            selectWhenListed = level.id();
            reload();
        });
    }

    public void activate(Disposer disposer) {
        disposer.invalidated(choices.levels(), observable -> show(choices.levels()));
        disposer.observe(search, text -> shown.setPredicate(level -> matches(level, text)));
        disposer.listen(selected, (observable, before, after) -> {
            if (after == null || editor.editingProperty().get() == null || editor.editingProperty().get().id() != after.id()) {
                editor.load(after);
            }
        });
        if (editor.editingProperty().get() == null) {
            editor.newLevel();
        }
        reload();
    }

    public ObservableList<CustomerLevel> shownLevels() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<CustomerLevel> selectedProperty() {
        return selected;
    }

    public FormErrors listErrors() {
        return listErrors;
    }

    public BooleanBinding canEdit() {
        return canEdit;
    }

    public LevelEditorViewModel editor() {
        return editor;
    }

    public I18n i18n() {
        return i18n;
    }

    public void newLevel() {
        selected.set(null);
        editor.newLevel();
    }

    /** Deletes the chosen level as read; refused while routing rules match it (the refusal names them) or when it changed meanwhile. */
    public void delete() {
        CustomerLevel level = selected.get();
        if (level == null || !canEdit.get()) {
            return;
        }
        listErrors.clear();
        api.delete(level.id(), level.version()).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                newLevel();
            }
            reload();
        }, fx);
    }

    public String deleteQuestion() {
        CustomerLevel level = selected.get();
        return level == null ? "" : i18n.get("customerLevels.delete.question", level.name());
    }

    public void reload() {
        choices.reload().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                // the list may have come already (through the change log): choose the level just saved in it anyway
                show(choices.levels());
            }
        }, fx);
    }

    /** Keeps the chosen level chosen as it is now (or the one just saved), and the form as read unless the admin typed in it. */
    private void show(List<CustomerLevel> list) {
        CustomerLevel before = selected.get();
        Long keep = selectWhenListed != null ? selectWhenListed : before == null ? null : before.id();
        CustomerLevel fresh = keep == null ? null : list.stream().filter(level -> level.id() == keep).findFirst().orElse(null);
        if (fresh != null || selectWhenListed == null) {
            selectWhenListed = null;
        }
        if (fresh != null && !fresh.equals(before)) {
            CustomerLevel editing = editor.editingProperty().get();
            selected.set(fresh);
            if (editing != null && editing.id() == fresh.id() && editor.isUnchanged()) {
                editor.load(fresh);
            }
        } else if (fresh == null && before != null) {
            newLevel();
        }
    }

    private boolean matches(CustomerLevel level, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return (level.name() + " " + (level.description() == null ? "" : level.description())).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
