package dev.switchboard.app.internalchat.ui;

import dev.switchboard.app.internalchat.TeamChatService;
import dev.switchboard.app.internalchat.TeamChatSnapshot;
import dev.switchboard.app.internalchat.TeamGroups;
import dev.switchboard.app.internalchat.TeamThread;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.teamchat.TeamConversation;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The dialogs of ad-hoc groups: making one (a name and the colleagues ticked), and the members of
 * one (who is in it and who owns it; its owner, or an administrator in it, adds and takes out
 * members; anyone in it renames it or leaves). Changes go to the server at once; the dialog follows
 * the group as the server's answers and news come in. FX thread.
 */
public final class TeamGroupsViewModel {

    /** A member as the dialog lists them; {@code removable} when the agent may take them out. */
    public record Member(long id, String name, boolean owner, boolean removable, TeamChatViewModel.Face face) {
    }

    private final TeamGroups groups;
    private final ObservableValue<TeamChatSnapshot> snapshots;
    private final ObservableValue<TeamSnapshot> team;
    private final long selfId;
    private final I18n i18n;
    private final Executor fx;
    private final TeamChatViewModel page;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableSet<Long> chosen = FXCollections.observableSet();
    private final StringProperty error = new SimpleStringProperty();
    private final ReadOnlyStringWrapper groupTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canManage = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper();
    private final Disposer disposer = new Disposer();
    private Long conversationId;

    TeamGroupsViewModel(TeamGroups groups, ObservableValue<TeamChatSnapshot> snapshots, ObservableValue<TeamSnapshot> team, long selfId,
                        I18n i18n, Executor fx, TeamChatViewModel page) {
        this.groups = groups;
        this.snapshots = snapshots;
        this.team = team;
        this.selfId = selfId;
        this.i18n = i18n;
        this.fx = fx;
        this.page = page;
    }

    public I18n i18n() {
        return i18n;
    }

    // --- making a group ---

    /** The group's name while it is made, or its new name. */
    public StringProperty title() {
        return title;
    }

    /** The colleagues ticked for a new group. */
    public ObservableSet<Long> chosen() {
        return chosen;
    }

    public StringProperty error() {
        return error;
    }

    /** Everyone the agent may put in a group: enabled colleagues, by name. */
    public List<TeamChatViewModel.Colleague> colleagues() {
        return page.colleagues();
    }

    /** A name and at least one colleague. */
    public BooleanBinding canCreate() {
        return Bindings.createBooleanBinding(() -> !title.get().isBlank() && !chosen.isEmpty(), title, chosen);
    }

    /** Makes the group and shows it on the page; completes once it is there, or with the server's refusal (also in {@link #error}). */
    public CompletableFuture<Void> create() {
        error.set(null);
        return report(groups.create(title.get().strip(), List.copyOf(chosen)).thenAcceptAsync(page::select, fx));
    }

    // --- the members of a group ---

    /** Follows the group {@code id} while the dialog shows: its name, members, and whether the agent manages them. */
    public void follow(long id) {
        conversationId = id;
        disposer.invalidated(snapshots, observable -> refresh());
        disposer.invalidated(team, observable -> refresh());
        refresh();
        title.set(groupTitle.get());
    }

    public void stop() {
        disposer.dispose();
    }

    public ReadOnlyStringProperty groupTitle() {
        return groupTitle.getReadOnlyProperty();
    }

    public ObservableList<Member> members() {
        return members;
    }

    /** The agent owns the group, or is an administrator in it: they add and take out members. */
    public ReadOnlyBooleanProperty canManage() {
        return canManage.getReadOnlyProperty();
    }

    /** The agent is no longer in the group (they left, or were taken out). */
    public ReadOnlyBooleanProperty gone() {
        return gone.getReadOnlyProperty();
    }

    /** Colleagues who are not in the group yet. */
    public List<TeamChatViewModel.Colleague> addable() {
        List<Long> in = members.stream().map(Member::id).toList();
        return colleagues().stream().filter(colleague -> !in.contains(colleague.id())).toList();
    }

    public CompletableFuture<Void> rename() {
        error.set(null);
        return report(groups.rename(conversationId, title.get().strip()).thenApply(id -> null));
    }

    public CompletableFuture<Void> add(long agentId) {
        error.set(null);
        return report(groups.add(conversationId, List.of(agentId)).thenApply(id -> null));
    }

    public CompletableFuture<Void> remove(long agentId) {
        error.set(null);
        return report(groups.remove(conversationId, agentId));
    }

    /** Leaves the group; the page then shows no conversation. */
    public CompletableFuture<Void> leave() {
        error.set(null);
        long leaving = conversationId;
        return report(groups.remove(leaving, selfId).thenRunAsync(() -> {
            if (Objects.equals(page.selectedProperty().get(), leaving)) {
                page.selectedProperty().set(null);
            }
        }, fx));
    }

    private void refresh() {
        TeamThread thread = snapshots.getValue().thread(conversationId).orElse(null);
        gone.set(thread == null);
        if (thread == null) {
            return;
        }
        TeamConversation group = thread.conversation();
        groupTitle.set(Objects.requireNonNullElse(group.title(), ""));
        boolean admin = team.getValue().agent(selfId).map(agent -> agent.role().atLeast(Role.ADMIN)).orElse(false);
        boolean manages = Objects.equals(group.ownerId(), selfId) || admin;
        canManage.set(manages);
        Collator byName = Collator.getInstance(i18n.locale());
        List<Member> listed = new ArrayList<>();
        for (long id : group.memberIds()) {
            String name = id == selfId ? i18n.get("teamChat.group.self", page.nameOf(id)) : page.nameOf(id);
            listed.add(new Member(id, name, Objects.equals(group.ownerId(), id), manages && id != selfId, page.faceOf(id)));
        }
        listed.sort(Comparator.comparing(Member::owner).reversed().thenComparing(Member::name, byName));
        if (!listed.equals(members)) {
            members.setAll(listed);
        }
    }

    /** The server's refusal, worded for the dialog; the future still fails so the caller keeps the dialog open. */
    private CompletableFuture<Void> report(CompletableFuture<Void> change) {
        return change.whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                error.set(i18n.get("teamChat.group.error", TeamChatService.unwrap(failure).getMessage()));
            }
        }, fx);
    }
}
