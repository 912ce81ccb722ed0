package dev.switchboard.server.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.switchboard.server.infra.Database;
import dev.switchboard.server.testing.OpensADatabase;
import dev.switchboard.server.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer next to another one (another node, or the two-second timer while a test or the
 * benchmark indexes "now"): a chat the other is writing is left to it, without waiting for it.
 * Waiting failed on H2 after its two-second lock timeout whenever the other's batch took longer.
 */
@OpensADatabase
class HistoryIndexerTest {

    @TempDir
    Path data;

    @AfterEach
    void dropDatabase() {
        TestDatabases.release(data);
    }

    @Test
    void aChatAnotherIndexerHoldsIsSkippedWithoutWaitingAndIndexedLater() {
        try (Database database = Database.open(data, TestDatabases.jdbcUrl(data))) {
            HistoryIndexer indexer = new HistoryIndexer(database.jdbi());
            long held;
            try (Handle setup = database.jdbi().open()) {
                setup.execute("INSERT INTO site (id, name, allowed_origins, prechat_form, version) VALUES ('s', 'Shop', '*', '{}', 1)");
                setup.execute("INSERT INTO visitor (id, site, token_hash, first_seen_at, last_seen_at, visit_count)"
                        + " VALUES ('v', 's', 'h', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                held = endedChat(setup, "我想申请退款");
                endedChat(setup, "发票开好了吗");
            }
            try (Handle other = database.jdbi().open()) {
                // another indexer in the middle of its batch: it has claimed the first chat and not committed yet
                other.begin();
                other.createUpdate("UPDATE conversation SET search_indexed = TRUE WHERE id = :id").bind("id", held).execute();
                try {
                    int indexed = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> indexer.indexPending(500));
                    assertThat(indexed).as("the chat nobody holds").isEqualTo(1);
                    assertThat(chatsWith(database, "发票")).isEqualTo(1);
                } finally {
                    // the other indexer fails before committing: its claim is undone
                    other.rollback();
                }
            }
            assertThat(indexer.indexPending(500)).as("the chat the other one gave up").isEqualTo(1);
            assertThat(chatsWith(database, "退款")).isEqualTo(1);
            assertThat(indexer.indexPending(500)).isZero();
        }
    }

    private static long endedChat(Handle handle, String text) {
        long id = handle.createUpdate("INSERT INTO conversation (visitor_id, site, status, priority, created_at) VALUES ('v', 's', 'ENDED', 0, :at)")
                .bind("at", Instant.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("INSERT INTO message (conversation_id, seq, client_id, sender_type, kind, body, created_at)"
                        + " VALUES (:c, 1, 'c', 'VISITOR', 'TEXT', :body, :at)")
                .bind("c", id).bind("body", text).bind("at", Instant.now()).execute();
        return id;
    }

    private static long chatsWith(Database database, String token) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM history_token WHERE token = :t")
                .bind("t", token).mapTo(Long.class).one());
    }
}
