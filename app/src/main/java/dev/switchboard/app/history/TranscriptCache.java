package dev.switchboard.app.history;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.history.HistoryQuery;
import dev.switchboard.shared.history.Transcript;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The transcripts the agent opened lately, kept in the local cache so that they can be read while
 * the server cannot be reached. The newest {@link #KEPT} stay; another account's are forgotten.
 */
public final class TranscriptCache implements AccountCache {

    public static final String MIGRATIONS = "db/history";
    static final int KEPT = 300;

    private final CacheDatabase db;
    private final Clock clock;

    public TranscriptCache(CacheDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public CompletableFuture<Void> save(Transcript transcript) {
        return db.transaction(handle -> {
            long id = transcript.chat().conversationId();
            handle.createUpdate("DELETE FROM history_transcript WHERE id = :id").bind("id", id).execute();
            handle.createUpdate("INSERT INTO history_transcript (id, data, cached_at) VALUES (:id, :data, :at)")
                    .bind("id", id).bind("data", ProtocolJson.write(transcript)).bind("at", clock.instant()).execute();
            handle.createUpdate("DELETE FROM history_transcript WHERE id NOT IN"
                    + " (SELECT id FROM history_transcript ORDER BY cached_at DESC, id DESC LIMIT " + KEPT + ")").execute();
            return null;
        });
    }

    public CompletableFuture<Optional<Transcript>> find(long conversationId) {
        return db.transaction(handle -> handle.createQuery("SELECT data FROM history_transcript WHERE id = :id").bind("id", conversationId)
                .mapTo(String.class).findOne().map(json -> ProtocolJson.read(json, Transcript.class)));
    }

    /**
     * The cached transcripts that {@code query} finds, newest chat first, filtered as the server
     * filters (see {@link OfflineSearch}); {@code categories} are the chosen wrap-up category and
     * those below it, as far as this workstation knows the tree.
     */
    public CompletableFuture<List<Transcript>> matching(HistoryQuery query, Set<Long> categories) {
        OfflineSearch search = new OfflineSearch(query, categories);
        return db.transaction(handle -> handle.createQuery("SELECT data FROM history_transcript ORDER BY id DESC")
                .mapTo(String.class).map(json -> ProtocolJson.read(json, Transcript.class)).list().stream()
                .filter(search::matches)
                .toList());
    }

    @Override
    public CompletableFuture<Void> clear() {
        return db.transaction(handle -> {
            handle.createUpdate("DELETE FROM history_transcript").execute();
            return null;
        });
    }
}
