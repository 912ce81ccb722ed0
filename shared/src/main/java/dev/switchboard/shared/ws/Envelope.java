package dev.switchboard.shared.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every WebSocket message: {@code type} says how to read {@code payload}; {@code id} is chosen by
 * the sender and lets the receiver deduplicate and acknowledge; {@code seq} is the change-log
 * sequence of messages that carry changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope(String type, String id, Long seq, JsonNode payload) {
}
