package dev.switchboard.shared.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Every WebSocket message: {@code type} says how to read {@code payload}; {@code id} is chosen by
 * the sender and lets the receiver deduplicate and acknowledge; {@code seq} is the change-log
 * sequence of messages that carry changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope(String type, String id, Long seq, JsonNode payload) {

    /**
     * An envelope to send: the payload is written when the envelope is serialized (with the
     * protocol's mapper), instead of being copied into a tree first and then written from it,
     * which cost as much again for every chat message and assignment pushed. Its payload is
     * opaque: read received envelopes, not these.
     */
    public static Envelope outgoing(String type, String id, Long seq, Object payload) {
        return new Envelope(type, id, seq, payload == null ? null : JsonNodeFactory.instance.pojoNode(payload));
    }
}
