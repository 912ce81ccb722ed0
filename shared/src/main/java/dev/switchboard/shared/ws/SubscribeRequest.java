package dev.switchboard.shared.ws;

import java.util.Map;

/**
 * Payload of {@code sync.subscribe}: the last sequence the client has applied (0 for none).
 *
 * @param covered per entity type, the sequence up to which the client has that entity's state from
 *                elsewhere (a snapshot read after it, e.g. the tickets' first fill, ADR 0038): the
 *                server does not send that entity's changes up to it. Empty (or absent) for none.
 */
public record SubscribeRequest(long after, Map<String, Long> covered) {

    public SubscribeRequest {
        covered = covered == null ? Map.of() : Map.copyOf(covered);
    }

    public SubscribeRequest(long after) {
        this(after, Map.of());
    }
}
