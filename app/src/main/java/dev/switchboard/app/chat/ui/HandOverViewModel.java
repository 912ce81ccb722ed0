package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.chat.AgentWorkload;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The transfer and assist dialogs: a chat goes to an ONLINE colleague or back to a group's queue
 * with a note only agents see, or a colleague is invited to help. The server's refusal (the
 * colleague went offline meanwhile, the chat ended) shows in the dialog, and the note stays. The
 * colleagues offered follow the team while the dialog is open: one who comes online appears, one
 * who leaves disappears (and is no longer chosen). FX thread.
 */
public final class HandOverViewModel {

    /** Handing the chat over, or asking for help with it. */
    public enum Mode {
        TRANSFER,
        ASSIST
    }

    /** The server takes notes of at most this many characters. */
    public static final int MAX_NOTE = 1000;

    private final Mode mode;
    private final long conversationId;
    private final String chatTitle;
    /** Who is not offered: the agent handing over their own chat, or the agent whose chat a supervisor moves. */
    private final Long notOffered;
    private final String noteLabelKey;
    private final ChatsContext context;
    private final ObservableList<Agent> agents = FXCollections.observableArrayList();
    private final List<Group> groups;
    private final BooleanProperty toGroup = new SimpleBooleanProperty();
    private final ObjectProperty<Agent> agent = new SimpleObjectProperty<>();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canConfirm;
    /** Each colleague's chats against their limit, once the server said; empty until then. */
    private Map<Long, AgentWorkload> workload = Map.of();

    HandOverViewModel(Mode mode, Chat chat, ChatsContext context) {
        this(mode, chat.id(), context.texts().title(chat), context.self().get().id(), "chat.transfer.note", context);
    }

    private HandOverViewModel(Mode mode, long conversationId, String chatTitle, Long notOffered, String noteLabelKey, ChatsContext context) {
        this.mode = mode;
        this.conversationId = conversationId;
        this.chatTitle = chatTitle;
        this.notOffered = notOffered;
        this.noteLabelKey = noteLabelKey;
        this.context = context;
        offerColleaguesOf(context.team().get());
        this.groups = List.copyOf(context.team().get().groups().values());
        this.canConfirm = Bindings.createBooleanBinding(() -> !busy.get() && note.get().length() <= MAX_NOTE
                && (toGroup.get() ? group.get() != null : agent.get() != null), busy, note, toGroup, agent, group);
    }

    /**
     * A supervisor transfers a chat they do not serve (from the Supervisor page): to an agent other
     * than {@code ownerId} (null for a chat still waiting), or to a group's queue, for a reason the
     * agents see as a note and the chat's routing history keeps.
     *
     * @param chatTitle who the chat is with: "Emma"
     */
    public static HandOverViewModel supervisorTransfer(long conversationId, String chatTitle, Long ownerId, ChatsContext context) {
        return new HandOverViewModel(Mode.TRANSFER, conversationId, chatTitle, ownerId, "supervisor.transfer.reason", context);
    }

    /**
     * Keeps the colleagues offered up to date with the team until the returned step runs, and asks
     * the server how many chats each holds.
     */
    public Runnable followTeam() {
        ChangeListener<TeamSnapshot> listener = (observable, before, team) -> offerColleaguesOf(team);
        context.team().addListener(listener);
        offerColleaguesOf(context.team().get());
        context.chats().rest().workload().thenAcceptAsync(loads -> {
            workload = loads.stream().collect(Collectors.toMap(AgentWorkload::agentId, Function.identity(), (a, b) -> b));
            offerColleaguesOf(context.team().get());
        }, context.fx());
        return () -> context.team().removeListener(listener);
    }

    /** A colleague as the lists show them: name, groups, and chats held against their limit once known. */
    public String describe(Agent colleague) {
        TeamSnapshot team = context.team().get();
        String groups = String.join(", ", team.groupNames(colleague));
        AgentWorkload load = workload.get(colleague.id());
        return load == null ? context.texts().i18n().get("chat.handOver.colleague", colleague.displayName(), groups)
                : context.texts().i18n().get("chat.handOver.colleagueLoad", colleague.displayName(), groups, load.load(), load.capacity());
    }

    private void offerColleaguesOf(TeamSnapshot team) {
        // a transfer needs a colleague who takes chats now; help may come from anyone signed in
        List<Agent> offered = team.agents().values().stream()
                .filter(a -> (notOffered == null || a.id() != notOffered) && a.enabled())
                .filter(a -> mode == Mode.TRANSFER ? a.status() == AgentStatus.ONLINE : a.status() != AgentStatus.OFFLINE)
                .sorted(Comparator.comparing(Agent::displayName))
                .toList();
        Agent chosen = agent.get();
        agents.setAll(offered);
        if (chosen != null) {
            agent.set(offered.stream().filter(a -> a.id() == chosen.id()).findFirst().orElse(null));
        }
    }

    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        CompletableFuture<Void> request;
        String target;
        if (mode == Mode.ASSIST) {
            request = context.chats().assist(conversationId, agent.get().id());
            target = agent.get().displayName();
        } else if (toGroup.get()) {
            request = context.chats().transferToGroup(conversationId, group.get().id(), note.get());
            target = group.get().name();
        } else {
            request = context.chats().transferToAgent(conversationId, agent.get().id(), note.get());
            target = agent.get().displayName();
        }
        busy.set(true);
        error.set("");
        request.whenCompleteAsync((ok, failure) -> {
            busy.set(false);
            if (failure != null) {
                error.set(context.texts().failure(failure));
            } else {
                String key = mode == Mode.ASSIST ? "chat.assist.done" : "chat.transfer.done";
                context.notices().post(new Notice(Notice.Level.SUCCESS, context.texts().i18n().get(key, target), false));
                done.set(true);
            }
        }, context.fx());
    }

    public Mode mode() {
        return mode;
    }

    /** Who is being handed over or helped with: "Li Lei". */
    public String chatTitle() {
        return chatTitle;
    }

    /** What the note is called: a note for the colleague, or a supervisor's reason. */
    public String noteLabelKey() {
        return noteLabelKey;
    }

    /** The colleagues who can take the chat (or help) now, by name. */
    public ObservableList<Agent> agents() {
        return agents;
    }

    public List<Group> groups() {
        return groups;
    }

    /** Transfer only: to a group's queue instead of a colleague. */
    public BooleanProperty toGroupProperty() {
        return toGroup;
    }

    public ObjectProperty<Agent> agentProperty() {
        return agent;
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the server took it: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canConfirm() {
        return canConfirm;
    }

    public ChatTexts texts() {
        return context.texts();
    }
}
