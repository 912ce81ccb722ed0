package dev.switchboard.app.queue;

import dev.switchboard.app.navigation.Destination;

/** A chat waiting in the queue of one of the agent's groups: opening it shows the Queue page with the chat selected. */
public record WaitingChatDestination(long conversationId) implements Destination {
}
