package dev.switchboard.app.session;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.agents.Agent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The last signed-in session in the local cache, so the workstation can start without the server. */
public final class SessionStore {

    private final CacheDatabase db;
    private final Clock clock;

    public SessionStore(CacheDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The cached session, if it still has a token. */
    public CompletableFuture<Optional<Session>> find() {
        return db.transaction(handle -> handle
                .createQuery("SELECT server_url, login, token, agent_json FROM cached_session WHERE id = 1 AND token IS NOT NULL")
                .map((rs, ctx) -> new Session(ServerUrl.parse(rs.getString("server_url")), rs.getString("login"),
                        rs.getString("token"), ProtocolJson.read(rs.getString("agent_json"), Agent.class)))
                .findOne());
    }

    /**
     * Keeps {@code session} as the cached one. Answers whether it belongs to another server or
     * login than the one before, in which case the synced data is someone else's.
     */
    public CompletableFuture<Boolean> save(Session session) {
        return db.transaction(handle -> {
            Optional<String> before = handle
                    .createQuery("SELECT server_url || ' ' || login FROM cached_session WHERE id = 1")
                    .mapTo(String.class).findOne();
            handle.createUpdate("""
                            MERGE INTO cached_session (id, server_url, login, token, agent_json, saved_at)
                            KEY (id) VALUES (1, :server, :login, :token, :agent, :savedAt)""")
                    .bind("server", session.server().toString())
                    .bind("login", session.login())
                    .bind("token", session.token())
                    .bind("agent", ProtocolJson.write(session.agent()))
                    .bind("savedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .execute();
            return before.map(account -> !account.equals(session.server() + " " + session.login())).orElse(true);
        });
    }

    /** Keeps the newest state of the signed-in agent for the next start from the cache. */
    public CompletableFuture<Void> updateAgent(Agent agent) {
        return db.transaction(handle -> {
            handle.createUpdate("UPDATE cached_session SET agent_json = :agent WHERE id = 1 AND token IS NOT NULL")
                    .bind("agent", ProtocolJson.write(agent)).execute();
            return null;
        });
    }

    /** After sign-out or an ended session: the token is useless, server and login stay. */
    public CompletableFuture<Void> forgetToken() {
        return db.transaction(handle -> {
            handle.execute("UPDATE cached_session SET token = NULL WHERE id = 1");
            return null;
        });
    }
}
