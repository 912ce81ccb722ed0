package dev.switchboard.app.feature;

import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.ws.Envelope;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a feature joins one signed-in session before it connects: the agent-socket messages it
 * handles (by type), what it asks the server for on every connect, the change-log entities it
 * keeps, what it loads from the cache first and writes back when the session closes, and what it
 * offers the window and other features of this session.
 */
public final class SessionContext {

    private final AppContext app;
    private final LiveSession live;
    private final Scope scope;

    SessionContext(AppContext app, LiveSession live) {
        this.app = app;
        this.live = live;
        this.scope = new Scope(app.scope());
    }

    public AppContext app() {
        return app;
    }

    /** The session: its account, team, connection; also the way to send on the agent socket. */
    public LiveSession live() {
        return live;
    }

    public Session session() {
        return live.session();
    }

    /** Offers {@code service} for this session's life to its window and the features after this one. */
    public <T> void provide(Class<T> type, T service) {
        scope.provide(type, service);
    }

    /** What this session or the workstation was offered as {@code type}. */
    public <T> T require(Class<T> type) {
        return scope.require(type);
    }

    /** The session's scope, parent of each of its windows'. */
    Scope scope() {
        return scope;
    }

    /** Handles every agent-socket message of {@code type}, on a network thread: hand the work off. */
    public void handle(String type, Consumer<Envelope> handler) {
        live.handle(type, handler);
    }

    /** Handles every agent-socket message of {@code type} with its payload, on a network thread. */
    public <T> void handle(String type, Class<T> payloadType, Consumer<T> handler) {
        live.handle(type, envelope -> handler.accept(ProtocolJson.read(envelope.payload(), payloadType)));
    }

    /** Asks for {@code type} (e.g. {@code visitors.subscribe}) on every connect. */
    public void subscribeOnConnect(String type) {
        live.subscribeOnConnect(type);
    }

    /** Keeps the change log's changes of one entity type. */
    public void sync(SyncedEntities entities) {
        live.sync(entities);
    }

    /** Loads from the cache before the session connects, so the agent sees it at once. */
    public void beforeConnect(Supplier<CompletableFuture<?>> load) {
        live.beforeConnect(load);
    }

    /** Follows the connection's state, on a network thread. */
    public void onConnectionChanged(Consumer<ConnectionState> listener) {
        live.onConnectionChanged(listener);
    }

    /** Told when the server has sent a new connection its backlog, on a network thread. */
    public void onCaughtUp(Runnable listener) {
        live.onCaughtUp(listener);
    }

    /** Writes what is left when the session closes; the cache closes only after the future completes. */
    public void onClose(Supplier<CompletableFuture<Void>> step) {
        live.onClose(step);
    }
}
