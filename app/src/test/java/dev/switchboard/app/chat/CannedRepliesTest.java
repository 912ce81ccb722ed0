package dev.switchboard.app.chat;

import static dev.switchboard.app.testing.TestData.agent;
import static dev.switchboard.app.testing.TestData.change;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.sync.SyncEngine;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canned replies synced through the change log into the cache, and completing {@code /shortcut} with placeholders. */
class CannedRepliesTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void repliesSyncedThroughTheChangeLogAreCachedNextToTheTeamAndCompleteShortcuts() {
        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC(), ChatStore.MIGRATIONS);
        CannedReplies replies = new CannedReplies(cache);
        replies.load().join();
        SyncEngine sync = new SyncEngine(new TeamStore(cache), Runnable::run, snapshot -> { });
        sync.register(replies);
        sync.load().join();

        sync.accept(change(1, agent(7, "alice", AgentStatus.ONLINE, 1)));
        sync.accept(upsert(2, new CannedReply(1, 7L, null, "refund-policy", "Refund policy", "Refunds take 7 days.", null, 0, 1)));
        sync.accept(upsert(3, new CannedReply(2, null, 10L, "refund", "Refund", "Hello {visitor.name}, I am {agent.name}.", null, 0, 1)));
        sync.accept(upsert(4, new CannedReply(3, null, 10L, "hours", "Opening hours", "We open at 9.", null, 0, 1)));
        sync.accept(new Change(5, CannedReply.ENTITY, "3", ChangeOp.DELETE, null, AT));
        sync.flushed().join();

        // the agent's own first, then the group's; an exact shortcut before one it only starts
        assertThat(replies.matching("REF")).extracting(CannedReply::shortcut).containsExactly("refund-policy", "refund");
        assertThat(replies.matching("refund")).extracting(CannedReply::shortcut).containsExactly("refund", "refund-policy");
        assertThat(replies.matching("refund-")).extracting(CannedReply::shortcut).containsExactly("refund-policy");
        assertThat(replies.matching("hours")).isEmpty();
        cache.close();

        CacheDatabase reopened = CacheDatabase.open(home, Clock.systemUTC(), ChatStore.MIGRATIONS);
        try {
            CannedReplies cached = new CannedReplies(reopened);
            cached.load().join();
            assertThat(cached.all()).extracting(CannedReply::shortcut).containsExactly("refund-policy", "refund");
            assertThat(new TeamStore(reopened).load().join().cursor()).isEqualTo(5);
        } finally {
            reopened.close();
        }
    }

    @Test
    void placeholdersAreFilledWithTheVisitorsAndTheAgentsNames() {
        CannedReply greeting = new CannedReply(2, null, 10L, "hi", "Greeting", "Hello {visitor.name}, I am {agent.name}. {visitor.name}?", null, 0, 1);

        assertThat(CannedReplies.fill(greeting, " Li Lei ", "Alice 王丽", "there"))
                .isEqualTo("Hello Li Lei, I am Alice 王丽. Li Lei?");
        assertThat(CannedReplies.fill(greeting, "", "Alice", "there")).isEqualTo("Hello there, I am Alice. there?");
    }

    private static Change upsert(long seq, CannedReply reply) {
        return new Change(seq, CannedReply.ENTITY, Long.toString(reply.id()), ChangeOp.UPSERT, ProtocolJson.tree(reply), AT);
    }
}
