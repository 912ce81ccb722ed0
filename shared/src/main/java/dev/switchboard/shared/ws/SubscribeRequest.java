package dev.switchboard.shared.ws;

/** Payload of {@code sync.subscribe}: the last sequence the client has applied (0 for none). */
public record SubscribeRequest(long after) {
}
