package dev.switchboard.shared.agents;

/** Body of {@code POST /api/v1/groups}. */
public record NewGroup(String name, String description) {
}
