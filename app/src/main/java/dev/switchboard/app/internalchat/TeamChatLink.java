package dev.switchboard.app.internalchat;

import java.util.concurrent.CompletableFuture;

/** The internal chat's way to the agent socket (the session's connection; a fake in tests). */
public interface TeamChatLink {

    /** Sends a message the server acknowledges; fails with the server's problem, or when offline. */
    CompletableFuture<Void> request(String type, Object payload);

    /** Sends a message that needs no answer; false when offline. */
    boolean tell(String type, Object payload);
}
