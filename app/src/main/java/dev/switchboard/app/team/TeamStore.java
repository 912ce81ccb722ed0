package dev.switchboard.app.team;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;

/** The synced agents, groups and sync cursor in the local cache. */
public final class TeamStore implements AccountCache {

    private final CacheDatabase db;

    public TeamStore(CacheDatabase db) {
        this.db = db;
    }

    public CompletableFuture<TeamSnapshot> load() {
        return db.transaction(handle -> {
            List<Agent> agents = handle.createQuery("SELECT data FROM cached_agent ORDER BY id")
                    .mapTo(String.class).map(json -> ProtocolJson.read(json, Agent.class)).list();
            List<Group> groups = handle.createQuery("SELECT data FROM cached_group ORDER BY id")
                    .mapTo(String.class).map(json -> ProtocolJson.read(json, Group.class)).list();
            return TeamSnapshot.of(agents, groups, cursor(handle));
        });
    }

    /** Writes a batch and its cursor in one transaction, so the cursor never runs ahead of the data. */
    public CompletableFuture<Void> save(TeamUpdate update) {
        return db.transaction(handle -> {
            for (Agent agent : update.upsertedAgents()) {
                upsert(handle, "cached_agent", agent.id(), agent.version(), ProtocolJson.write(agent));
            }
            for (Group group : update.upsertedGroups()) {
                upsert(handle, "cached_group", group.id(), group.version(), ProtocolJson.write(group));
            }
            update.deletedAgents().forEach(id -> delete(handle, "cached_agent", id));
            update.deletedGroups().forEach(id -> delete(handle, "cached_group", id));
            handle.createUpdate("UPDATE sync_state SET after_seq = :cursor WHERE id = 1")
                    .bind("cursor", update.cursor()).execute();
            return null;
        });
    }

    /** Forgets everything synced, e.g. when another account or server is used. */
    @Override
    public CompletableFuture<Void> clear() {
        return db.transaction(handle -> {
            handle.execute("DELETE FROM cached_agent");
            handle.execute("DELETE FROM cached_group");
            handle.execute("UPDATE sync_state SET after_seq = 0 WHERE id = 1");
            return null;
        });
    }

    private static long cursor(Handle handle) {
        return handle.createQuery("SELECT after_seq FROM sync_state WHERE id = 1").mapTo(Long.class).one();
    }

    private static void upsert(Handle handle, String table, long id, long version, String json) {
        handle.createUpdate("MERGE INTO " + table + " (id, version, data) KEY (id) VALUES (:id, :version, :data)")
                .bind("id", id).bind("version", version).bind("data", json).execute();
    }

    private static void delete(Handle handle, String table, long id) {
        handle.createUpdate("DELETE FROM " + table + " WHERE id = :id").bind("id", id).execute();
    }
}
