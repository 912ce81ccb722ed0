package dev.switchboard.server.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.ServerProcess;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The delivery guarantee under fire: twenty chats exchange thousands of messages while sockets of
 * visitors and agents are cut at random moments and the backend is killed with SIGKILL and
 * started again, twice. Afterwards every message sent is stored exactly once, each sender's
 * messages keep their order, sequence numbers have no holes, and both sides hold exactly the
 * conversation the backend stored.
 */
class ChatFaultInjectionTest {

    private static final int CHATS = 20;
    private static final int ROUNDS = 60;
    private static final Duration ROUND_PAUSE = Duration.ofMillis(350);
    private static final Duration SETTLE = Duration.ofSeconds(90);

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    final Path data = backend.dataDir();

    private final Random random = new Random(20261122);
    private final AtomicInteger drops = new AtomicInteger();
    private volatile ServerProcess server;
    /** Every backend process of the run, killed ones included: what they logged explains a failure. */
    private final List<ServerProcess> started = new ArrayList<>();

    /** The last backend started is still running: it must not outlive the test (each run left one behind). */
    @AfterEach
    void stopBackend() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void nothingAcknowledgedIsLostOrDuplicatedAndOrderHoldsThroughDropsAndKills() throws Exception {
        server = ServerProcess.start(data, 0, "--demo");
        started.add(server);
        int port = server.awaitPort();
        ApiClient api = new ApiClient("http://localhost:" + port);
        String admin = api.token("admin", "switchboard");
        giveAliceAndBobTheFirstGroup(api, admin);

        String visitorUrl = "ws://localhost:" + port + WidgetMessages.PATH;
        String agentUrl = "ws://localhost:" + port + AgentSocket.PATH;
        List<ChaosAgent> agents = List.of(new ChaosAgent("alice", api.token("alice", "switchboard"), agentUrl),
                new ChaosAgent("bob", api.token("bob", "switchboard"), agentUrl));
        List<ChaosVisitor> visitors = new ArrayList<>();
        for (int i = 1; i <= CHATS; i++) {
            visitors.add(new ChaosVisitor(i, visitorUrl));
        }
        List<ReconnectingSocket> sockets = Stream.concat(agents.stream().map(ChaosAgent::socket), visitors.stream().map(ChaosVisitor::socket)).toList();

        ScheduledExecutorService background = Executors.newScheduledThreadPool(2);
        try {
            // what a widget and a workstation do: come back whenever the connection is gone
            background.scheduleWithFixedDelay(() -> sockets.forEach(ReconnectingSocket::ensureConnected), 0, 100, TimeUnit.MILLISECONDS);
            awaitCondition("every chat assigned", Duration.ofSeconds(60), () -> visitors.stream().allMatch(v -> v.conversationId() != 0)
                    && agents.stream().mapToInt(a -> a.chats().size()).sum() == CHATS, () -> pending(visitors, agents));

            background.scheduleWithFixedDelay(() -> sockets.get(random.nextInt(sockets.size())).drop(), 300, 150 + random.nextInt(300), TimeUnit.MILLISECONDS);
            for (int round = 1; round <= ROUNDS; round++) {
                visitors.forEach(ChaosVisitor::write);
                agents.forEach(ChaosAgent::writeToEveryChat);
                if (round == ROUNDS / 3 || round == 2 * ROUNDS / 3) {
                    killAndRestart(port);
                }
                Thread.sleep(ROUND_PAUSE.toMillis()); // the script's sending pace, not a wait for a condition
            }
            countDropsSoFar(sockets);
            awaitCondition("every message acknowledged and received by the other side", SETTLE,
                    () -> everythingDelivered(visitors, agents), () -> pending(visitors, agents));
        } finally {
            background.shutdownNow();
            background.awaitTermination(5, TimeUnit.SECONDS);
            sockets.forEach(ReconnectingSocket::close);
        }

        assertThat(drops.get()).as("reconnections (the chaos really happened)").isGreaterThan(CHATS * 2);
        System.out.printf("fault injection: %d chats, %d messages, %d reconnections, 2 kill -9 restarts%n", CHATS, CHATS * ROUNDS * 2, drops.get());
        Map<Long, List<String>> stored = storedConversations(api, admin, visitors);
        for (ChaosVisitor visitor : visitors) {
            try {
                assertConversation(visitor, stored.get(visitor.conversationId()), agents);
            } catch (AssertionError failed) {
                throw new AssertionError(failed.getMessage() + "\n--- what the backends logged about chat " + visitor.conversationId()
                        + " and the agents' presence ---\n" + String.join("\n", backendLines(visitor.conversationId())), failed);
            }
        }
    }

    private void assertConversation(ChaosVisitor visitor, List<String> conversation, List<ChaosAgent> agents) {
        ChaosAgent owner = agents.stream().filter(a -> a.chats().containsKey(visitor.conversationId())).findFirst().orElseThrow();
        ConversationLedger agentSide = owner.chats().get(visitor.conversationId());

        assertThat(conversation).as("no message stored twice").doesNotHaveDuplicates();
        assertThat(conversation.stream().filter(id -> id.startsWith("v"))).as("the visitor's messages, all, in the order written")
                .containsExactlyElementsOf(numbered("v" + visitor.number() + "-", ROUNDS));
        // the demo backend's automatic welcome ("auto:welcome") is the backend's, not the agent's
        assertThat(conversation.stream().filter(id -> !id.startsWith("v") && !id.startsWith("joined") && !id.startsWith("auto:")))
                .as("the agent's messages, all, in the order written").hasSize(ROUNDS).isSortedAccordingTo(ChatFaultInjectionTest::byNumber);
        assertThat(visitor.ledger().receivedInOrder()).as("the visitor holds exactly the stored conversation").isEqualTo(conversation);
        assertThat(agentSide.receivedInOrder()).as("the agent holds exactly the stored conversation").isEqualTo(conversation);
        assertAcksMatchStore(visitor.ledger(), conversation);
        assertAcksMatchStore(agentSide, conversation);
        assertThat(visitor.ledger().violations()).isEmpty();
        assertThat(agentSide.violations()).isEmpty();
    }

    private List<String> backendLines(long conversationId) {
        String chat = "id=" + conversationId + " ";
        return started.stream().flatMap(process -> Stream.concat(Stream.of("[backend process]"), process.output().stream()))
                .filter(line -> line.startsWith("[") || (line.contains(chat) || line.endsWith("id=" + conversationId)
                        || line.contains("presence:") || line.contains("agent socket") || line.contains("WARN") || line.contains("ERROR"))
                        && !line.contains("flood"))
                .toList();
    }

    private void killAndRestart(int port) throws Exception {
        server.kill();
        server = ServerProcess.start(data, port, "--demo");
        started.add(server);
        server.awaitPort();
        ApiClient.http().connectionPool().evictAll(); // pooled REST connections died with the old process
    }

    private void countDropsSoFar(List<ReconnectingSocket> sockets) {
        drops.set(sockets.stream().mapToInt(ReconnectingSocket::connections).sum() - sockets.size());
    }

    private static boolean everythingDelivered(List<ChaosVisitor> visitors, List<ChaosAgent> agents) {
        Map<Long, ConversationLedger> agentSide = new HashMap<>();
        agents.forEach(agent -> agentSide.putAll(agent.chats()));
        for (ChaosVisitor visitor : visitors) {
            ConversationLedger theirs = agentSide.get(visitor.conversationId());
            if (theirs == null || !visitor.ledger().hasAllAcked() || !theirs.hasAllAcked()
                    || !visitor.ledger().receivedInOrder().containsAll(theirs.ackedIds().keySet())
                    || !theirs.receivedInOrder().containsAll(visitor.ledger().ackedIds().keySet())
                    || visitor.ledger().receivedInOrder().size() != theirs.receivedInOrder().size()) {
                return false;
            }
        }
        return true;
    }

    private static void assertAcksMatchStore(ConversationLedger ledger, List<String> conversation) {
        ledger.ackedIds().forEach((clientId, seq) ->
                assertThat(conversation.indexOf(clientId) + 1L).as("%s stored at the seq it was acknowledged with", clientId).isEqualTo(seq));
    }

    /** Every conversation as stored, as client ids in sequence order; fails on any hole in the sequence. */
    private static Map<Long, List<String>> storedConversations(ApiClient api, String token, List<ChaosVisitor> visitors) {
        Map<Long, List<String>> stored = new HashMap<>();
        for (ChaosVisitor visitor : visitors) {
            List<String> ids = new ArrayList<>();
            long after = 0;
            boolean more = true;
            while (more) {
                JsonNode page = api.get("/api/v1/conversations/" + visitor.conversationId() + "/messages?after=" + after + "&limit=500", token).json();
                for (JsonNode message : page.path("messages")) {
                    assertThat(message.path("seq").asLong()).as("seq without holes").isEqualTo(after + 1);
                    after = message.path("seq").asLong();
                    ids.add(message.path("clientId").asText());
                }
                more = page.path("hasMore").asBoolean();
            }
            stored.put(visitor.conversationId(), ids);
        }
        return stored;
    }

    private static void giveAliceAndBobTheFirstGroup(ApiClient api, String admin) {
        Group first = Arrays.stream(api.get("/api/v1/groups", admin).as(Group[].class)).findFirst().orElseThrow();
        for (Agent agent : api.get("/api/v1/agents", admin).as(Agent[].class)) {
            if (agent.login().equals("alice") || agent.login().equals("bob")) {
                assertThat(api.patch("/api/v1/agents/" + agent.id(), admin, new AgentPatch(null, null, null, List.of(first.id()), CHATS, null))
                        .status()).isEqualTo(200);
            }
        }
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }

    private static int byNumber(String first, String second) {
        return Integer.compare(Integer.parseInt(first.substring(first.lastIndexOf('-') + 1)), Integer.parseInt(second.substring(second.lastIndexOf('-') + 1)));
    }

    private static String pending(List<ChaosVisitor> visitors, List<ChaosAgent> agents) {
        long unackedByVisitors = visitors.stream().mapToLong(v -> v.ledger().unacked().size()).sum();
        long unackedByAgents = agents.stream().flatMap(a -> a.chats().values().stream()).mapToLong(l -> l.unacked().size()).sum();
        long heldByVisitors = visitors.stream().mapToLong(v -> v.ledger().receivedInOrder().size()).sum();
        long heldByAgents = agents.stream().flatMap(a -> a.chats().values().stream()).mapToLong(l -> l.receivedInOrder().size()).sum();
        return "chats started " + visitors.stream().filter(v -> v.conversationId() != 0).count() + ", unacknowledged (visitors/agents) "
                + unackedByVisitors + "/" + unackedByAgents + ", messages held (visitors/agents) " + heldByVisitors + "/" + heldByAgents;
    }

    private static void awaitCondition(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        Polling.await(what).atMost(timeout).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(condition.getAsBoolean()).as(state).isTrue());
    }
}
