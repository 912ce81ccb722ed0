package dev.switchboard.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.infra.AdjustableClock;
import dev.switchboard.server.infra.Database;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.visitors.Channel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kind of work other than chats plugs into the engine with a table that keeps the contract's
 * columns, a capacity column and a client, and nothing of chat: callbacks here, on a real
 * (H2) database.
 */
class AnotherKindOfWorkTest {

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    static final WorkKind CALLBACKS = new WorkKind("callback", "callbacks", "callback");

    @TempDir
    Path data;

    private Database database;
    private Jdbi jdbi;
    private long agent;
    private long group;
    private final RecordingClient client = new RecordingClient();

    @BeforeEach
    void start() {
        database = Database.open(data, Optional.empty());
        jdbi = database.jdbi();
        jdbi.useHandle(handle -> {
            handle.execute("""
                    CREATE TABLE callback (
                        id BIGINT PRIMARY KEY, visitor_id VARCHAR(32) NOT NULL, site VARCHAR(64) NOT NULL, prechat TEXT,
                        status VARCHAR(16) NOT NULL, group_id BIGINT, owner_id BIGINT, priority INT NOT NULL, client_address VARCHAR(64),
                        created_at TIMESTAMP WITH TIME ZONE NOT NULL, assigned_at TIMESTAMP WITH TIME ZONE, ended_at TIMESTAMP WITH TIME ZONE,
                        offered_to BIGINT, offered_at TIMESTAMP WITH TIME ZONE, declined_by VARCHAR(2000) DEFAULT ',' NOT NULL,
                        leave_message_offered BOOLEAN DEFAULT FALSE NOT NULL)""");
            handle.execute("CREATE TABLE callback_routing (callback_id BIGINT PRIMARY KEY, routing TEXT NOT NULL)");
            handle.execute("ALTER TABLE agent ADD COLUMN max_callbacks INT DEFAULT 2 NOT NULL");
            group = handle.createUpdate("INSERT INTO agent_group (name, version, created_at) VALUES ('Callbacks', 1, :at)").bind("at", T0)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            // no room for a single chat: callbacks count against their own capacity
            agent = handle.createUpdate("""
                            INSERT INTO agent (login, display_name, password_hash, role, max_chats, chosen_status, status, enabled, version, created_at)
                            VALUES ('ada', 'Ada', 'x', 'AGENT', 0, 'ONLINE', 'ONLINE', TRUE, 1, :at)""").bind("at", T0)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            handle.createUpdate("INSERT INTO agent_group_member (agent_id, group_id) VALUES (:a, :g)").bind("a", agent).bind("g", group).execute();
        });
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void callbacksAreGivenOutUpToTheAgentsCallbackCapacityAndTheRestWaitWithTheirReasons() {
        WorkQueue callbacks = new WorkQueue(CALLBACKS, client, jdbi, new AdjustableClock(T0.plusSeconds(60)), Runnable::run, List::of);
        for (long id = 1; id <= 3; id++) {
            waiting(id);
            callbacks.submit(id);
        }

        assertThat(client.assigned).containsExactly(1L, 2L);
        assertThat(client.places).singleElement().satisfies(place -> {
            assertThat(place.itemId()).isEqualTo(3);
            assertThat(place.position()).isEqualTo(1);
        });
        RoutingReasons third = jdbi.withHandle(handle -> new WorkStore(CALLBACKS).storedReasons(handle, List.of(3L))).get(3L);
        assertThat(third.groupId()).isEqualTo(group);
        assertThat(third.candidates()).singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("at the callback limit (2/2)"));

        jdbi.useHandle(handle -> handle.execute("UPDATE callback SET status = 'DONE', ended_at = ? WHERE id = 1", T0.plusSeconds(120)));
        callbacks.drain();

        assertThat(client.assigned).containsExactly(1L, 2L, 3L);
        long owner = jdbi.withHandle(handle -> handle.createQuery("SELECT owner_id FROM callback WHERE id = 3").mapTo(Long.class).one());
        assertThat(owner).isEqualTo(agent);
    }

    @Test
    void aKindIsNamedByPlainWordsAsItsNamesBecomeSqlAndMessageTypes() {
        assertThat(CALLBACKS.routingTable()).isEqualTo("callback_routing");
        assertThat(CALLBACKS.capacityColumn()).isEqualTo("max_callbacks");
        assertThat(CALLBACKS.queueMessage()).isEqualTo("callback.queue");
        assertThatThrownBy(() -> new WorkKind("ticket", "tickets", "ticket; DROP TABLE agent")).isInstanceOf(IllegalArgumentException.class);
    }

    private void waiting(long id) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO callback (id, visitor_id, site, status, priority, client_address, created_at)
                        VALUES (:id, :visitor, 'default', 'QUEUED', 0, :address, :at)""")
                .bind("id", id).bind("visitor", "v" + id).bind("address", "10.0.0." + id).bind("at", T0.plusSeconds(id)).execute());
    }

    /** Remembers what the engine told it, in order. */
    private static final class RecordingClient implements WorkClient {

        final List<Long> assigned = new ArrayList<>();
        final List<QueuePlace> places = new ArrayList<>();

        @Override
        public RoutingRequest attributes(WorkItem item) {
            return new RoutingRequest(item.requesterId(), Channel.DIRECT, null, null, null, null, null, null, null, false);
        }

        @Override
        public Runnable assigning(Handle handle, List<Assignment> assignments) {
            return () -> assignments.forEach(assignment -> assigned.add(assignment.itemId()));
        }

        @Override
        public void offered(long itemId, long agentId, Instant expiresAt) {
        }

        @Override
        public void offerWithdrawn(long itemId, long agentId) {
        }

        @Override
        public void waiting(List<QueuePlace> places) {
            this.places.addAll(places);
        }
    }
}
