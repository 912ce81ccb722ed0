package dev.switchboard.shared.agents;

/**
 * Body of {@code POST /api/v1/agents/{id}/password}: an administrator sets an account's password
 * (typed, or made by {@link dev.switchboard.shared.auth.PasswordGenerator} and shown to them once).
 * The account's other sessions end.
 */
public record PasswordReset(String password) {
}
