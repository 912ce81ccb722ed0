package dev.switchboard.app.net;

import static dev.switchboard.app.testing.TestData.agent;
import static dev.switchboard.app.testing.TestData.change;
import static dev.switchboard.app.testing.TestData.changeMessage;
import static dev.switchboard.app.testing.TestData.envelope;
import static dev.switchboard.app.testing.TestData.message;
import static dev.switchboard.app.testing.TestData.welcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.ScriptedTransport;
import dev.switchboard.app.testing.VisitorBuilder;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.visitors.VisitorSummary;
import dev.switchboard.shared.ws.Ack;
import dev.switchboard.shared.ws.CaughtUp;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import dev.switchboard.shared.ws.Welcome;
import dev.switchboard.shared.ws.WsErrorPayload;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconnect loop and the protocol of the agent WebSocket, with scripted sockets and hand-run time. */
class AgentConnectionTest {

    private final ScriptedTransport transport = new ScriptedTransport();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicLong cursor = new AtomicLong();
    private final Recorder events = new Recorder();
    private AgentConnection connection;

    @BeforeEach
    void connect() {
        Backoff noJitter = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, () -> 0.0);
        connection = new AgentConnection(ServerUrl.parse("http://sb.test:8080"), "secret-token", transport,
                Runnable::run, scheduler, noJitter, cursor::get, events, events.handlers());
        // as the visitors feature does: every connection asks for the visitor list
        connection.subscribeOnConnect(MessageTypes.VISITORS_SUBSCRIBE);
    }

    @Test
    void retriesWithExponentialBackoffWhileTheServerIsDown() {
        for (int i = 0; i < 8; i++) {
            transport.failNext(new ConnectException("refused"));
        }

        connection.start();
        for (int i = 0; i < 7; i++) {
            scheduler.runNext();
        }

        assertThat(scheduler.delays()).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(events.states).containsExactly(ConnectionState.CONNECTING, ConnectionState.RECONNECTING);
        assertThat(connection.state()).isEqualTo(ConnectionState.RECONNECTING);
    }

    @Test
    void sendsTheTokenInTheHandshakeAndNeverInTheAddress() {
        connection.start();

        assertThat(transport.tokens()).containsExactly("secret-token");
        assertThat(transport.uris()).allSatisfy(uri -> {
            assertThat(uri.toString()).isEqualTo("ws://sb.test:8080/ws/agent");
            assertThat(uri.toString()).doesNotContain("secret-token");
        });
    }

    @Test
    void subscribesAfterWelcomeAndResumesFromTheCursorAfterADrop() {
        transport.failNext(new ConnectException("refused")).failNext(new ConnectException("refused"));
        cursor.set(42);
        connection.start();
        scheduler.runNext();
        scheduler.runNext();

        transport.lastSocket().serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        assertThat(connection.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(events.welcomes).hasSize(1);
        assertThat(subscribedAfter(transport.lastSocket())).isEqualTo(42);

        transport.lastSocket().serverSends(changeMessage(change(43, agent(2, "bob", AgentStatus.BUSY, 7))));
        assertThat(events.changes).extracting(Change::seq).containsExactly(43L);

        cursor.set(57);
        transport.lastSocket().serverCloses(1006);

        assertThat(connection.state()).isEqualTo(ConnectionState.RECONNECTING);
        // Being welcomed reset the failure count: the drop is retried after the first delay again.
        assertThat(scheduler.delays()).extracting(Duration::toSeconds).containsExactly(1L, 2L, 1L);

        scheduler.runNext();
        transport.lastSocket().serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        assertThat(transport.sockets()).hasSize(2);
        assertThat(subscribedAfter(transport.lastSocket())).isEqualTo(57);
        assertThat(events.states).containsExactly(ConnectionState.CONNECTING, ConnectionState.RECONNECTING,
                ConnectionState.CONNECTED, ConnectionState.RECONNECTING, ConnectionState.CONNECTED);
    }

    @Test
    void aChangeOfTheAgentsOwnAccountIsPassedOn() {
        connection.start();
        transport.lastSocket().serverSends(welcome(agent(3, "carol", AgentStatus.ONLINE, 4)));

        transport.lastSocket().serverSends(message(MessageTypes.ACCOUNT_CHANGED, null, null, agent(3, "carol", AgentStatus.ONLINE, 5)));

        assertThat(events.accountChanges).extracting(Agent::version).containsExactly(5L);
    }

    @Test
    void chatMessagesGoToTheChatFeatureAndOneWayMessagesAreDroppedWhileOffline() {
        assertThat(connection.tell("chat.typing", new ChatMessages.Typing(5, true, null))).isFalse();
        connection.start();
        ScriptedTransport.FakeSocket socket = transport.lastSocket();
        socket.serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        socket.serverSends(message("chat.read", null, null, new ChatMessages.Read(5, 3, "visitor")));
        assertThat(events.chats).extracting(Envelope::type).containsExactly("chat.read");
        assertThat(events.chats.get(0).payload().path("seq").asLong()).isEqualTo(3);

        assertThat(connection.tell("chat.typing", new ChatMessages.Typing(5, true, null))).isTrue();
        Envelope typing = envelope(socket.sent().get(socket.sent().size() - 1));
        assertThat(typing.type()).isEqualTo("chat.typing");
        assertThat(typing.id()).as("nothing to acknowledge").isNull();
    }

    @Test
    void forwardsCaughtUp() {
        connection.start();
        transport.lastSocket().serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        transport.lastSocket().serverSends(message(MessageTypes.SYNC_CAUGHT_UP, null, null, new CaughtUp(99)));

        assertThat(events.caughtUp).containsExactly(99L);
    }

    @Test
    void closeCode4401EndsTheSessionWithoutReconnecting() {
        connection.start();
        transport.lastSocket().serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        transport.lastSocket().serverCloses(4401);

        assertThat(events.sessionEnded).containsExactly(Optional.empty());
        assertThat(connection.state()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void sessionEndedMessageCarriesTheReasonAndStopsForGood() {
        connection.start();
        Problem reason = Problem.of(ProblemType.UNAUTHENTICATED, "The account was disabled");

        transport.lastSocket().serverSends(message(MessageTypes.SESSION_ENDED, null, null, reason));
        transport.lastSocket().serverCloses(4401);

        assertThat(events.sessionEnded).containsExactly(Optional.of(reason));
        assertThat(transport.lastSocket().isClosed()).isTrue();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void anUpgradeRefusedWith401EndsTheSessionButOtherRefusalsAreRetried() {
        transport.failNext(new SocketTransport.HandshakeRefusedException(503, null))
                .failNext(new SocketTransport.HandshakeRefusedException(401, null));

        connection.start();
        assertThat(connection.state()).isEqualTo(ConnectionState.RECONNECTING);
        scheduler.runNext();

        assertThat(events.sessionEnded).hasSize(1);
        assertThat(connection.state()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void eventsOfAReplacedSocketAreIgnored() {
        connection.start();
        ScriptedTransport.FakeSocket first = transport.lastSocket();
        first.serverCloses(1006);
        scheduler.runNext();
        transport.lastSocket().serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        first.serverSends(changeMessage(change(5, agent(2, "bob", AgentStatus.BUSY, 7))));
        first.serverCloses(1006);

        assertThat(events.changes).isEmpty();
        assertThat(connection.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void statusChangesAreAcknowledgedOrRefused() throws Exception {
        connection.start();
        ScriptedTransport.FakeSocket socket = transport.lastSocket();
        socket.serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        CompletableFuture<Void> busy = connection.setStatus(AgentStatus.BUSY);
        Envelope sent = envelope(socket.sent().get(socket.sent().size() - 1));
        assertThat(sent.type()).isEqualTo(MessageTypes.STATUS_SET);
        assertThat(sent.id()).isNotBlank();
        assertThat(ProtocolJson.read(sent.payload(), StatusChange.class).status()).isEqualTo(AgentStatus.BUSY);
        socket.serverSends(message(MessageTypes.ACK, null, null, new Ack(sent.id())));
        assertThat(busy).isCompleted();
        busy.get();

        CompletableFuture<Void> offline = connection.setStatus(AgentStatus.OFFLINE);
        Envelope refusedMessage = envelope(socket.sent().get(socket.sent().size() - 1));
        Problem problem = Problem.invalid("OFFLINE cannot be chosen", List.of());
        socket.serverSends(message(MessageTypes.ERROR, null, null, new WsErrorPayload(refusedMessage.id(), problem)));
        assertThatThrownBy(offline::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ProblemException.class);
    }

    @Test
    void statusChangesFailAtOnceWhenOfflineAndWhenTheConnectionDrops() {
        assertThat(connection.setStatus(AgentStatus.AWAY)).isCompletedExceptionally();

        connection.start();
        transport.lastSocket().serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));
        CompletableFuture<Void> pending = connection.setStatus(AgentStatus.AWAY);
        transport.lastSocket().serverCloses(1011);

        assertThatThrownBy(pending::get).hasCauseInstanceOf(NotConnectedException.class);
    }

    @Test
    void everyConnectionSubscribesToTheVisitorListAndDeliversSnapshotsAndBatches() {
        connection.start();
        ScriptedTransport.FakeSocket socket = transport.lastSocket();
        socket.serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));

        assertThat(socket.sent()).extracting(text -> envelope(text).type())
                .containsExactly(MessageTypes.SYNC_SUBSCRIBE, MessageTypes.VISITORS_SUBSCRIBE);
        socket.serverSends(message(MessageTypes.VISITORS_SNAPSHOT, null, null,
                new VisitorBatch(List.of(VisitorBuilder.visitor("v1").build()), List.of())));
        socket.serverSends(message(MessageTypes.VISITORS_BATCH, null, null,
                new VisitorBatch(List.of(VisitorBuilder.visitor("v2").build()), List.of("v1"))));

        assertThat(events.visitorBatches).containsExactly("snapshot [v1] removed []", "batch [v2] removed [v1]");
    }

    @Test
    void aServerOfAnotherProtocolIsRefusedAfterWelcome() {
        connection.start();

        transport.lastSocket().serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3), 99));

        assertThat(events.incompatible).containsExactly(99);
        assertThat(connection.state()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(transport.lastSocket().sent()).isEmpty();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void closingStopsPlannedReconnects() {
        transport.failNext(new IOException("down"));
        connection.start();
        assertThat(scheduler.pending()).isEqualTo(1);

        connection.close();

        assertThat(scheduler.pending()).isZero();
        assertThat(connection.state()).isEqualTo(ConnectionState.OFFLINE);
    }

    @Test
    void aSendRacingACloseFailsTheRequestInsteadOfThrowing() {
        connection.start();
        ScriptedTransport.FakeSocket socket = transport.lastSocket();
        socket.serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));
        // What Tyrus throws when its client shut down between the state check and the send.
        socket.failSendsWith(new RejectedExecutionException("the idle-timeout executor terminated"));

        CompletableFuture<Void> reply = connection.request("chat.message", new ChatMessages.Typing(5, true, null));
        boolean told = connection.tell("chat.typing", new ChatMessages.Typing(5, true, null));

        assertThat(told).as("queued for sending; the failure is only logged").isTrue();
        assertThat(reply).as("failed at once, not after the reply time-out").isCompletedExceptionally();
        assertThatThrownBy(reply::get).hasCauseInstanceOf(NotConnectedException.class);
    }

    @Test
    void anIoExecutorShutDownUnderTheConnectionFailsSendsAndStillClosesTheSocket() {
        AtomicBoolean ioShutDown = new AtomicBoolean();
        Executor io = task -> {
            if (ioShutDown.get()) {
                throw new RejectedExecutionException("shut down");
            }
            task.run();
        };
        Backoff noJitter = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, () -> 0.0);
        AgentConnection closing = new AgentConnection(ServerUrl.parse("http://sb.test:8080"), "secret-token", transport,
                io, scheduler, noJitter, cursor::get, events, events.handlers());
        closing.start();
        ScriptedTransport.FakeSocket socket = transport.lastSocket();
        socket.serverSends(welcome(agent(1, "alice", AgentStatus.ONLINE, 3)));
        ioShutDown.set(true);

        CompletableFuture<Void> reply = closing.request("chat.message", new ChatMessages.Typing(5, true, null));
        boolean told = closing.tell("chat.typing", new ChatMessages.Typing(5, true, null));
        socket.serverSends(message(MessageTypes.SESSION_ENDED, null, null, Problem.of(ProblemType.UNAUTHENTICATED, "signed out")));

        assertThatThrownBy(reply::get).hasCauseInstanceOf(NotConnectedException.class);
        assertThat(told).isFalse();
        assertThat(socket.isClosed()).isTrue();
        assertThat(events.sessionEnded).hasSize(1);
    }

    private static long subscribedAfter(ScriptedTransport.FakeSocket socket) {
        Envelope subscribe = socket.sent().stream().map(dev.switchboard.app.testing.TestData::envelope)
                .filter(envelope -> envelope.type().equals(MessageTypes.SYNC_SUBSCRIBE))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no sync.subscribe sent"));
        return ProtocolJson.read(subscribe.payload(), SubscribeRequest.class).after();
    }

    /** The connection's listener, and the handlers the session and the features register, recording what they get. */
    private static final class Recorder implements AgentConnection.Listener {
        final List<ConnectionState> states = new CopyOnWriteArrayList<>();
        final List<Welcome> welcomes = new CopyOnWriteArrayList<>();
        final List<Change> changes = new CopyOnWriteArrayList<>();
        final List<Long> caughtUp = new CopyOnWriteArrayList<>();
        final List<Optional<Problem>> sessionEnded = new CopyOnWriteArrayList<>();
        final List<Integer> incompatible = new CopyOnWriteArrayList<>();
        final List<String> visitorBatches = new CopyOnWriteArrayList<>();
        final List<Envelope> chats = new CopyOnWriteArrayList<>();
        final List<Agent> accountChanges = new CopyOnWriteArrayList<>();

        MessageHandlers handlers() {
            MessageHandlers handlers = new MessageHandlers();
            handlers.add(MessageTypes.CHANGE, Change.class, changes::add);
            handlers.add(MessageTypes.SYNC_CAUGHT_UP, CaughtUp.class, caught -> caughtUp.add(caught.seq()));
            handlers.add(MessageTypes.ACCOUNT_CHANGED, Agent.class, accountChanges::add);
            handlers.add(MessageTypes.VISITORS_SNAPSHOT, VisitorBatch.class, batch -> visitors(batch, true));
            handlers.add(MessageTypes.VISITORS_BATCH, VisitorBatch.class, batch -> visitors(batch, false));
            handlers.add(ChatMessages.READ, chats::add);
            return handlers;
        }

        private void visitors(VisitorBatch batch, boolean snapshot) {
            visitorBatches.add((snapshot ? "snapshot " : "batch ")
                    + batch.upserts().stream().map(VisitorSummary::id).toList() + " removed " + batch.removed());
        }

        @Override
        public void stateChanged(ConnectionState state) {
            states.add(state);
        }

        @Override
        public void welcomed(Welcome welcome) {
            welcomes.add(welcome);
        }

        @Override
        public void sessionEnded(Optional<Problem> reason) {
            sessionEnded.add(reason);
        }

        @Override
        public void incompatibleServer(int serverProtocol, String serverVersion) {
            incompatible.add(serverProtocol);
        }
    }
}
