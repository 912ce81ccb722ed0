package dev.switchboard.app.queue;

import dev.switchboard.app.navigation.Destination;

/**
 * A chat waiting in the queue of one of the agent's groups. The queues show beside every page, so
 * opening it only brings the window forward.
 */
public record WaitingChatDestination(long conversationId) implements Destination {
}
