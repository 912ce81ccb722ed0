package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.Conversation;
import java.time.Instant;

/**
 * A chat's row in the cache: the conversation and this agent's marks on it.
 *
 * @param appliedSeq  the cached messages are complete up to here; resuming asks for what follows
 * @param visitorDeliveredSeq how far the visitor's page holds the chat (its {@code chat.delivered})
 * @param dismissedAt when the agent closed the tab of the ended chat, or null while it shows
 * @param openedOrder the order the chats came in, which is their tabs' order
 */
public record ChatRow(Conversation conversation, ChatPhase phase, String endedBy, long appliedSeq, long readSeq,
                      long visitorReadSeq, long visitorDeliveredSeq, String draft, Instant dismissedAt, long openedOrder) {
}
