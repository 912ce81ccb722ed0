package dev.switchboard.app.net;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Messages sent with an id that wait for the server's {@code ack} or {@code error}. Thread-safe. */
final class AwaitedReplies {

    private final Map<String, CompletableFuture<Void>> waiting = new HashMap<>();

    synchronized void add(String id, CompletableFuture<Void> reply) {
        waiting.put(id, reply);
    }

    synchronized void forget(String id) {
        waiting.remove(id);
    }

    /** The server answered {@code ref}: done, or refused with {@code failure}. */
    void answered(String ref, RuntimeException failure) {
        CompletableFuture<Void> reply;
        synchronized (this) {
            reply = waiting.remove(ref);
        }
        if (reply == null) {
            return;
        }
        if (failure == null) {
            reply.complete(null);
        } else {
            reply.completeExceptionally(failure);
        }
    }

    /** The connection is gone: every reply still awaited fails. */
    void failAll() {
        List<CompletableFuture<Void>> replies;
        // Copied first: completing a reply runs its callbacks, which may send again.
        synchronized (this) {
            replies = List.copyOf(waiting.values());
            waiting.clear();
        }
        replies.forEach(reply -> reply.completeExceptionally(new NotConnectedException("connection lost")));
    }
}
