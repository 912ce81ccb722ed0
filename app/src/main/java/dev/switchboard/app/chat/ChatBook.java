package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every chat of the agent and the pending offers, with what changed since the last snapshot: the
 * cache rows to write and the events to announce. Touched only on the chat service's thread.
 */
final class ChatBook {

    private final long selfId;
    private final Map<Long, LiveChat> chats = new LinkedHashMap<>();
    private final Map<Long, ChatOffer> offers = new LinkedHashMap<>();
    private long nextOrder = 1;
    // What changed since the last snapshot.
    private final Set<Long> dirtyRows = new LinkedHashSet<>();
    private final List<ChatMessage> newMessages = new ArrayList<>();
    private final List<String> deliveredOutbox = new ArrayList<>();
    private final List<OutgoingMessage> failedOutbox = new ArrayList<>();
    private final List<Consumer<ChatListener>> events = new ArrayList<>();
    /** Visitor messages were applied since the last call of {@link #takeReceiptsDue()}. */
    private boolean receiptsDue;

    ChatBook(long selfId) {
        this.selfId = selfId;
    }

    long selfId() {
        return selfId;
    }

    void restore(ChatStore.Cached cached) {
        for (ChatStore.CachedChat chat : cached.chats()) {
            chats.put(chat.row().conversation().id(), new LiveChat(chat.row(), chat.messages()));
            nextOrder = Math.max(nextOrder, chat.row().openedOrder() + 1);
        }
        for (OutgoingMessage sent : cached.outbox()) {
            LiveChat chat = chats.get(sent.conversationId());
            if (chat != null) {
                chat.addOutgoing(sent);
            }
        }
    }

    Optional<LiveChat> chat(long conversationId) {
        return Optional.ofNullable(chats.get(conversationId));
    }

    Collection<LiveChat> chats() {
        return chats.values();
    }

    /** A chat given to this agent: new, or known (again) with the conversation as it is now. */
    LiveChat assigned(Conversation conversation, ChatPhase phase) {
        LiveChat chat = chats.get(conversation.id());
        boolean arrived = chat == null || chat.phase != ChatPhase.OPEN && phase == ChatPhase.OPEN || chat.dismissedAt != null;
        if (chat == null) {
            chat = LiveChat.opened(conversation, phase, nextOrder++);
            chats.put(conversation.id(), chat);
        } else {
            chat.conversation = conversation;
            chat.phase = phase;
            chat.dismissedAt = null;
            chat.changed();
        }
        offers.remove(conversation.id());
        rowChanged(chat);
        if (arrived && phase == ChatPhase.OPEN) {
            LiveChat added = chat;
            events.add(listener -> listener.chatArrived(added.snapshot(selfId)));
        }
        return chat;
    }

    /** Records messages newly applied to a chat; the agent's own leave the outbox, as they are stored now. */
    void applied(LiveChat chat, List<ChatMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        for (ChatMessage message : messages) {
            if (Chat.writtenBy(message, selfId) && chat.removeOutgoing(message.clientId())) {
                deliveredOutbox.add(message.clientId());
            }
        }
        if (chat.phase != ChatPhase.WATCHING) {
            newMessages.addAll(messages);
            receiptsDue |= chat.visitorHeldSeq > chat.deliveredSent;
        }
        rowChanged(chat);
        List<ChatMessage> fromOthers = messages.stream()
                .filter(m -> m.seq() > chat.readSeq && Chat.countsAsUnread(m, selfId)).toList();
        if (!fromOthers.isEmpty()) {
            events.add(listener -> listener.messagesArrived(chat.snapshot(selfId), fromOthers));
        }
    }

    void ended(LiveChat chat, String by) {
        if (chat.phase == ChatPhase.ENDED) {
            return;
        }
        chat.phase = ChatPhase.ENDED;
        chat.endedBy = by;
        chat.visitorTyping = false;
        chat.colleaguesTyping.clear();
        chat.changed();
        rowChanged(chat);
        events.add(listener -> listener.chatEnded(chat.snapshot(selfId)));
    }

    /** The agent is no longer in the chat: they handed it over, or the server no longer counts them in. */
    void left(LiveChat chat) {
        chat.phase = ChatPhase.LEFT;
        chat.visitorTyping = false;
        chat.colleaguesTyping.clear();
        chat.changed();
        rowChanged(chat);
    }

    /** Someone else moved the chat away from this agent: it leaves their tabs, and listeners hear why and who. */
    void movedAway(LiveChat chat, RoutingStepType why, String by, Instant at) {
        left(chat);
        chat.dismissedAt = at;
        Chat gone = chat.snapshot(selfId);
        events.add(listener -> listener.chatMovedAway(gone, why, by));
    }

    void offered(ChatOffer offer) {
        offers.put(offer.conversation().id(), offer);
        events.add(listener -> listener.offerArrived(offer));
    }

    boolean withdrawn(long conversationId) {
        return offers.remove(conversationId) != null;
    }

    /** Drops offers whose time is up; the server withdraws them too, but its word may not arrive. */
    void expireOffers(Instant now) {
        offers.values().removeIf(offer -> !offer.expiresAt().isAfter(now));
    }

    void rowChanged(LiveChat chat) {
        if (chat.phase != ChatPhase.WATCHING) {
            dirtyRows.add(chat.id());
        }
    }

    void outboxDelivered(String clientId) {
        deliveredOutbox.add(clientId);
    }

    void outboxFailed(OutgoingMessage failed) {
        failedOutbox.add(failed);
    }

    void remove(long conversationId) {
        chats.remove(conversationId);
    }

    /** The cache writes of everything changed since the last call. */
    ChatStore.Writes takeWrites() {
        List<ChatRow> rows = dirtyRows.stream().map(chats::get).filter(chat -> chat != null).map(LiveChat::row).toList();
        ChatStore.Writes writes = new ChatStore.Writes(rows, List.copyOf(newMessages), List.copyOf(deliveredOutbox), List.copyOf(failedOutbox));
        dirtyRows.clear();
        newMessages.clear();
        deliveredOutbox.clear();
        failedOutbox.clear();
        return writes;
    }

    boolean takeReceiptsDue() {
        boolean due = receiptsDue;
        receiptsDue = false;
        return due;
    }

    List<Consumer<ChatListener>> takeEvents() {
        List<Consumer<ChatListener>> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    ChatsSnapshot snapshot() {
        List<Chat> shown = chats.values().stream().filter(chat -> chat.dismissedAt == null).map(chat -> chat.snapshot(selfId)).toList();
        return new ChatsSnapshot(shown, List.copyOf(offers.values()));
    }
}
