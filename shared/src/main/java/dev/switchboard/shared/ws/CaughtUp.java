package dev.switchboard.shared.ws;

/** Payload of {@code sync.caughtUp}: the cursor after the backlog. */
public record CaughtUp(long seq) {
}
