package dev.switchboard.server.auth;

import dev.switchboard.shared.agents.Role;

/** What login needs to know of an account, credentials included. Never leaves the backend. */
public record Account(long id, String login, Role role, String passwordHash, boolean enabled) {

    @Override
    public String toString() {
        return "Account[id=" + id + ", login=" + login + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
