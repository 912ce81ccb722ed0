package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.routing.RoutingStepType;
import java.util.List;

/**
 * What happens to the agent's chats, for notifications and badges. Called on the chat service's
 * thread after the snapshot that shows the change was published; implementations hand off.
 */
public interface ChatListener {

    /** A chat came to this agent: routed or transferred to them, or they were asked to assist. */
    default void chatArrived(Chat chat) {
    }

    /** Messages by others arrived in a chat, newly, after what the agent has read. */
    default void messagesArrived(Chat chat, List<ChatMessage> messages) {
    }

    /** A chat is offered to the agent, who must accept it before {@link ChatOffer#expiresAt()}. */
    default void offerArrived(ChatOffer offer) {
    }

    /** The chat ended (by the visitor or an agent). */
    default void chatEnded(Chat chat) {
    }

    /**
     * Someone else moved the chat away from this agent ({@code why}: taken over, transferred, back to
     * the queue after they left); {@code by} is who, null for nobody in particular. Its tab is gone.
     */
    default void chatMovedAway(Chat chat, RoutingStepType why, String by) {
    }
}
