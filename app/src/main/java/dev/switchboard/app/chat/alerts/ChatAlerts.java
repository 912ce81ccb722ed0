package dev.switchboard.app.chat.alerts;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatDestination;
import dev.switchboard.app.chat.ChatListener;
import dev.switchboard.app.chat.ChatOffer;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.settings.ChatNotifications;
import dev.switchboard.shared.chat.ChatEventType;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * Turns what happens to the agent's chats into alerts: a new chat, an offer, a transfer to them,
 * a request to assist, and messages in a chat they are not looking at. An alert goes away when
 * the agent looks at the chat (its tab in front while the window has the focus), reads it, or the
 * chat ends, is handed on, or the offer passes.
 *
 * <p>A chat that arrives is announced once its earlier messages are in (at most
 * {@link #CLASSIFY_WAIT} later), because only they tell a transfer or an assist from a new chat.
 * Listener calls come on the chat thread and are handed to the FX thread, where everything else
 * runs.
 */
public final class ChatAlerts implements ChatListener, AlertSource {

    static final Duration CLASSIFY_WAIT = Duration.ofSeconds(2);
    private static final int PREVIEW_LENGTH = 80;

    /** What the alerts follow. */
    public record Sources(ObservableValue<ChatsSnapshot> chats, ObservableValue<Boolean> windowFocused,
                          ChatNavigation navigation, Supplier<String> selfName, Supplier<ChatNotifications> preferences) {
    }

    private final AlertBoard board;
    private final Sources sources;
    private final I18n i18n;
    private final Scheduler scheduler;
    private final Executor fx;
    private final Disposer disposer = new Disposer();
    /** Arrived chats waiting for their earlier messages before they are announced. */
    private final Map<Long, Scheduler.Cancellable> classifying = new HashMap<>();
    /** Chats offered to the agent: when one arrives, the agent accepted it and needs no alert. */
    private final Set<Long> offered = new HashSet<>();
    private boolean stopped;

    public ChatAlerts(AlertBoard board, Sources sources, I18n i18n, Scheduler scheduler, Executor fx) {
        this.board = board;
        this.sources = sources;
        this.i18n = i18n;
        this.scheduler = scheduler;
        this.fx = fx;
    }

    /** The key of the alert about a chat's arrival (new, offered, transferred, assist). */
    public static String arrivalKey(long conversationId) {
        return "chat:" + conversationId;
    }

    public static String messageKey(long conversationId) {
        return "message:" + conversationId;
    }

    /** Follows the snapshots, the visible chat and the focus. FX thread. */
    @Override
    public void start() {
        disposer.observe(sources.chats(), this::reconcile);
        disposer.invalidated(sources.navigation().visibleChat(), observable -> lookedAt());
        disposer.invalidated(sources.windowFocused(), observable -> lookedAt());
    }

    /** Stops for good: what the chat service still reports afterwards is dropped. */
    @Override
    public void stop() {
        stopped = true;
        disposer.dispose();
        classifying.values().forEach(Scheduler.Cancellable::cancel);
        classifying.clear();
    }

    // --- chat thread: hand off ---

    @Override
    public void chatArrived(Chat chat) {
        onFx(() -> arrived(chat));
    }

    @Override
    public void messagesArrived(Chat chat, List<ChatMessage> messages) {
        onFx(() -> newMessages(chat, messages));
    }

    @Override
    public void offerArrived(ChatOffer offer) {
        onFx(() -> offeredNow(offer));
    }

    @Override
    public void chatEnded(Chat chat) {
        onFx(() -> {
            forgetClassifying(chat.id());
            board.resolveAbout(new ChatDestination(chat.id()));
        });
    }

    private void onFx(Runnable work) {
        fx.execute(() -> {
            if (!stopped) {
                work.run();
            }
        });
    }

    // --- FX thread ---

    private void arrived(Chat chat) {
        if (offered.remove(chat.id()) || inFront(chat.id())) {
            return;
        }
        if (caughtUp(chat)) {
            announce(chat);
        } else if (!classifying.containsKey(chat.id())) {
            classifying.put(chat.id(), scheduler.schedule(CLASSIFY_WAIT, () -> onFx(() -> announceLate(chat))));
        }
    }

    private void announceLate(Chat arrived) {
        if (classifying.remove(arrived.id()) != null) {
            announce(sources.chats().getValue().chat(arrived.id()).orElse(arrived));
        }
    }

    private void announce(Chat chat) {
        if (chat.phase() != ChatPhase.OPEN || inFront(chat.id())) {
            return;
        }
        ChatAlertKind kind = arrivalKind(chat);
        ChatNotifications wanted = sources.preferences().get();
        if (kind == ChatAlertKind.TRANSFER ? !wanted.transfers() : !wanted.newChats()) {
            return;
        }
        String visitor = visitorName(chat);
        String text = switch (kind) {
            case TRANSFER -> lastNote(chat).map(note -> i18n.get("alerts.transfer.note", visitor, preview(note)))
                    .orElse(i18n.get("alerts.transfer", visitor));
            case ASSIST -> i18n.get("alerts.assist", visitor);
            default -> lastFromVisitor(chat).map(message -> i18n.get("alerts.newChat.preview", visitor, preview(message)))
                    .orElse(i18n.get("alerts.newChat", visitor));
        };
        board.resolve(messageKey(chat.id()));
        board.raise(new AgentAlert(arrivalKey(chat.id()), kind, new ChatDestination(chat.id()), text));
    }

    private void newMessages(Chat chat, List<ChatMessage> messages) {
        if (chat.phase() != ChatPhase.OPEN || classifying.containsKey(chat.id()) || board.isPending(arrivalKey(chat.id()))
                || inFront(chat.id()) || !sources.preferences().get().messages() || messages.isEmpty()) {
            return;
        }
        String from = sender(messages.get(messages.size() - 1), chat);
        String preview = preview(messages.get(messages.size() - 1).body());
        int unread = Math.max(chat.unread(), messages.size());
        String text = unread == 1 ? i18n.get("alerts.message", from, preview) : i18n.get("alerts.messages", unread, from, preview);
        board.raise(new AgentAlert(messageKey(chat.id()), ChatAlertKind.MESSAGE, new ChatDestination(chat.id()), text));
    }

    private void offeredNow(ChatOffer offer) {
        long id = offer.conversation().id();
        offered.add(id);
        if (sources.preferences().get().newChats()) {
            String name = offer.conversation().prechat().getOrDefault("name", "").strip();
            board.raise(new AgentAlert(arrivalKey(id), ChatAlertKind.OFFER, new ChatDestination(id),
                    i18n.get("alerts.offer", name.isEmpty() ? i18n.get("alerts.aVisitor") : name)));
        }
    }

    /** Drops the alerts whose chat was read, ended, handed on or whose offer passed. */
    private void reconcile(ChatsSnapshot snapshot) {
        Set<Long> offers = new HashSet<>();
        snapshot.offers().forEach(offer -> offers.add(offer.conversation().id()));
        board.resolveIf(alert -> alert.destination() instanceof ChatDestination chat
                && !stillNeeded(alert, chat.conversationId(), snapshot, offers));
        offered.removeIf(id -> !offers.contains(id) && snapshot.chat(id).isEmpty());
        for (Long id : List.copyOf(classifying.keySet())) {
            snapshot.chat(id).filter(ChatAlerts::caughtUp).ifPresent(chat -> {
                forgetClassifying(id);
                announce(chat);
            });
        }
    }

    private static boolean stillNeeded(AgentAlert alert, long conversationId, ChatsSnapshot snapshot, Set<Long> offers) {
        if (alert.kind() == ChatAlertKind.OFFER) {
            return offers.contains(conversationId);
        }
        return snapshot.chat(conversationId)
                .filter(chat -> chat.phase() == ChatPhase.OPEN)
                .filter(chat -> alert.kind() != ChatAlertKind.MESSAGE || chat.unread() > 0)
                .isPresent();
    }

    /** The agent has the chat in front: its alerts are handled, and no new one is raised. */
    private void lookedAt() {
        Long visible = sources.navigation().visibleChat().getValue();
        if (visible != null && inFront(visible)) {
            forgetClassifying(visible);
            ChatDestination shown = new ChatDestination(visible);
            board.resolveIf(alert -> alert.destination().equals(shown) && alert.kind() != ChatAlertKind.OFFER);
        }
    }

    private boolean inFront(long conversationId) {
        return Boolean.TRUE.equals(sources.windowFocused().getValue())
                && Objects.equals(sources.navigation().visibleChat().getValue(), conversationId);
    }

    private void forgetClassifying(long conversationId) {
        Scheduler.Cancellable timer = classifying.remove(conversationId);
        if (timer != null) {
            timer.cancel();
        }
    }

    /** All messages the server had when it announced the chat are in. */
    private static boolean caughtUp(Chat chat) {
        return chat.lastSeq() >= chat.conversation().lastSeq();
    }

    /** Transferred or asked to assist, by the newest event line naming this agent; otherwise a new chat. */
    private ChatAlertKind arrivalKind(Chat chat) {
        String self = sources.selfName().get();
        for (int i = chat.messages().size() - 1; i >= 0; i--) {
            ChatMessage message = chat.messages().get(i);
            if (message.kind() == MessageKind.EVENT && message.event() != null && self.equals(message.event().agentName())) {
                ChatEventType type = message.event().type();
                if (type == ChatEventType.TRANSFERRED) {
                    return ChatAlertKind.TRANSFER;
                }
                if (type == ChatEventType.ASSIST_JOINED) {
                    return ChatAlertKind.ASSIST;
                }
                if (type == ChatEventType.JOINED) {
                    return ChatAlertKind.NEW_CHAT;
                }
            }
        }
        return ChatAlertKind.NEW_CHAT;
    }

    private static Optional<String> lastNote(Chat chat) {
        return chat.messages().stream().filter(m -> m.kind() == MessageKind.NOTE && !chat.mine(m))
                .reduce((first, second) -> second).map(ChatMessage::body);
    }

    private static Optional<String> lastFromVisitor(Chat chat) {
        return chat.messages().stream().filter(m -> m.kind() == MessageKind.TEXT && m.senderType() == SenderType.VISITOR)
                .reduce((first, second) -> second).map(ChatMessage::body).filter(body -> !body.isBlank());
    }

    private String visitorName(Chat chat) {
        return chat.visitorName().isEmpty() ? i18n.get("alerts.aVisitor") : chat.visitorName();
    }

    private String sender(ChatMessage message, Chat chat) {
        if (message.senderAgentId() != null && message.senderName() != null && !message.senderName().isBlank()) {
            return message.senderName();
        }
        return visitorName(chat);
    }

    /** One line, at most {@link #PREVIEW_LENGTH} characters; shown as plain text. */
    static String preview(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= PREVIEW_LENGTH ? line : line.substring(0, PREVIEW_LENGTH - 1) + "…";
    }
}
