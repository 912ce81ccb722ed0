package dev.switchboard.app.chat;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The canned replies this agent may use (personal and their groups'), synced through the change
 * log into the cache so that they work offline, and the completion of {@code /shortcut} in a chat.
 * Readable from any thread.
 */
public final class CannedReplies implements SyncedEntities, AccountCache {

    private static final Logger LOG = LoggerFactory.getLogger(CannedReplies.class);
    public static final String VISITOR_NAME = "{visitor.name}";
    public static final String AGENT_NAME = "{agent.name}";
    private static final Comparator<CannedReply> BY_SHORTCUT =
            Comparator.comparing((CannedReply reply) -> reply.shortcut().toLowerCase(Locale.ROOT)).thenComparingLong(CannedReply::id);

    private final CacheDatabase db;
    private final Map<Long, CannedReply> byId = new TreeMap<>();
    private volatile List<CannedReply> all = List.of();

    public CannedReplies(CacheDatabase db) {
        this.db = db;
    }

    public CompletableFuture<List<CannedReply>> load() {
        return db.transaction(handle -> handle.createQuery("SELECT data FROM cached_canned_reply ORDER BY id")
                .mapTo(String.class).map(json -> ProtocolJson.read(json, CannedReply.class)).list()).thenApply(cached -> {
                    synchronized (byId) {
                        cached.forEach(reply -> byId.putIfAbsent(reply.id(), reply));
                        publish();
                    }
                    return all;
                });
    }

    /** Every reply, by shortcut. */
    public List<CannedReply> all() {
        return all;
    }

    /**
     * Replies whose shortcut starts with {@code typed} (without the slash, any case): an exact
     * match first, then by shortcut.
     */
    public List<CannedReply> matching(String typed) {
        String prefix = typed.toLowerCase(Locale.ROOT);
        List<CannedReply> found = new ArrayList<>(all.stream()
                .filter(reply -> reply.shortcut().toLowerCase(Locale.ROOT).startsWith(prefix)).toList());
        found.sort(Comparator.comparing((CannedReply reply) -> !reply.shortcut().equalsIgnoreCase(prefix)).thenComparing(BY_SHORTCUT));
        return found;
    }

    /** The reply's text with its placeholders filled in; an unknown visitor name becomes {@code visitorFallback}. */
    public static String fill(CannedReply reply, String visitorName, String agentName, String visitorFallback) {
        String visitor = visitorName == null || visitorName.isBlank() ? visitorFallback : visitorName.strip();
        return reply.body().replace(VISITOR_NAME, visitor).replace(AGENT_NAME, agentName);
    }

    @Override
    public String entity() {
        return CannedReply.ENTITY;
    }

    @Override
    public CompletableFuture<Void> apply(List<Change> changes) {
        List<CannedReply> upserted = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        synchronized (byId) {
            for (Change change : changes) {
                try {
                    if (change.op() == ChangeOp.DELETE) {
                        long id = Long.parseLong(change.entityId());
                        byId.remove(id);
                        deleted.add(id);
                    } else {
                        CannedReply reply = ProtocolJson.read(change.data(), CannedReply.class);
                        byId.put(reply.id(), reply);
                        upserted.add(reply);
                    }
                } catch (IllegalArgumentException e) {
                    LOG.warn("Skipping unreadable canned reply change {}: {}", change.seq(), e.getMessage());
                }
            }
            publish();
        }
        return db.transaction(handle -> {
            for (CannedReply reply : upserted) {
                handle.createUpdate("MERGE INTO cached_canned_reply (id, version, data) KEY (id) VALUES (:id, :version, :data)")
                        .bind("id", reply.id()).bind("version", reply.version()).bind("data", ProtocolJson.write(reply)).execute();
            }
            for (long id : deleted) {
                handle.createUpdate("DELETE FROM cached_canned_reply WHERE id = :id").bind("id", id).execute();
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> clear() {
        synchronized (byId) {
            byId.clear();
            publish();
        }
        return db.transaction(handle -> handle.execute("DELETE FROM cached_canned_reply")).thenApply(rows -> null);
    }

    private void publish() {
        all = byId.values().stream().sorted(BY_SHORTCUT).toList();
    }
}
