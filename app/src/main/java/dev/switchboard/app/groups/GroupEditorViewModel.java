package dev.switchboard.app.groups;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.SkillChange;
import dev.switchboard.shared.groups.GroupRules;
import dev.switchboard.shared.groups.GroupSetup;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editor of one group's whole setup, or of a new group: every field as typed, saved at once
 * against the version it was read at. Checks the shared rules before sending; a refusal puts its
 * messages next to the fields and keeps what was typed; a save made on an older version shows both
 * versions to re-apply or drop. Follows the synced groups: a group saved elsewhere is read again
 * unless the admin has changed something here. FX thread.
 */
final class GroupEditorViewModel {

    private final GroupsApi api;
    private final I18n i18n;
    private final ReadOnlyObjectProperty<Agent> self;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final Executor fx;
    private final GroupErrors placing;
    private final SetupText text;

    final GroupForm form = new GroupForm();

    /** What was read (or saved) last; null while nothing is open or a new group is being typed. */
    private final ObjectProperty<GroupSetup> loaded = new SimpleObjectProperty<>();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty mayRun = new SimpleBooleanProperty();
    private final BooleanProperty mayChangeIdentity = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<StaleEdit> stale = new SimpleObjectProperty<>();
    private final FormErrors errors;
    /** The current version while a stale save waits for the admin's choice. */
    private GroupSetup theirs;
    private Consumer<Long> onCreated = id -> { };
    private Runnable onDeleted = () -> { };

    GroupEditorViewModel(GroupsApi api, I18n i18n, ReadOnlyObjectProperty<Agent> self, ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.api = api;
        this.i18n = i18n;
        this.self = self;
        this.team = team;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        this.placing = new GroupErrors(i18n);
        this.text = new SetupText(i18n, placing, this::agentName);
    }

    // --- what the view binds ---

    FormErrors errors() {
        return errors;
    }

    ObjectProperty<StaleEdit> staleProperty() {
        return stale;
    }

    BooleanProperty openProperty() {
        return open;
    }

    BooleanProperty creatingProperty() {
        return creating;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    /** Whether the signed-in person may save this group (administrators, its supervisors). */
    BooleanProperty mayRunProperty() {
        return mayRun;
    }

    /** Whether they may change its name, description and members, and delete it (administrators). */
    BooleanProperty mayChangeIdentityProperty() {
        return mayChangeIdentity;
    }

    StringProperty noticeProperty() {
        return notice;
    }

    ReadOnlyObjectProperty<GroupSetup> loadedProperty() {
        return loaded;
    }

    /** The agents who could join: every synced agent not a member yet, by name. */
    List<Agent> candidates() {
        List<Long> in = form.members.stream().map(member -> member.agentId).toList();
        return team.get().agents().values().stream().filter(agent -> !in.contains(agent.id()))
                .sorted(Comparator.comparing(Agent::displayName)).toList();
    }

    // --- what the admin does ---

    void open(long groupId) {
        if (loaded.get() != null && loaded.get().id() == groupId && !creating.get()) {
            return;
        }
        read(groupId, setup -> {
            show(setup);
            notice.set("");
        });
    }

    /** An empty editor for a new group, with the backend's defaults. */
    void startNew() {
        loaded.set(null);
        theirs = null;
        stale.set(null);
        errors.clear();
        notice.set("");
        creating.set(true);
        open.set(true);
        form.fill(GroupForm.NEW, this::agentName);
        rights(0);
    }

    void close() {
        loaded.set(null);
        creating.set(false);
        open.set(false);
        stale.set(null);
        errors.clear();
    }

    void addMember(Agent agent) {
        if (agent != null && form.members.stream().noneMatch(member -> member.agentId == agent.id())) {
            form.members.add(new MemberRow(agent.id(), agent.displayName(), SkillChange.DEFAULT));
        }
    }

    void removeMember(MemberRow member) {
        form.members.remove(member);
    }

    void save() {
        List<FieldError> found = new ArrayList<>();
        GroupSetup typed = typed(found);
        found.addAll(GroupRules.check(typed));
        if (!found.isEmpty()) {
            errors.show(place(found));
            notice.set("");
            return;
        }
        errors.clear();
        stale.set(null);
        busy.set(true);
        boolean wasNew = creating.get();
        CompletableFuture<GroupSetup> saved = wasNew ? create(typed) : api.save(typed);
        saved.whenCompleteAsync((setup, failure) -> {
            busy.set(false);
            if (failure == null) {
                show(setup);
                notice.set(i18n.get(wasNew ? "groups.created" : "groups.saved", setup.name()));
                if (wasNew) {
                    onCreated.accept(setup.id());
                }
            } else {
                refused(typed, failure);
            }
        }, fx);
    }

    /** After a stale save: the admin's typing again, on top of the current version. */
    void reapply() {
        if (theirs != null) {
            loaded.set(theirs);
            theirs = null;
            stale.set(null);
            save();
        }
    }

    /** After a stale save: drop the typing and show the current version. */
    void takeTheirs() {
        if (theirs != null) {
            GroupSetup current = theirs;
            theirs = null;
            stale.set(null);
            show(current);
        }
    }

    /** Deletes the open group (the view has asked first); what still uses it is said when it is refused. */
    void delete() {
        GroupSetup current = loaded.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        api.delete(current.id()).whenCompleteAsync((ok, failure) -> {
            busy.set(false);
            if (failure == null) {
                close();
                notice.set(i18n.get("groups.deleted", current.name()));
                onDeleted.run();
            } else {
                errors.clear();
                Throwable cause = unwrap(failure);
                if (cause instanceof ProblemException refused && refused.is(ProblemType.CONFLICT) && !refused.problem().errors().isEmpty()) {
                    // said in the interface's words, in the place of the backend's
                    Problem said = new Problem(refused.problem().type(), refused.problem().title(), refused.problem().status(),
                            i18n.get("groups.inUse", text.blockers(refused.problem().errors())), List.of());
                    errors.show(new ProblemException(said, Optional.empty()));
                } else {
                    errors.show(failure);
                }
            }
        }, fx);
    }

    void onCreated(Consumer<Long> listener) {
        onCreated = listener;
    }

    void onDeleted(Runnable listener) {
        onDeleted = listener;
    }

    /**
     * The synced groups changed: the open group saved elsewhere is read again unless something is
     * typed here (a save would then be refused as stale and show both); a deleted one closes.
     */
    void teamChanged(TeamSnapshot snapshot) {
        GroupSetup current = loaded.get();
        if (current == null || busy.get()) {
            return;
        }
        Group synced = snapshot.groups().get(current.id());
        if (synced == null) {
            close();
            notice.set(i18n.get("groups.deletedElsewhere", current.name()));
        } else if (synced.version() > current.version() && stale.get() == null && !edited()) {
            read(current.id(), this::show);
        }
        rights(current.id());
    }

    /** Whether anything typed differs from what was read. */
    boolean edited() {
        GroupSetup current = loaded.get();
        if (current == null) {
            return creating.get();
        }
        return !GroupForm.same(typed(new ArrayList<>()), current);
    }

    // --- inside ---

    private void read(long groupId, Consumer<GroupSetup> then) {
        busy.set(true);
        api.setup(groupId).whenCompleteAsync((setup, failure) -> {
            busy.set(false);
            if (failure == null) {
                then.accept(setup);
            } else {
                errors.show(failure);
            }
        }, fx);
    }

    private CompletableFuture<GroupSetup> create(GroupSetup typed) {
        return api.create(new NewGroup(typed.name(), typed.description())).thenCompose(group -> api.setup(group.id()))
                .thenCompose(fresh -> {
                    // the group exists from here on: a refusal of the rest leaves it to be edited, not created again
                    fx.execute(() -> {
                        loaded.set(fresh);
                        creating.set(false);
                    });
                    return api.save(GroupForm.withIdentity(typed, fresh.id(), fresh.version()));
                });
    }

    private void refused(GroupSetup typed, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProblemException refused && refused.is(ProblemType.CONFLICT) && refused.problem().errors().isEmpty()
                && loaded.get() != null) {
            api.setup(typed.id()).whenCompleteAsync((current, readFailure) -> {
                if (readFailure != null) {
                    errors.show(failure);
                    return;
                }
                theirs = current;
                stale.set(new StaleEdit(text.describe(current), text.describe(typed)));
            }, fx);
            return;
        }
        if (cause instanceof ProblemException refused && !refused.problem().errors().isEmpty()) {
            errors.show(place(refused.problem().errors()));
        } else if (cause instanceof ProblemException refused && refused.is(ProblemType.CONFLICT)) {
            // a new group's name taken: the create's own conflict names no field
            errors.show(List.of(new FieldError("name", i18n.get("groups.error.nameTaken"))));
        } else {
            errors.show(failure);
        }
    }

    private void show(GroupSetup setup) {
        loaded.set(setup);
        creating.set(false);
        open.set(true);
        errors.clear();
        form.fill(setup, this::agentName);
        rights(setup.id());
    }

    /** What the signed-in person may do with group {@code groupId} (0: a new one). */
    private void rights(long groupId) {
        Agent me = self.get();
        boolean admin = me != null && me.role() == Role.ADMIN;
        mayChangeIdentity.set(admin);
        mayRun.set(admin || (me != null && me.role() == Role.SUPERVISOR && me.groupIds().contains(groupId)));
    }

    /** The setup as typed, against the version read (a new group's: none yet). */
    private GroupSetup typed(List<FieldError> found) {
        GroupSetup base = loaded.get();
        return form.typed(base == null ? 0 : base.id(), base == null ? 0 : base.version(), found);
    }

    private List<FieldError> place(List<FieldError> found) {
        return placing.place(found, form.schedule, form.members.stream().map(member -> member.agentId).toList(), this::agentName);
    }

    private String agentName(long agentId) {
        return team.get().agent(agentId).map(Agent::displayName).orElse("#" + agentId);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
