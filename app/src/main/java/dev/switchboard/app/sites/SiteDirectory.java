package dev.switchboard.app.sites;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sites as this administrator last saw them: from the cache at start, from the server when the
 * Sites section opens, and from the change log as any administrator changes one (the backend tells
 * administrators only). Readable from any thread; listeners hear of every change.
 */
public final class SiteDirectory implements SyncedEntities, AccountCache {

    public static final String MIGRATIONS = "db/sites";
    private static final Logger LOG = LoggerFactory.getLogger(SiteDirectory.class);

    private final CacheDatabase db;
    private final Map<String, SiteSettings> byId = new TreeMap<>();
    private volatile List<SiteSettings> all = List.of();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public SiteDirectory(CacheDatabase db) {
        this.db = db;
    }

    public CompletableFuture<Void> load() {
        return db.transaction(handle -> handle.createQuery("SELECT data FROM cached_site ORDER BY id").mapTo(String.class)
                .map(json -> ProtocolJson.read(json, SiteSettings.class)).list()).thenAccept(cached -> {
                    synchronized (byId) {
                        cached.forEach(site -> byId.putIfAbsent(site.id(), site));
                        publish();
                    }
                    changed();
                });
    }

    /** Every site, by key. */
    public List<SiteSettings> all() {
        return all;
    }

    /** Runs {@code listener} (on the thread that changed them) whenever the sites change; answers how to stop. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The whole list as the server answered it: what is not in it was deleted. */
    public CompletableFuture<Void> replaceAll(List<SiteSettings> sites) {
        synchronized (byId) {
            byId.clear();
            sites.forEach(site -> byId.put(site.id(), site));
            publish();
        }
        changed();
        return db.transaction(handle -> {
            handle.execute("DELETE FROM cached_site");
            sites.forEach(site -> merge(handle, site));
            return null;
        });
    }

    /** A site as a save answered it, unless the change log brought a newer version already. */
    public CompletableFuture<Void> put(SiteSettings site) {
        return apply(List.of(new Change(0, entity(), site.id(), ChangeOp.UPSERT, ProtocolJson.tree(site), null)));
    }

    @Override
    public String entity() {
        return SiteSettings.ENTITY;
    }

    @Override
    public CompletableFuture<Void> apply(List<Change> changes) {
        List<SiteSettings> upserted = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        synchronized (byId) {
            for (Change change : changes) {
                try {
                    if (change.op() == ChangeOp.DELETE) {
                        byId.remove(change.entityId());
                        deleted.add(change.entityId());
                    } else {
                        SiteSettings site = ProtocolJson.read(change.data(), SiteSettings.class);
                        SiteSettings known = byId.get(site.id());
                        if (known == null || known.version() == null || site.version() == null || site.version() >= known.version()) {
                            byId.put(site.id(), site);
                            upserted.add(site);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    LOG.warn("Skipping unreadable site change {}: {}", change.seq(), e.getMessage());
                }
            }
            publish();
        }
        changed();
        return db.transaction(handle -> {
            upserted.forEach(site -> merge(handle, site));
            deleted.forEach(id -> handle.createUpdate("DELETE FROM cached_site WHERE id = :id").bind("id", id).execute());
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> clear() {
        synchronized (byId) {
            byId.clear();
            publish();
        }
        changed();
        return db.transaction(handle -> handle.execute("DELETE FROM cached_site")).thenApply(rows -> null);
    }

    private static void merge(org.jdbi.v3.core.Handle handle, SiteSettings site) {
        handle.createUpdate("MERGE INTO cached_site (id, version, data) KEY (id) VALUES (:id, :version, :data)")
                .bind("id", site.id()).bind("version", site.version() == null ? 0 : site.version()).bind("data", ProtocolJson.write(site))
                .execute();
    }

    private void publish() {
        all = List.copyOf(byId.values());
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
