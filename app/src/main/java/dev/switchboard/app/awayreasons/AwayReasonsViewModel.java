package dev.switchboard.app.awayreasons;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.NewAwayReason;
import dev.switchboard.shared.agents.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Away reasons section: every reason in the order the status menus offer them (disabled ones
 * too), searchable in both languages; the chosen reason's editor; moving a reason up or down;
 * offering it or not; deleting one nobody gave (the view asks first). Another admin's change comes
 * through the change log (the session's reason list moves) and the list is read again.
 * Administrators change reasons; supervisors read them (the backend checks again). FX thread.
 */
public final class AwayReasonsViewModel {

    private final AwayReasonsApi api;
    private final Observable changes;
    private final I18n i18n;
    private final Executor fx;
    private final ObservableList<AwayReason> reasons = FXCollections.observableArrayList();
    private final FilteredList<AwayReason> shown = new FilteredList<>(reasons);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AwayReason> selected = new SimpleObjectProperty<>();
    private final FormErrors listErrors;
    private final StringBinding listMessage;
    private final BooleanBinding canEdit;
    private final AwayReasonEditor editor;
    /** The reason to choose once the list read after a save shows it. */
    private Long selectWhenListed;

    /** @param changes moves whenever the change log says away reasons changed (the session's list of them) */
    AwayReasonsViewModel(AwayReasonsApi api, Observable changes, I18n i18n, ReadOnlyObjectProperty<Agent> self, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.fx = fx;
        this.listErrors = new FormErrors(i18n);
        // a refusal of the list's actions names the reason (field "id"), or no field at all
        var reasonMessage = listErrors.field("id");
        this.listMessage = Bindings.createStringBinding(() -> listErrors.general().get().isEmpty() ? reasonMessage.get() : listErrors.general().get(),
                listErrors.general(), reasonMessage);
        this.canEdit = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role().atLeast(Role.ADMIN), self);
        this.editor = new AwayReasonEditor(api, i18n, fx, reason -> {
            selectWhenListed = reason.id();
            reload();
        });
    }

    public void activate(Disposer disposer) {
        disposer.invalidated(changes, observable -> reload());
        disposer.observe(search, text -> shown.setPredicate(reason -> matches(reason, text)));
        disposer.listen(selected, (observable, before, after) -> {
            if (after == null || editor.editingProperty().get() == null || editor.editingProperty().get().id() != after.id()) {
                editor.load(after);
            }
        });
        reload();
    }

    /** The reasons that match the search, in the status menus' order (the view may sort them otherwise). */
    public ObservableList<AwayReason> shownReasons() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AwayReason> selectedProperty() {
        return selected;
    }

    /** Why a load, move, switch or delete failed (a reason agents gave cannot be deleted, say); empty while none did. */
    public StringBinding listMessage() {
        return listMessage;
    }

    public BooleanBinding canEdit() {
        return canEdit;
    }

    public AwayReasonEditor editor() {
        return editor;
    }

    public I18n i18n() {
        return i18n;
    }

    /** An empty editor for a new reason. */
    public void newReason() {
        selected.set(null);
        editor.load(null);
    }

    public void moveUp() {
        moveBy(-1);
    }

    public void moveDown() {
        moveBy(1);
    }

    /** Offers the chosen reason to agents, or stops offering it, as read (a reason changed meanwhile is refused as stale). */
    public void toggleEnabled() {
        AwayReason reason = selected.get();
        if (reason == null || !canEdit.get()) {
            return;
        }
        selectWhenListed = reason.id();
        run(api.replace(reason.id(), new NewAwayReason(reason.name(), reason.nameZh(), null, !reason.enabled(), reason.version()))
                .thenRun(() -> fx.execute(this::reload)));
    }

    /** Deletes the chosen reason (the view asks first); one agents have given is refused, to be disabled instead. */
    public void delete() {
        AwayReason reason = selected.get();
        if (reason == null || !canEdit.get()) {
            return;
        }
        run(api.delete(reason.id()).thenRun(() -> fx.execute(() -> {
            newReason();
            reload();
        })));
    }

    public String deleteQuestion() {
        AwayReason reason = selected.get();
        return reason == null ? "" : i18n.get("awayReasons.delete.question", reason.name(), reason.nameZh());
    }

    /** Reads the reasons again (after a change here or elsewhere). */
    public void reload() {
        api.list().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                show(list);
            }
        }, fx);
    }

    private void moveBy(int step) {
        AwayReason chosen = selected.get();
        if (chosen == null || !canEdit.get()) {
            return;
        }
        int at = reasons.indexOf(chosen);
        int next = at + step;
        if (at < 0 || next < 0 || next >= reasons.size()) {
            return;
        }
        List<AwayReason> order = new ArrayList<>(reasons);
        order.add(next, order.remove(at));
        List<Long> ids = order.stream().map(AwayReason::id).toList();
        // shown in the new order at once; the answer (or a reload after a refusal) settles it
        reasons.sort(Comparator.comparingInt(reason -> ids.indexOf(reason.id())));
        selectWhenListed = chosen.id();
        run(api.reorder(ids).thenAccept(ordered -> fx.execute(() -> show(ordered))));
    }

    private void show(List<AwayReason> list) {
        AwayReason before = selected.get();
        Long keep = selectWhenListed != null ? selectWhenListed : before == null ? null : before.id();
        if (!list.equals(reasons)) {
            reasons.setAll(list);
        }
        AwayReason fresh = keep == null ? null : list.stream().filter(reason -> reason.id() == keep).findFirst().orElse(null);
        if (fresh != null || selectWhenListed == null) {
            selectWhenListed = null;
        }
        if (fresh != null && !fresh.equals(before)) {
            AwayReason editing = editor.editingProperty().get();
            boolean untouched = editing != null && editing.id() == fresh.id() && editor.isUnchanged();
            selected.set(fresh);
            // the form follows a reason changed elsewhere unless the admin has typed into it
            if (untouched) {
                editor.load(fresh);
            }
        } else if (fresh == null && before != null) {
            newReason(); // deleted, here or elsewhere
        }
    }

    private void run(CompletableFuture<?> work) {
        listErrors.clear();
        work.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
                    listErrors.show(problem.problem().errors().stream().map(error -> AwayReasonWords.word(i18n, error)).toList());
                } else {
                    listErrors.show(failure);
                }
                reload();
            }
        }, fx);
    }

    private static boolean matches(AwayReason reason, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return (reason.name() + " " + reason.nameZh()).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
