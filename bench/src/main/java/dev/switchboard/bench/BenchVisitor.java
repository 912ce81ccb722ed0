package dev.switchboard.bench;

import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/** One visitor's page with a chat: the steps of starting it as futures, and the rest of what arrives for the benchmark. */
final class BenchVisitor {

    final int index;
    final CompletableFuture<Void> welcomed = new CompletableFuture<>();
    final CompletableFuture<Void> started = new CompletableFuture<>();
    /** When the visitor first heard they wait in the queue. */
    final CompletableFuture<Long> queuedAt = new CompletableFuture<>();
    /** When the visitor heard an agent serves the chat. */
    final CompletableFuture<Long> servedAt = new CompletableFuture<>();
    volatile BenchSocket socket;
    volatile long conversationId;
    volatile long startSentNanos;
    private final BiConsumer<BenchVisitor, BenchSocket.Received> handler;

    BenchVisitor(int index, BiConsumer<BenchVisitor, BenchSocket.Received> handler) {
        this.index = index;
        this.handler = handler;
    }

    void receive(BenchSocket from, BenchSocket.Received received) {
        switch (received.envelope().type()) {
            case WidgetMessages.WELCOME -> welcomed.complete(null);
            case ChatMessages.STARTED -> {
                conversationId = ChatCrowd.payloadLong(received, "conversationId");
                started.complete(null);
            }
            case ChatMessages.STATUS -> {
                String status = received.envelope().payload().path("status").asText();
                if ("QUEUED".equals(status)) {
                    queuedAt.complete(received.atNanos());
                } else if ("ACTIVE".equals(status)) {
                    servedAt.complete(received.atNanos());
                }
            }
            default -> handler.accept(this, received);
        }
    }

    /** Milliseconds from asking for the chat to {@code atNanos}. */
    double millisSinceStart(long atNanos) {
        return (atNanos - startSentNanos) / 1e6;
    }
}
