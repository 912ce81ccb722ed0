package dev.switchboard.app.reminders;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Visitors' messages with sensitive words, as the backend keeps them (flags and who acknowledged
 * them are stored there, so every workstation agrees and a restart forgets nothing): read and
 * acknowledged over REST, and told live ({@code chat.flagged}, {@code chat.flag-acknowledged}) to
 * whoever follows them. Listeners are called on a network thread: hand the work off.
 */
public final class SensitiveFlags {

    private final ApiClient api;
    private final Session session;
    private final Executor io;
    private final List<Consumer<SensitiveWordFlag>> listeners = new CopyOnWriteArrayList<>();

    public SensitiveFlags(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    /** The flags of one chat, newest first. */
    public CompletableFuture<List<SensitiveWordFlag>> ofChat(long conversationId) {
        return CompletableFuture.supplyAsync(() -> api.sensitiveWordFlags(session.server(), session.token(), conversationId, false), io);
    }

    /** The flags of the supervisor's groups no supervisor acknowledged yet, newest first. */
    public CompletableFuture<List<SensitiveWordFlag>> waiting() {
        return CompletableFuture.supplyAsync(() -> api.sensitiveWordFlags(session.server(), session.token(), null, true), io);
    }

    /** Acknowledges the flag of message {@code seq}; answers it as stored (acknowledged by whoever was first). */
    public CompletableFuture<SensitiveWordFlag> acknowledge(long conversationId, long seq) {
        return CompletableFuture.supplyAsync(() -> api.exchange(session.server(), session.token(), "POST", null, SensitiveWordFlag.class,
                "sensitive-word-flags", Long.toString(conversationId), Long.toString(seq), "acknowledgement"), io);
    }

    /** Told of every flag raised or acknowledged from now on, on a network thread; the returned step stops it. */
    public Runnable listen(Consumer<SensitiveWordFlag> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A flag raised or acknowledged, as the socket tells it. */
    void told(SensitiveWordFlag flag) {
        listeners.forEach(listener -> listener.accept(flag));
    }
}
