package dev.switchboard.shared.agents;

/** Body of {@code PATCH /api/v1/me/profile}: what every agent changes of their own account. */
public record ProfileChange(String displayName) {
}
