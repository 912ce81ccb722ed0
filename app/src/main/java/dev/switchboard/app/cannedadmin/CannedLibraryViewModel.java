package dev.switchboard.app.cannedadmin;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyOrder;
import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Canned-reply library section: one group's shared replies at a time (administrators choose
 * any group, supervisors theirs), in folders (the replies' categories), searchable, in the group's
 * order; the chosen reply's form; a new reply; moving one up or down; deleting one (asked first).
 * The list is read from the backend, again whenever the change log brings a reply change (and after
 * each change here). FX thread.
 */
final class CannedLibraryViewModel {

    /** The folder entry for "every category". */
    static final String ALL = "";

    private final CannedLibraryApi api;
    private final Function<Runnable, Runnable> replyChanges;
    private final I18n i18n;
    private final ReadOnlyObjectProperty<Agent> self;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final Executor fx;
    private final List<CannedReply> library = new ArrayList<>();
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final ObservableList<String> folders = FXCollections.observableArrayList(ALL);
    private final StringProperty folder = new SimpleStringProperty(ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<CannedReply> replies = FXCollections.observableArrayList();
    private final ObjectProperty<CannedReply> selected = new SimpleObjectProperty<>();
    private final FormErrors listErrors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final CannedReplyEditorViewModel editor;
    private Long selectWhenListed;

    /** @param replyChanges subscribes to the session's canned-reply changes; answers how to stop */
    CannedLibraryViewModel(CannedLibraryApi api, Function<Runnable, Runnable> replyChanges, I18n i18n, ReadOnlyObjectProperty<Agent> self,
                           ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.api = api;
        this.replyChanges = replyChanges;
        this.i18n = i18n;
        this.self = self;
        this.team = team;
        this.fx = fx;
        this.listErrors = new FormErrors(i18n);
        this.editor = new CannedReplyEditorViewModel(api, i18n, () -> group.get() == null ? null : group.get().id(), this::inGroup, fx, reply -> {
            selectWhenListed = reply.id();
            reload();
        });
    }

    void activate(Disposer disposer) {
        disposer.onDispose(replyChanges.apply(() -> fx.execute(this::reload)));
        disposer.observe(self, agent -> rebuildGroups());
        disposer.observe(team, snapshot -> rebuildGroups());
        disposer.listen(group, (observable, before, after) -> {
            folder.set(ALL);
            selected.set(null);
            editor.startNew(null);
            refresh();
        });
        disposer.observe(folder, chosen -> refresh());
        disposer.observe(search, text -> refresh());
        disposer.listen(selected, (observable, before, after) -> {
            CannedReply editing = editor.editingProperty().get();
            if (after != null && (editing == null || editing.id() != after.id())) {
                editor.load(after);
            }
        });
        if (editor.editingProperty().get() == null) {
            editor.startNew(null);
        }
        reload();
    }

    ObservableList<Group> groups() {
        return groups;
    }

    ObjectProperty<Group> groupProperty() {
        return group;
    }

    /** {@link #ALL}, then the group's categories in the order they first appear. */
    ObservableList<String> folders() {
        return folders;
    }

    StringProperty folderProperty() {
        return folder;
    }

    StringProperty searchProperty() {
        return search;
    }

    /** The group's replies in the folder that match the search, in the group's order. */
    ObservableList<CannedReply> replies() {
        return replies;
    }

    ObjectProperty<CannedReply> selectedProperty() {
        return selected;
    }

    FormErrors listErrors() {
        return listErrors;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    CannedReplyEditorViewModel editor() {
        return editor;
    }

    I18n i18n() {
        return i18n;
    }

    /** A new reply in the folder shown. */
    void newReply() {
        selected.set(null);
        editor.startNew(folder.get());
    }

    void moveUp() {
        moveBy(-1);
    }

    void moveDown() {
        moveBy(1);
    }

    /** Deletes the chosen reply (the view asks first). */
    void delete() {
        CannedReply chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        listErrors.clear();
        busy.set(true);
        api.delete(chosen.id()).whenCompleteAsync((done, failure) -> {
            busy.set(false);
            if (failure != null) {
                listErrors.show(failure);
            }
            reload();
        }, fx);
    }

    String deleteQuestion() {
        CannedReply chosen = selected.get();
        return chosen == null ? "" : i18n.get("cannedLibrary.delete.question", chosen.title(), chosen.shortcut(),
                group.get() == null ? "" : group.get().name());
    }

    void reload() {
        api.library().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
                return;
            }
            library.clear();
            library.addAll(list);
            refresh();
        }, fx);
    }

    /** Moves the chosen reply past its neighbour in the list shown, within the group's whole order. */
    private void moveBy(int step) {
        CannedReply chosen = selected.get();
        Group in = group.get();
        int at = replies.indexOf(chosen);
        if (chosen == null || in == null || busy.get() || at < 0 || at + step < 0 || at + step >= replies.size()) {
            return;
        }
        List<Long> order = new ArrayList<>(inGroup().stream().map(CannedReply::id).toList());
        long neighbour = replies.get(at + step).id();
        order.remove(Long.valueOf(chosen.id()));
        order.add(order.indexOf(neighbour) + (step > 0 ? 1 : 0), chosen.id());
        listErrors.clear();
        busy.set(true);
        selectWhenListed = chosen.id();
        api.reorder(new CannedReplyOrder(in.id(), order)).whenCompleteAsync((done, failure) -> {
            busy.set(false);
            if (failure != null) {
                // 409: someone added or removed a reply meanwhile; the list is read again below
                listErrors.show(List.of(new FieldError("", i18n.get("cannedLibrary.error.staleOrder"))));
            }
            reload();
        }, fx);
    }

    private List<CannedReply> inGroup() {
        Group in = group.get();
        return in == null ? List.of() : library.stream().filter(reply -> Objects.equals(reply.groupId(), in.id())).toList();
    }

    private void rebuildGroups() {
        Agent agent = self.get();
        if (agent == null) {
            return;
        }
        boolean admin = agent.role().atLeast(Role.ADMIN);
        List<Group> now = team.get().groups().values().stream()
                .filter(g -> admin || agent.groupIds().contains(g.id()))
                .sorted(Comparator.comparingLong(Group::id)).toList();
        if (!now.equals(groups)) {
            Group before = group.get();
            groups.setAll(now);
            group.set(now.stream().filter(g -> before != null && g.id() == before.id()).findFirst().orElse(now.isEmpty() ? null : now.get(0)));
        }
    }

    private void refresh() {
        List<CannedReply> all = inGroup();
        Set<String> named = new LinkedHashSet<>();
        named.add(ALL);
        all.forEach(reply -> {
            if (reply.category() != null) {
                named.add(reply.category());
            }
        });
        String chosenFolder = folder.get();
        if (!folders.equals(new ArrayList<>(named))) {
            folders.setAll(named);
        }
        if (chosenFolder != null && !named.contains(chosenFolder)) {
            folder.set(ALL);
            return;
        }
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<CannedReply> shown = all.stream()
                .filter(reply -> chosenFolder == null || chosenFolder.isEmpty() || chosenFolder.equals(reply.category()))
                .filter(reply -> text.isEmpty() || (reply.shortcut() + " " + reply.title() + " " + reply.body() + " "
                        + Objects.requireNonNullElse(reply.category(), "")).toLowerCase(Locale.ROOT).contains(text))
                .toList();
        if (!shown.equals(replies)) {
            replies.setAll(shown);
        }
        CannedReply before = selected.get();
        Long keep = selectWhenListed != null ? selectWhenListed : before == null ? null : before.id();
        CannedReply fresh = keep == null ? null : all.stream().filter(reply -> reply.id() == keep).findFirst().orElse(null);
        if (fresh != null || selectWhenListed == null) {
            selectWhenListed = null;
        }
        if (fresh != null && !fresh.equals(before)) {
            CannedReply editing = editor.editingProperty().get();
            boolean followIt = editing == null || editing.id() != fresh.id() || editor.isUnchanged();
            selected.set(fresh);
            if (followIt) {
                editor.load(fresh);
            }
        } else if (fresh == null && before != null) {
            newReply();
        }
    }
}
