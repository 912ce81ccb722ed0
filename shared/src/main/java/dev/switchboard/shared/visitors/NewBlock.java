package dev.switchboard.shared.visitors;

import java.time.Instant;

/** Body of {@code POST /api/v1/blocks}: block a visitor, and their current address with {@code blockIp}. */
public record NewBlock(String visitorId, Boolean blockIp, String reason, Instant expiresAt) {
}
