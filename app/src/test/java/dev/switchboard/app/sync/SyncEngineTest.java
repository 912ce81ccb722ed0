package dev.switchboard.app.sync;

import static dev.switchboard.app.testing.TestData.agent;
import static dev.switchboard.app.testing.TestData.change;
import static dev.switchboard.app.testing.TestData.deleteAgent;
import static dev.switchboard.app.testing.TestData.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {

    @TempDir
    Path home;
    private CacheDatabase cache;
    private TeamStore store;
    private final List<TeamSnapshot> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openCache() {
        cache = CacheDatabase.open(home, Clock.systemUTC());
        store = new TeamStore(cache);
    }

    @AfterEach
    void closeCache() {
        cache.close();
    }

    private SyncEngine engine() {
        SyncEngine engine = new SyncEngine(store, Runnable::run, published::add);
        engine.load().join();
        return engine;
    }

    @Test
    void appliesChangesInOrderAndDropsRepeatsAndOlderOnes() {
        SyncEngine engine = engine();

        assertThat(engine.accept(change(1, agent(1, "alice", AgentStatus.ONLINE, 1, 10L)))).isTrue();
        assertThat(engine.accept(change(2, group(10, "售前 Pre-sales")))).isTrue();
        assertThat(engine.accept(change(2, group(10, "duplicate")))).isFalse();
        assertThat(engine.accept(change(4, agent(1, "alice", AgentStatus.BUSY, 2, 10L)))).isTrue();
        assertThat(engine.accept(change(3, agent(1, "alice", AgentStatus.AWAY, 9, 10L)))).isFalse();
        engine.flushed().join();

        TeamSnapshot latest = published.get(published.size() - 1);
        assertThat(latest.cursor()).isEqualTo(4);
        assertThat(latest.agents().get(1L).status()).isEqualTo(AgentStatus.BUSY);
        assertThat(latest.groups().get(10L).name()).isEqualTo("售前 Pre-sales");
        assertThat(engine.cursor()).isEqualTo(4);

        TeamSnapshot cached = store.load().join();
        assertThat(cached.cursor()).isEqualTo(4);
        assertThat(cached.agents().get(1L).status()).isEqualTo(AgentStatus.BUSY);
        assertThat(cached.groupNames(cached.agents().get(1L))).containsExactly("售前 Pre-sales");
    }

    @Test
    void resumesFromThePersistedCursorAfterARestart() {
        SyncEngine first = engine();
        first.accept(change(7, agent(2, "bob", AgentStatus.ONLINE, 1)));
        first.caughtUp(12);
        first.flushed().join();

        SyncEngine second = engine();

        assertThat(second.cursor()).isEqualTo(12);
        assertThat(published.get(published.size() - 1).agents()).containsKey(2L);
        assertThat(second.accept(change(12, agent(2, "bob", AgentStatus.AWAY, 2)))).isFalse();
        assertThat(second.accept(change(13, agent(2, "bob", AgentStatus.AWAY, 2)))).isTrue();
        second.flushed().join();
        assertThat(store.load().join().cursor()).isEqualTo(13);
    }

    @Test
    void caughtUpAdvancesTheCursorPastChangesNotMeantForThisClientButNeverBack() {
        SyncEngine engine = engine();
        engine.accept(change(3, agent(1, "alice", AgentStatus.ONLINE, 1)));

        engine.caughtUp(9);
        engine.caughtUp(5);
        engine.flushed().join();

        assertThat(engine.cursor()).isEqualTo(9);
        assertThat(store.load().join().cursor()).isEqualTo(9);
    }

    @Test
    void deletesAndUnknownEntitiesAlsoMoveTheCursor() {
        SyncEngine engine = engine();
        engine.accept(change(1, agent(1, "alice", AgentStatus.ONLINE, 1)));
        engine.accept(change(2, agent(2, "bob", AgentStatus.ONLINE, 1)));
        engine.accept(deleteAgent(3, 2));
        engine.accept(new Change(4, "ticket", "77", ChangeOp.UPSERT, null, Instant.EPOCH));
        engine.flushed().join();

        TeamSnapshot cached = store.load().join();
        assertThat(cached.agents()).containsOnlyKeys(1L);
        assertThat(cached.cursor()).isEqualTo(4);
    }
}
