package dev.switchboard.app.supervisor;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatService;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.reminders.SensitiveFlags;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * A chat a supervisor opened read-only from the Supervisor page: its messages (notes included)
 * live as the chat service receives them ({@code chat.watch}), visitors' messages with sensitive
 * words marked until a supervisor acknowledges them, and whispers, which only the chat's agents
 * see. Closing it stops watching. FX thread.
 */
public final class WatchedChatViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The chat service, and its snapshots on the FX thread. */
    public record Sources(ChatService chats, ObservableValue<ChatsSnapshot> snapshot, SensitiveFlags flags, Executor fx, ZoneId zone) {
    }

    private final Sources sources;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ReadOnlyObjectWrapper<OngoingChat> watched = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ChatMessage> messages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper routing = new ReadOnlyStringWrapper("");
    private final StringProperty whisper = new SimpleStringProperty("");
    private final BooleanBinding open = watched.isNotNull();
    /** The flags on the followed chat's messages, by seq: read when it opens, then as supervisors raise and acknowledge them. */
    private final ObservableMap<Long, SensitiveWordFlag> flags = FXCollections.observableHashMap();

    public WatchedChatViewModel(Sources sources, I18n i18n) {
        this.sources = sources;
        this.i18n = i18n;
    }

    public void activate() {
        disposer.observe(sources.snapshot(), this::showMessages);
        disposer.onDispose(sources.flags().listen(flag -> sources.fx().execute(() -> showFlag(flag))));
    }

    /** Leaving the page stops watching: nothing keeps streaming to a page nobody sees. */
    public void deactivate() {
        close();
        disposer.dispose();
    }

    /** Starts following the chat read-only, instead of the one followed so far. */
    public void open(OngoingChat chat) {
        if (watched.get() != null && watched.get().conversationId() == chat.conversationId()) {
            return;
        }
        close();
        watched.set(chat);
        sources.chats().watch(chat.conversationId()).whenCompleteAsync((ok, failure) -> {
            if (failure != null && watched.get() == chat) {
                problem.set(i18n.get("supervisor.watch.failed"));
            }
        }, sources.fx());
        showMessages(sources.snapshot().getValue());
        sources.flags().ofChat(chat.conversationId()).whenCompleteAsync((known, failure) -> {
            if (failure == null) {
                known.forEach(this::showFlag);
            }
        }, sources.fx());
    }

    public void close() {
        OngoingChat closing = watched.get();
        if (closing != null) {
            watched.set(null);
            messages.clear();
            flags.clear();
            problem.set("");
            routing.set("");
            whisper.set("");
            sources.chats().dismiss(closing.conversationId());
        }
    }

    /** Sends the typed whisper as a note: the chat's agents see it, the visitor never does. */
    public void sendWhisper() {
        OngoingChat chat = watched.get();
        String text = whisper.get() == null ? "" : whisper.get().strip();
        if (chat == null || text.isEmpty()) {
            return;
        }
        sources.chats().send(chat.conversationId(), text, true).whenCompleteAsync((ok, failure) -> {
            if (failure == null) {
                if (text.equals(whisper.get().strip())) {
                    whisper.set("");
                }
            } else {
                problem.set(i18n.get("supervisor.watch.whisperFailed"));
            }
        }, sources.fx());
    }

    /** A flag of the chat followed; an acknowledged one is never taken back by an older copy read meanwhile. */
    private void showFlag(SensitiveWordFlag flag) {
        OngoingChat chat = watched.get();
        if (chat == null || chat.conversationId() != flag.conversationId()) {
            return;
        }
        SensitiveWordFlag shown = flags.get(flag.seq());
        if (shown == null || !shown.acknowledged()) {
            flags.put(flag.seq(), flag);
        }
    }

    /** "⚑ Sensitive words: 微信号 · seen by Carol 陈静" for a flagged visitor message; empty for any other. */
    public Optional<String> flagText(ChatMessage message) {
        SensitiveWordFlag flag = flags.get(message.seq());
        if (flag == null || message.conversationId() != flag.conversationId()) {
            return Optional.empty();
        }
        String words = i18n.get("supervisor.flag.words", String.join("、", flag.words()));
        return Optional.of(flag.acknowledged() ? words + " · " + i18n.get("supervisor.flag.acknowledgedBy", flag.acknowledgedByName()) : words);
    }

    /** Whether the message is flagged and no supervisor acknowledged it yet. */
    public boolean awaitsAcknowledgement(ChatMessage message) {
        SensitiveWordFlag flag = flags.get(message.seq());
        return flag != null && !flag.acknowledged();
    }

    /** The supervisor looked at the flagged message: stored by the backend, which tells everyone who heard of the flag. */
    public void acknowledge(ChatMessage message) {
        sources.flags().acknowledge(message.conversationId(), message.seq()).whenCompleteAsync((flag, failure) -> {
            if (failure == null) {
                showFlag(flag);
            } else {
                problem.set(i18n.get("supervisor.flag.acknowledgeFailed"));
            }
        }, sources.fx());
    }

    /** The flags shown, by the seq of their message: changes when one is raised or acknowledged. */
    public ObservableMap<Long, SensitiveWordFlag> flags() {
        return flags;
    }

    /** Appends what is new; replaces the list only when the chat's history itself changed. */
    private void showMessages(ChatsSnapshot snapshot) {
        OngoingChat chat = watched.get();
        Optional<Chat> current = chat == null ? Optional.empty() : snapshot.chat(chat.conversationId());
        routing.set(current.map(found -> RoutingText.of(found.conversation().routing(), chat.groupName(), i18n)).orElse(""));
        List<ChatMessage> now = current.map(Chat::messages).orElse(List.of());
        int shown = messages.size();
        if (now.size() >= shown && (shown == 0 || now.get(shown - 1).equals(messages.get(shown - 1)))) {
            messages.addAll(now.subList(shown, now.size()));
        } else {
            messages.setAll(now);
        }
    }

    public ObservableValue<OngoingChat> watched() {
        return watched.getReadOnlyProperty();
    }

    /** Whether the chat followed is served by an agent (not waiting): only such a chat is taken over. */
    public boolean servedByAnAgent() {
        return watched.get() != null && watched.get().status() == dev.switchboard.shared.chat.ConversationStatus.ACTIVE;
    }

    /** The chat service, for actions on the chat followed. */
    ChatService chats() {
        return sources.chats();
    }

    Executor fx() {
        return sources.fx();
    }

    public BooleanBinding isOpen() {
        return open;
    }

    public ObservableList<ChatMessage> messages() {
        return messages;
    }

    public StringProperty whisper() {
        return whisper;
    }

    /** Why the chat went where it is (rule, group, strategy, each agent considered); empty when unknown. */
    public ObservableValue<String> routing() {
        return routing.getReadOnlyProperty();
    }

    public ObservableValue<String> problem() {
        return problem.getReadOnlyProperty();
    }

    /** "Emma with Alice". */
    public ObservableValue<String> title() {
        return Bindings.createStringBinding(() -> watched.get() == null ? "" : watched.get().agentName().isEmpty()
                ? watched.get().visitorName()
                : i18n.get("supervisor.watch.title", watched.get().visitorName(), watched.get().agentName()), watched,
                i18n.localeProperty());
    }

    /** Who wrote it and when, e.g. "Emma · 10:42"; event lines have no sender. */
    public String byline(ChatMessage message) {
        String time = message.createdAt() == null ? "" : TIME.format(message.createdAt().atZone(sources.zone()));
        String sender = switch (message.senderType()) {
            case VISITOR -> watched.get() == null ? "" : watched.get().visitorName();
            case AGENT -> message.senderName() == null ? "" : message.senderName();
            case SYSTEM -> "";
        };
        String kind = message.kind() == MessageKind.NOTE ? " · " + i18n.get("supervisor.watch.note") : "";
        return sender.isEmpty() ? time : sender + kind + " · " + time;
    }

    /** The text to show: event lines in the reader's language, everything else as written (plain text). */
    public String text(ChatMessage message) {
        if (message.kind() == MessageKind.EVENT && message.event() != null && message.event().type() != null) {
            String who = message.event().agentName() != null ? message.event().agentName()
                    : message.event().groupName() != null ? message.event().groupName() : "";
            return i18n.get("supervisor.watch.event." + message.event().type().name(), who);
        }
        String body = message.body() == null ? "" : message.body();
        if (message.attachment() != null) {
            String file = i18n.get("supervisor.watch.file", message.attachment().fileName());
            return body.isEmpty() ? file : body + "\n" + file;
        }
        return body;
    }

    public boolean fromVisitor(ChatMessage message) {
        return message.senderType() == SenderType.VISITOR;
    }

    public I18n i18n() {
        return i18n;
    }
}
