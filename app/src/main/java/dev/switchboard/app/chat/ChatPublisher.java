package dev.switchboard.app.chat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows each burst of changes to the chats: the changes are written to the cache, delivery
 * receipts that became due go out, a new {@link ChatsSnapshot} is published and the
 * {@link ChatListener}s hear what happened. Many changes in a row publish once. Runs on the chat
 * service's thread; {@link #latest()} and the listeners may be used from any thread.
 */
final class ChatPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ChatPublisher.class);

    private final ChatBook book;
    private final ChatStore store;
    private final Consumer<Runnable> onChatThread;
    private final Runnable receiptsDue;
    private final Consumer<ChatsSnapshot> publish;
    private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();
    // Touched only on the chat service's thread.
    private boolean pending;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private volatile ChatsSnapshot latest = ChatsSnapshot.EMPTY;

    /**
     * @param receiptsDue sends the delivery receipts of visitor messages applied since the last publish
     * @param publish     receives each new snapshot on the chat service's thread
     */
    ChatPublisher(ChatBook book, ChatStore store, Consumer<Runnable> onChatThread, Runnable receiptsDue, Consumer<ChatsSnapshot> publish) {
        this.book = book;
        this.store = store;
        this.onChatThread = onChatThread;
        this.receiptsDue = receiptsDue;
        this.publish = publish;
    }

    void addListener(ChatListener listener) {
        listeners.add(listener);
    }

    /** The newest published snapshot. */
    ChatsSnapshot latest() {
        return latest;
    }

    /** The write of the changes published last; completes when the cache has them. */
    CompletableFuture<Void> lastWrite() {
        return lastWrite;
    }

    /** Publishes once the work queued now is done, however many changes it makes. */
    void schedule() {
        if (!pending) {
            pending = true;
            onChatThread.accept(this::now);
        }
    }

    /** Publishes at once. */
    void now() {
        pending = false;
        ChatStore.Writes writes = book.takeWrites();
        if (!writes.isEmpty()) {
            lastWrite = store.write(writes).exceptionally(error -> {
                LOG.warn("Could not write chats to the cache", error);
                return null;
            });
        }
        if (book.takeReceiptsDue()) {
            receiptsDue.run();
        }
        latest = book.snapshot();
        publish.accept(latest);
        for (Consumer<ChatListener> event : book.takeEvents()) {
            for (ChatListener listener : listeners) {
                try {
                    event.accept(listener);
                } catch (RuntimeException e) {
                    LOG.warn("A chat listener failed", e);
                }
            }
        }
    }
}
