package dev.switchboard.app.chat;

import java.util.List;
import java.util.Optional;

/**
 * Every chat the agent has open (in the order they came) and the offers waiting for an answer,
 * at one moment; immutable. A new snapshot replaces the old one whole.
 */
public record ChatsSnapshot(List<Chat> chats, List<ChatOffer> offers) {

    public static final ChatsSnapshot EMPTY = new ChatsSnapshot(List.of(), List.of());

    public ChatsSnapshot {
        chats = List.copyOf(chats);
        offers = List.copyOf(offers);
    }

    public Optional<Chat> chat(long conversationId) {
        return chats.stream().filter(chat -> chat.id() == conversationId).findFirst();
    }

    /**
     * Unread messages over the chats the agent takes part in. A chat a supervisor only watches is
     * left out: its tab shows its own count, but it is not work waiting for this agent.
     */
    public int unread() {
        return chats.stream().filter(chat -> chat.phase() != ChatPhase.WATCHING).mapToInt(Chat::unread).sum();
    }
}
