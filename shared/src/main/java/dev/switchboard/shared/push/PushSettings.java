package dev.switchboard.shared.push;

/**
 * The caps on pushes: {@code GET}/{@code PUT /api/v1/push/settings}.
 *
 * @param perVisitorPerDay most pushes one visitor gets in 24 hours (0: none)
 * @param perDay           most pushes sent to all visitors together in 24 hours (0: none)
 */
public record PushSettings(int perVisitorPerDay, int perDay) {
}
