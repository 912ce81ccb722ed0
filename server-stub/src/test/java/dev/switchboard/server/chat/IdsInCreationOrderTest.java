package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.infra.Database;
import dev.switchboard.server.testing.OpensADatabase;
import dev.switchboard.server.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversation and message ids follow the order in which they were created, whichever pooled
 * connection creates them: a waiting chat's place in the queue, a visitor's earlier chats and the
 * widget's "is this a newer chat" all compare ids. PostgreSQL caches sequence values per session,
 * so a cache on these columns handed two connections ids 1.. and 1001.. side by side.
 */
@OpensADatabase
class IdsInCreationOrderTest {

    @TempDir
    Path data;

    @AfterEach
    void dropDatabase() {
        TestDatabases.release(data);
    }

    @Test
    void conversationsAndMessagesCreatedOnTwoConnectionsTakeIdsInTheirOrder() {
        try (Database database = Database.open(data, TestDatabases.jdbcUrl(data))) {
            List<Long> conversations = new ArrayList<>();
            List<Long> messages = new ArrayList<>();
            try (Handle first = database.jdbi().open(); Handle second = database.jdbi().open()) {
                first.execute("INSERT INTO site (id, name, allowed_origins, prechat_form, version) VALUES ('s', 'Shop', '*', '{}', 1)");
                first.execute("INSERT INTO visitor (id, site, token_hash, first_seen_at, last_seen_at, visit_count)"
                        + " VALUES ('v', 's', 'h', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                for (Handle handle : List.of(first, second, first, second)) {
                    long conversation = conversation(handle);
                    conversations.add(conversation);
                    messages.add(message(handle, conversation));
                }
            }
            assertThat(conversations).isSorted().doesNotHaveDuplicates();
            assertThat(messages).isSorted().doesNotHaveDuplicates();
        }
    }

    private static long conversation(Handle handle) {
        return handle.createUpdate("INSERT INTO conversation (visitor_id, site, status, priority, created_at)"
                        + " VALUES ('v', 's', 'ENDED', 0, :at)")
                .bind("at", Instant.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static long message(Handle handle, long conversation) {
        return handle.createUpdate("INSERT INTO message (conversation_id, seq, client_id, sender_type, kind, body, created_at)"
                        + " VALUES (:c, 1, 'c', 'VISITOR', 'TEXT', 'hi', :at)")
                .bind("c", conversation).bind("at", Instant.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
