package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A block of a visitor id and/or an address. Agents see whether the address is blocked
 * ({@code ipBlocked}), never the address itself; {@code ip} is filled for administrators only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(long id, String visitorId, boolean ipBlocked, String ip, String reason, long createdBy,
                    String createdByName, Instant createdAt, Instant expiresAt, Instant liftedAt) {

    /** The change log's entity name of blocks (synced to administrators: a lift is a DELETE). */
    public static final String ENTITY = "visitor_block";
}
