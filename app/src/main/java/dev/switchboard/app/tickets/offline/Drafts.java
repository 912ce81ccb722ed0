package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.platform.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text being typed (a reply or note per ticket, the new-ticket form), kept in the cache while it is
 * typed so that neither a crash nor {@code kill -9} loses more than the last {@link #FLUSH_AFTER}.
 * Typing only notes the text (any thread, no I/O); a flush a moment later writes everything noted
 * since, in one cache transaction on the cache's thread. An empty text removes the draft. Read once
 * when the session starts ({@link #load}); {@link #text} answers from memory.
 */
public final class Drafts {

    /** The most typing that a crash can lose: well under the one second. */
    public static final Duration FLUSH_AFTER = Duration.ofMillis(300);
    /** The new-ticket form's draft. */
    public static final String NEW_TICKET = "new-ticket";

    private final CacheDatabase db;
    private final String account;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private Map<String, String> unsaved = new LinkedHashMap<>();
    private boolean flushScheduled;
    private CompletableFuture<Void> lastFlush = CompletableFuture.completedFuture(null);
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    public Drafts(CacheDatabase db, String account, Clock clock, Scheduler scheduler) {
        this.db = db;
        this.account = account;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** The draft key of the reply box of ticket {@code ticketId}. */
    public static String replyKey(long ticketId) {
        return "reply:" + ticketId;
    }

    /** Reads the drafts kept for this account. */
    public CompletableFuture<Void> load() {
        db.transaction(handle -> DraftRows.all(handle, account)).thenAccept(kept -> kept.forEach(known::putIfAbsent))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        loaded.completeExceptionally(failure);
                    } else {
                        loaded.complete(null);
                    }
                });
        return loaded;
    }

    /** Completes once the kept drafts were read. */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    /** The draft under {@code key}, empty when there is none. */
    public String text(String key) {
        return known.getOrDefault(key, "");
    }

    /** Notes what is typed under {@code key} now; written within {@link #FLUSH_AFTER}. */
    public void typed(String key, String text) {
        String body = text == null ? "" : text;
        if (body.equals(known.getOrDefault(key, ""))) {
            return;
        }
        if (body.isEmpty()) {
            known.remove(key);
        } else {
            known.put(key, body);
        }
        synchronized (lock) {
            unsaved.put(key, body);
            if (flushScheduled) {
                return;
            }
            flushScheduled = true;
        }
        scheduler.schedule(FLUSH_AFTER, this::flush);
    }

    /** Writes what was noted and not written yet; completes when it is in the cache. */
    public CompletableFuture<Void> flush() {
        Map<String, String> batch;
        synchronized (lock) {
            flushScheduled = false;
            batch = unsaved;
            unsaved = new LinkedHashMap<>();
            if (batch.isEmpty()) {
                return lastFlush;
            }
            Map<String, String> toWrite = new HashMap<>(batch);
            lastFlush = db.transaction(handle -> {
                toWrite.forEach((key, body) -> {
                    if (body.isEmpty()) {
                        DraftRows.remove(handle, account, key);
                    } else {
                        DraftRows.save(handle, account, key, body, clock.instant());
                    }
                });
                return null;
            });
            return lastFlush;
        }
    }
}
