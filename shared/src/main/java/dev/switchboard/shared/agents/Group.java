package dev.switchboard.shared.agents;

/** A department or skill group that chats and tickets are routed to. */
public record Group(long id, String name, String description, long version) {
}
