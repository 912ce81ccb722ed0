package dev.switchboard.app.internalchat;

import dev.switchboard.app.navigation.Destination;

/** A conversation with colleagues: opening it shows the Team chat page with it selected. */
public record TeamChatDestination(long conversationId) implements Destination {
}
