package dev.switchboard.app.reminders;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.SessionApi;
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

    private static final ApiPath FLAGS = ApiPath.of("sensitive-word-flags");

    private final SessionApi api;
    private final List<Consumer<SensitiveWordFlag>> listeners = new CopyOnWriteArrayList<>();

    public SensitiveFlags(ApiClient api, Session session, Executor io) {
        this.api = new SessionApi(api, session.server(), session.token(), io);
    }

    /** The flags of one chat, newest first. */
    public CompletableFuture<List<SensitiveWordFlag>> ofChat(long conversationId) {
        return api.get(FLAGS.query("conversationId", conversationId), SensitiveWordFlag[].class).thenApply(List::of);
    }

    /** The flags of the supervisor's groups no supervisor acknowledged yet, newest first. */
    public CompletableFuture<List<SensitiveWordFlag>> waiting() {
        return api.get(FLAGS.query("acknowledged", false), SensitiveWordFlag[].class).thenApply(List::of);
    }

    /** Acknowledges the flag of message {@code seq}; answers it as stored (acknowledged by whoever was first). */
    public CompletableFuture<SensitiveWordFlag> acknowledge(long conversationId, long seq) {
        return api.send("POST", ApiPath.of("sensitive-word-flags", conversationId, seq, "acknowledgement"), null, SensitiveWordFlag.class);
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
