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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The canned replies this agent may use (personal and their groups'), synced through the change
 * log into the cache so that they work offline, and what completes what the agent types in a chat
 * ({@link CannedSearch}). Readable from any thread; listeners hear of every change.
 */
public final class CannedReplies implements SyncedEntities, AccountCache {

    private static final Logger LOG = LoggerFactory.getLogger(CannedReplies.class);
    public static final String VISITOR_NAME = "{visitor.name}";
    public static final String AGENT_NAME = "{agent.name}";
    /** The agent's order: personal replies first, then each group's, each scope as arranged in the manager. */
    public static final Comparator<CannedReply> ORDER = Comparator.comparing((CannedReply reply) -> reply.shared())
            .thenComparing(reply -> reply.groupId() == null ? 0L : reply.groupId())
            .thenComparingInt(CannedReply::position).thenComparingLong(CannedReply::id);

    private final CacheDatabase db;
    private final Map<Long, CannedReply> byId = new TreeMap<>();
    private volatile List<CannedReply> all = List.of();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

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
                    changed();
                    return all;
                });
    }

    /** Every reply, in the agent's {@link #ORDER}. */
    public List<CannedReply> all() {
        return all;
    }

    /** Replies for {@code /typed} (without the slash): by shortcut, title, pinyin initials or text. */
    public List<CannedReply> matching(String typed) {
        return CannedSearch.afterSlash(all, typed);
    }

    /** Replies whose title or text holds the word being typed without a slash. */
    public List<CannedReply> suggest(String word) {
        return CannedSearch.asYouType(all, word);
    }

    /** Runs {@code listener} (on the thread that changed them) whenever the replies change; answers how to stop. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
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
        changed();
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
        changed();
        return db.transaction(handle -> handle.execute("DELETE FROM cached_canned_reply")).thenApply(rows -> null);
    }

    private void publish() {
        all = byId.values().stream().sorted(ORDER).toList();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
