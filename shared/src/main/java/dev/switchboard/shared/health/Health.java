package dev.switchboard.shared.health;

/**
 * Answer of {@code GET /api/v1/health}. {@code protocol} is what a client checks for
 * compatibility; {@code version} is the product version, for people.
 */
public record Health(String status, String version, int protocol) {
}
