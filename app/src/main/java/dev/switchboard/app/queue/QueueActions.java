package dev.switchboard.app.queue;

import java.util.concurrent.CompletableFuture;

/**
 * What the queue views ask of the chats: take a waiting chat (it then opens), or as a supervisor give
 * it to an agent. Futures fail with the server's refusal.
 */
public interface QueueActions {

    /** The agent takes the chat; completes once the server took it (its tab opens when it arrives). */
    CompletableFuture<Void> take(long conversationId);

    /** A supervisor gives the chat to an agent, for {@code reason}. */
    CompletableFuture<Void> assign(long conversationId, long agentId, String reason);
}
