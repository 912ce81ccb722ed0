package dev.switchboard.shared.auth;

import dev.switchboard.shared.agents.Agent;
import java.time.Instant;

/**
 * Answer of a successful login. The token is shown once; the backend keeps only its hash.
 * A session ends after {@code idleTimeoutSeconds} without use, and at {@code expiresAt} at the latest.
 */
public record LoginResponse(String token, Agent agent, Instant expiresAt, long idleTimeoutSeconds) {

    @Override
    public String toString() {
        return "LoginResponse[token=***, agent=" + agent + ", expiresAt=" + expiresAt + "]";
    }
}
