package dev.switchboard.server.history;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the search tokens of chats that have ended, once each: nothing is added to the work of
 * sending a message, and a chat is indexed when its text is final. Any node may run it at any
 * time: a chat's tokens are written in the transaction that locks its row and flips its
 * {@code search_indexed} from false to true, and a run passes over the rows another run holds, so
 * two nodes index different chats and neither waits for the other (ADR 0008, principle 6). Chats that ended before this existed are indexed the same way, a batch at a
 * time; until then the search reads their messages.
 */
public final class HistoryIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryIndexer.class);
    /** Chats per transaction. */
    static final int BATCH = 50;

    private final Jdbi jdbi;

    HistoryIndexer(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Indexes up to {@code max} ended chats not indexed yet, oldest first; answers how many it indexed. */
    public int indexPending(int max) {
        int done = 0;
        while (done < max) {
            int size = Math.min(BATCH, max - done);
            // chats another indexer is writing now are left to it (SKIP LOCKED): nobody waits for
            // another's batch, which on H2 failed after its lock timeout (two seconds)
            Batch batch = jdbi.inTransaction(handle -> {
                List<Long> pending = handle.createQuery("SELECT id FROM conversation WHERE search_indexed = FALSE AND status = 'ENDED'"
                                + " ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED")
                        .bind("n", size).mapTo(Long.class).list();
                int indexed = 0;
                for (long id : pending) {
                    indexed += index(handle, id) ? 1 : 0;
                }
                return new Batch(pending.size(), indexed);
            });
            done += batch.indexed();
            // fewer than asked for: nothing else is pending, or another indexer holds the rest (H2
            // cuts at the LIMIT before it skips locked rows); the timer's next run goes on
            if (batch.taken() < size) {
                break;
            }
        }
        if (done > 0) {
            LOG.debug("indexed {} chats for search", done);
        }
        return done;
    }

    private record Batch(int taken, int indexed) {
    }

    /** Claims the chat and writes its tokens, in the caller's transaction; false when another run had it. */
    private static boolean index(Handle handle, long conversationId) {
        int claimed = handle.createUpdate("UPDATE conversation SET search_indexed = TRUE WHERE id = :id AND status = 'ENDED' AND search_indexed = FALSE")
                .bind("id", conversationId).execute();
        if (claimed == 0) {
            return false;
        }
        Set<String> tokens = new TreeSet<>();
        handle.createQuery("SELECT m.conversation_id, m.body FROM message m WHERE m.conversation_id = :id AND m.kind IN ('TEXT', 'NOTE')")
                .bind("id", conversationId).map(HistoryRows.BODIES)
                .forEach(message -> tokens.addAll(SearchTokens.forIndex(message.body())));
        if (!tokens.isEmpty()) {
            PreparedBatch insert = handle.prepareBatch("INSERT INTO history_token (token, conversation_id) VALUES (:token, :c)");
            tokens.forEach(token -> insert.bind("token", token).bind("c", conversationId).add());
            insert.execute();
        }
        return true;
    }
}
