package dev.switchboard.shared.ws;

import dev.switchboard.shared.problem.Problem;

/** Payload of {@code error}: which message was refused and why. */
public record WsErrorPayload(String ref, Problem problem) {
}
