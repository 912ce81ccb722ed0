package dev.switchboard.app.chat;

import java.util.concurrent.CompletableFuture;

/**
 * The agent socket as the chat service uses it (implemented over
 * {@link dev.switchboard.app.net.AgentConnection}; scripted in tests).
 */
public interface ChatLink {

    /**
     * Sends a message the server acknowledges; fails with a
     * {@link dev.switchboard.app.net.ProblemException} when refused, a
     * {@link dev.switchboard.app.net.NotConnectedException} when offline or dropped.
     */
    CompletableFuture<Void> request(String type, Object payload);

    /** Sends a message that needs no answer; false when offline (it is dropped). */
    boolean tell(String type, Object payload);
}
