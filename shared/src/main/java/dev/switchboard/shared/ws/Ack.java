package dev.switchboard.shared.ws;

/** Payload of an {@code ack}: the id of the acknowledged message. */
public record Ack(String ref) {
}
