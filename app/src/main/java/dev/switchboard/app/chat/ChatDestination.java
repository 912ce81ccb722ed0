package dev.switchboard.app.chat;

import dev.switchboard.app.navigation.Destination;

/** One of the agent's chats (or one a supervisor watches): opening it shows its tab on the Chats page. */
public record ChatDestination(long conversationId) implements Destination {
}
