package dev.switchboard.app.internalchat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.testing.FakeChatLink;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.teamchat.NewTeamGroup;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import dev.switchboard.shared.ws.Envelope;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A team chat service on a real cache file with a scripted socket (the visitor chat tests' fake),
 * REST answers and hand-run time; it restarts on the same cache as a workstation would.
 */
final class TeamChatHarness implements AutoCloseable {

    static final long SELF = 7;
    static final long BOB = 8;
    static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    final FakeChatLink socket = new FakeChatLink();
    final ManualScheduler scheduler = new ManualScheduler();
    final MutableClock clock = new MutableClock(START);
    /** What the REST side answers for older messages; nothing else is asked of it. */
    final Map<Long, TeamMessagePage> earlierPages = new ConcurrentHashMap<>();
    private final Path home;
    private CacheDatabase cache;
    private ExecutorService serial;
    private TeamChatService service;

    TeamChatHarness(Path home) {
        this.home = home;
        start();
    }

    private void start() {
        cache = CacheDatabase.open(home, clock, TeamChatStore.MIGRATIONS);
        serial = Executors.newSingleThreadExecutor();
        TeamChatLink link = new TeamChatLink() {
            @Override
            public CompletableFuture<Void> request(String type, Object payload) {
                return socket.request(type, payload);
            }

            @Override
            public boolean tell(String type, Object payload) {
                return socket.tell(type, payload);
            }
        };
        service = new TeamChatService(SELF, new TeamChatService.Services(new TeamChatStore(cache), link, new EarlierPages(), serial, scheduler, clock),
                snapshot -> { });
        service.load().join();
    }

    TeamChatService service() {
        return service;
    }

    /** Stops as a closing workstation does (what is written stays), and starts again on the same cache. */
    void restart() {
        service.close().join();
        serial.shutdown();
        cache.close();
        start();
    }

    /** The socket connects and the server lists these conversations, as after every welcome. */
    void connect(TeamConversation... listed) {
        socket.online(false);
        service.connectionChanged(true);
        receive(TeamChatMessages.CONVERSATIONS, new TeamChatMessages.Conversations(List.of(listed)));
    }

    void drop() {
        socket.offline();
        service.connectionChanged(false);
    }

    void receive(String type, Object payload) {
        service.received(new Envelope(type, null, null, Json.mapper().valueToTree(payload)));
    }

    /** Waits (with a deadline) until the snapshot meets the condition. */
    TeamChatSnapshot await(String what, Predicate<TeamChatSnapshot> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            settle();
            if (condition.test(service.snapshot())) {
                return service.snapshot();
            }
        }
        throw new AssertionError(what + " did not come; now: " + service.snapshot());
    }

    /** Waits until the service handled everything handed to it so far and published it. */
    void settle() {
        service.close().join();
    }

    static TeamConversation direct(long id, long lastSeq, long readSeq) {
        return new TeamConversation(id, TeamConversationKind.DIRECT, null, null, List.of(SELF, BOB), lastSeq, readSeq, START, null, 0);
    }

    static TeamMessage fromBob(long conversationId, long seq, String text) {
        return new TeamMessage(conversationId, seq, "b-" + seq, BOB, "Bob", TeamMessageKind.TEXT, text, null, START, null);
    }

    /** The REST side: only pages of older messages, by the seq they come before; the socket carries the rest. */
    private final class EarlierPages implements TeamChatRest {
        @Override
        public CompletableFuture<List<TeamConversation>> conversations() {
            return CompletableFuture.failedFuture(new AssertionError("no REST expected"));
        }

        @Override
        public CompletableFuture<TeamConversation> direct(long agentId) {
            return CompletableFuture.failedFuture(new AssertionError("no REST expected"));
        }

        @Override
        public CompletableFuture<TeamMessagePage> before(long conversationId, long before, int limit) {
            TeamMessagePage page = earlierPages.get(before);
            return page == null ? CompletableFuture.failedFuture(new AssertionError("no page before " + before))
                    : CompletableFuture.completedFuture(page);
        }

        @Override
        public CompletableFuture<TeamConversation> createGroup(NewTeamGroup group) {
            return CompletableFuture.failedFuture(new AssertionError("no REST expected"));
        }

        @Override
        public CompletableFuture<TeamConversation> rename(long conversationId, String title) {
            return CompletableFuture.failedFuture(new AssertionError("no REST expected"));
        }

        @Override
        public CompletableFuture<TeamConversation> addMembers(long conversationId, List<Long> agentIds) {
            return CompletableFuture.failedFuture(new AssertionError("no REST expected"));
        }

        @Override
        public CompletableFuture<Void> removeMember(long conversationId, long agentId) {
            return CompletableFuture.failedFuture(new AssertionError("no REST expected"));
        }
    }

    @Override
    public void close() {
        serial.shutdownNow();
        cache.close();
    }
}
