package dev.switchboard.app.internalchat.ui;

import dev.switchboard.app.internalchat.TeamChatService;
import dev.switchboard.app.internalchat.TeamChatSnapshot;
import dev.switchboard.app.internalchat.TeamOutgoing;
import dev.switchboard.app.internalchat.TeamThread;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.teamchat.SharedChat;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Team chat page: the agent's conversations with colleagues (unread counts), the selected one's
 * messages and what is still on its way, the input, starting a one-to-one chat, and opening the
 * visitor chats colleagues share. A conversation counts as read while it is selected on the page
 * and the window has the focus. FX thread.
 */
public final class TeamChatViewModel {

    /**
     * Who a conversation or a colleague is shown as: an agent with their picture's tag (null: none,
     * their initials), or a group (a negative id, so that its colour is not a colleague's) by its title.
     */
    public record Face(long id, String name, String avatar) {
    }

    /** A row of the conversation list. */
    public record ConversationItem(long id, String title, int unread, String preview, Face face) {
    }

    /**
     * A line of the selected conversation: a stored message, or one of the agent's still on its way
     * ({@code status} says how far; {@code failed} when the server refused it); {@code event} for a
     * change of an ad-hoc group, worded in {@code text}. {@code face} is a colleague's who wrote it
     * (null for the agent's own lines and events).
     */
    public record Line(String key, String sender, String time, String text, SharedChat link, String linkText, boolean mine, String status,
                       boolean failed, String clientId, boolean event, Face face) {
    }

    /** Someone to start a one-to-one chat with. */
    public record Colleague(long id, String name, Face face) {
    }

    /** Opens a visitor chat a colleague shared: its tab when the agent has it, else read-only when they may read it. */
    @FunctionalInterface
    public interface SharedChatOpener {
        CompletableFuture<Void> open(SharedChat chat, String title);
    }

    private static final int PREVIEW_LENGTH = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final TeamChatService service;
    private final ObservableValue<TeamChatSnapshot> snapshots;
    private final ObservableValue<TeamSnapshot> team;
    private final long selfId;
    private final I18n i18n;
    private final ZoneId zone;
    private final Clock clock;
    private final Executor fx;
    private final SharedChatOpener opener;
    private final ObservableList<ConversationItem> conversations = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Face> face = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasEarlier = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper adHoc = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper typing = new ReadOnlyStringWrapper("");
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty visible = new SimpleBooleanProperty();
    private final ObjectBinding<Long> inFront;
    private final Disposer disposer = new Disposer();
    private final TeamEventTexts events;

    public TeamChatViewModel(TeamChatService service, ObservableValue<TeamChatSnapshot> snapshots, ObservableValue<TeamSnapshot> team,
                             long selfId, I18n i18n, ZoneId zone, Clock clock, Executor fx, SharedChatOpener opener) {
        this.service = service;
        this.snapshots = snapshots;
        this.team = team;
        this.selfId = selfId;
        this.i18n = i18n;
        this.zone = zone;
        this.clock = clock;
        this.fx = fx;
        this.opener = opener;
        this.inFront = Bindings.createObjectBinding(() -> visible.get() ? selected.get() : null, visible, selected);
        this.events = new TeamEventTexts(i18n, selfId, this::nameOf);
    }

    /** Follows the conversations while the page exists; the alerts use {@link #inFront} whether it shows or not. */
    public void activate() {
        disposer.invalidated(snapshots, observable -> refresh());
        disposer.invalidated(team, observable -> refresh());
        disposer.invalidated(selected, observable -> refresh());
        disposer.invalidated(visible, observable -> refresh());
        disposer.invalidated(i18n.localeProperty(), observable -> refresh());
        // what the agent types (not the emptying after a send): colleagues see them typing
        disposer.listen(input, (observable, before, now) -> {
            if (selected.get() != null && now != null && !now.isEmpty() && !now.equals(before)) {
                service.keystroke(selected.get());
            }
        });
        refresh();
    }

    public void deactivate() {
        disposer.dispose();
    }

    public ObservableList<ConversationItem> conversations() {
        return conversations;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** Who the selected conversation is with, for its header; null while none is selected. */
    public ReadOnlyObjectProperty<Face> face() {
        return face.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasEarlier() {
        return hasEarlier.getReadOnlyProperty();
    }

    /** "Bob 张伟 is typing…" in the selected conversation, or empty. */
    public ReadOnlyStringProperty typing() {
        return typing.getReadOnlyProperty();
    }

    /** A conversation of the agent's is selected and shows. */
    public ReadOnlyBooleanProperty showing() {
        return showing.getReadOnlyProperty();
    }

    /** The selected conversation is an ad-hoc group, with members and a name to manage. */
    public ReadOnlyBooleanProperty adHoc() {
        return adHoc.getReadOnlyProperty();
    }

    /** The dialogs of ad-hoc groups: making one, and the members of the selected one. */
    public TeamGroupsViewModel groups() {
        return new TeamGroupsViewModel(service.groups(), snapshots, team, selfId, i18n, fx, this);
    }

    public StringProperty input() {
        return input;
    }

    public StringProperty error() {
        return error;
    }

    /** Set by the view: the page shows and the window has the focus. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** The conversation the agent is looking at now, or null. */
    public ObservableValue<Long> inFront() {
        return inFront;
    }

    public I18n i18n() {
        return i18n;
    }

    public void select(long conversationId) {
        selected.set(conversationId);
    }

    /** Sends what the input holds to the selected conversation; the input empties once the outbox has it. */
    public void send() {
        Long conversation = selected.get();
        String text = input.get();
        if (conversation == null || text == null || text.isBlank()) {
            return;
        }
        input.set("");
        error.set(null);
        service.send(conversation, text.strip()).whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                // nothing reached the outbox: give the agent their text back
                input.set(text);
                error.set(i18n.get("teamChat.error.send", TeamChatService.unwrap(failure).getMessage()));
            }
        }, fx);
    }

    /** Everyone the agent may start a one-to-one chat with: enabled colleagues, by name. */
    public List<Colleague> colleagues() {
        Collator byName = Collator.getInstance(i18n.locale());
        return team.getValue().agents().values().stream()
                .filter(agent -> agent.id() != selfId && agent.enabled())
                .map(agent -> new Colleague(agent.id(), agent.displayName(), new Face(agent.id(), agent.displayName(), agent.avatar())))
                .sorted(Comparator.comparing(Colleague::name, byName))
                .toList();
    }

    /** Starts (or opens) the one-to-one conversation with a colleague and selects it. */
    public void startWith(long agentId) {
        error.set(null);
        service.startDirect(agentId).whenCompleteAsync((id, failure) -> {
            if (failure == null) {
                selected.set(id);
            } else {
                error.set(i18n.get("teamChat.error.start", TeamChatService.unwrap(failure).getMessage()));
            }
        }, fx);
    }

    public void loadEarlier() {
        Long conversation = selected.get();
        if (conversation != null) {
            service.loadEarlier(conversation);
        }
    }

    public void discard(String clientId) {
        Long conversation = selected.get();
        if (conversation != null) {
            service.discard(conversation, clientId);
        }
    }

    public void openLink(Line line) {
        error.set(null);
        opener.open(line.link(), i18n.get("teamChat.transcript.title", line.linkText())).whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                error.set(TeamChatService.unwrap(failure).getMessage());
            }
        }, fx);
    }

    /** What the list shows for a conversation: its group's name (a skill group's, or the one an ad-hoc group was given), or the colleague's. */
    public String titleOf(TeamConversation conversation) {
        if (conversation.kind() != TeamConversationKind.DIRECT) {
            return Objects.requireNonNullElse(conversation.title(), "");
        }
        long other = conversation.memberIds().stream().filter(id -> id != selfId).findFirst().orElse(selfId);
        return nameOf(other);
    }

    /** The colleague of a one-to-one conversation, or the group, as its picture shows them. */
    public Face faceOf(TeamConversation conversation) {
        if (conversation.kind() != TeamConversationKind.DIRECT) {
            return new Face(-conversation.id(), titleOf(conversation), null);
        }
        long other = conversation.memberIds().stream().filter(id -> id != selfId).findFirst().orElse(selfId);
        return faceOf(other);
    }

    /** An agent as the team list has them now: a new picture shows as soon as the change log brings it. */
    Face faceOf(long agentId) {
        return new Face(agentId, nameOf(agentId), team.getValue().agent(agentId).map(Agent::avatar).orElse(null));
    }

    /** A colleague's display name, as the team list has it. */
    String nameOf(long agentId) {
        return team.getValue().agent(agentId).map(Agent::displayName).orElseGet(() -> i18n.get("teamChat.colleague", agentId));
    }

    /** A link's words: the visitor's name, or the chat's number. */
    public String linkText(SharedChat chat) {
        return chat.visitorName() == null ? i18n.get("teamChat.link.anonymous", chat.conversationId())
                : i18n.get("teamChat.link", chat.visitorName());
    }

    private void refresh() {
        TeamChatSnapshot snapshot = snapshots.getValue();
        List<ConversationItem> items = snapshot.threads().stream()
                .map(thread -> new ConversationItem(thread.id(), titleOf(thread.conversation()), thread.unread(), preview(thread),
                        faceOf(thread.conversation())))
                .toList();
        if (!items.equals(conversations)) {
            conversations.setAll(items);
        }
        TeamThread thread = selected.get() == null ? null : snapshot.thread(selected.get()).orElse(null);
        title.set(thread == null ? "" : titleOf(thread.conversation()));
        Face withWhom = thread == null ? null : faceOf(thread.conversation());
        if (!Objects.equals(withWhom, face.get())) {
            face.set(withWhom);
        }
        hasEarlier.set(thread != null && thread.hasEarlier());
        adHoc.set(thread != null && thread.conversation().kind() == TeamConversationKind.AD_HOC);
        // none after leaving a group, or being taken out of it (or before a new one reaches the list)
        showing.set(thread != null);
        typing.set(thread == null || thread.typing().isEmpty() ? ""
                : i18n.get("chat.typing", String.join(i18n.get("teamChat.event.separator"), thread.typing().stream().map(this::nameOf).toList())));
        List<Line> shown = thread == null ? List.of() : lines(thread);
        if (!shown.equals(lines)) {
            lines.setAll(shown);
        }
        if (thread != null && visible.get() && thread.unread() > 0) {
            service.markRead(thread.id());
        }
    }

    private List<Line> lines(TeamThread thread) {
        List<Line> shown = new ArrayList<>();
        for (TeamMessage message : thread.messages()) {
            if (message.kind() == TeamMessageKind.EVENT) {
                shown.add(new Line(message.conversationId() + ":" + message.seq(), "", time(message.createdAt()), events.text(message), null,
                        null, false, null, false, message.clientId(), true, null));
                continue;
            }
            boolean mine = message.senderId() == selfId;
            shown.add(new Line(message.conversationId() + ":" + message.seq(), mine ? i18n.get("teamChat.you") : message.senderName(),
                    time(message.createdAt()), message.body(), message.sharedChat(),
                    message.kind() == TeamMessageKind.CHAT_LINK && message.sharedChat() != null ? linkText(message.sharedChat()) : null,
                    mine, null, false, message.clientId(), false, mine ? null : faceOf(message.senderId())));
        }
        for (TeamOutgoing pending : thread.outbox()) {
            SharedChat link = pending.sharedChatId() == null ? null : new SharedChat(pending.sharedChatId(), pending.sharedLabel());
            shown.add(new Line("out:" + pending.clientId(), i18n.get("teamChat.you"), time(pending.createdAt()), pending.text(), link,
                    link == null ? null : linkText(link), true,
                    pending.failed() ? i18n.get("teamChat.failed", pending.failure()) : i18n.get("teamChat.pending"), pending.failed(),
                    pending.clientId(), false, null));
        }
        return shown;
    }

    private String preview(TeamThread thread) {
        if (thread.messages().isEmpty()) {
            return "";
        }
        TeamMessage last = thread.messages().get(thread.messages().size() - 1);
        if (last.kind() == TeamMessageKind.EVENT) {
            return events.text(last);
        }
        String text = last.kind() == TeamMessageKind.CHAT_LINK && last.body().isBlank() && last.sharedChat() != null
                ? linkText(last.sharedChat()) : last.body().replaceAll("\\s+", " ");
        String shown = text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH) + "…" : text;
        return (last.senderId() == selfId ? i18n.get("teamChat.you") : last.senderName()) + ": " + shown;
    }

    private String time(Instant at) {
        var local = at.atZone(zone);
        return local.toLocalDate().equals(LocalDate.now(clock.withZone(zone))) ? TIME.format(local) : DAY_AND_TIME.format(local);
    }
}
