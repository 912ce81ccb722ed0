package dev.switchboard.server.mail;

import static dev.switchboard.server.testing.Polling.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.TestBackend;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * IMAP IDLE against GreenMail (which offers it): the mailbox is polled once a day, and the test
 * clock stands still, so the poll timer never reads it again once it was read — only the IDLE watch
 * can explain a ticket that appears while the test waits.
 */
class MailIdleTest {

    private static final int ONCE_A_DAY = 86_400;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    /** Fixed ports, so that a restarted server is found where the mailbox says it is. */
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP), new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});

    MailWorld world;
    /** A second node on the same database, when a test starts one. */
    TestBackend nodeB;

    @BeforeEach
    void connectGreenMail() {
        world = new MailWorld(greenMail, backend);
    }

    @AfterEach
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aMailDeliveredWhileIdlingBecomesATicketWithoutThePollTimer() throws Exception {
        long mailbox = connectPolledOnceADay();
        awaitIdling(mailbox);

        world.deliver("wang.fang@customer.test", "Login fails", "Since this morning.");

        await("the mail became a ticket through IDLE").atMost(Duration.ofSeconds(10)).until(() -> world.tickets().size() == 1);
        assertThat(world.onlyTicket().path("subject").asText()).isEqualTo("Login fails");
        awaitIdling(mailbox);
        world.deliver("wang.fang@customer.test", "Re: Login fails [" + world.onlyTicket().path("number").asText() + "]", "Still failing.");
        await("the second mail joined the ticket through IDLE").atMost(Duration.ofSeconds(10))
                .until(() -> world.comments(world.onlyTicket().path("id").asLong()).size() == 1);
    }

    @Test
    void disablingTheMailboxEndsItsWatchAndEnablingItWatchesAgain() throws Exception {
        long mailbox = connectPolledOnceADay();
        awaitIdling(mailbox);

        change(mailbox, Map.of("enabled", false));
        await("the watch ended").until(() -> channel().watchState(mailbox).isEmpty());

        change(mailbox, Map.of("enabled", true));
        awaitIdling(mailbox);
        world.deliver("li.lei@customer.test", "Back again", "Hello.");
        await("read through the new watch").atMost(Duration.ofSeconds(10)).until(() -> world.tickets().size() == 1);
    }

    @Test
    void aDroppedConnectionIsMadeAgainAndWatchedWithIdle() throws Exception {
        long mailbox = connectPolledOnceADay();
        awaitIdling(mailbox);

        greenMail.stop();
        await("the watch saw the connection drop").until(() -> channel().watchState(mailbox).equals(Optional.of(MailboxWatcher.State.RETRYING)));
        greenMail.start();
        world = new MailWorld(greenMail, backend);

        awaitIdling(mailbox);
        world.deliver("li.lei@customer.test", "After the outage", "Hello again.");
        await("read through the new connection").atMost(Duration.ofSeconds(10)).until(() -> world.tickets().size() == 1);
    }

    @Test
    void onTwoNodesOnlyTheLeaseHolderIdlesAndTheOtherTakesOverWhenItStops(@TempDir Path dataOfB) throws Exception {
        nodeB = SecondNode.start(backend, dataOfB);
        long mailbox = connectPolledOnceADay();
        await("one node watches the mailbox with IDLE").atMost(Duration.ofSeconds(30)).until(() -> idlingOn(backend.server(), mailbox)
                || idlingOn(nodeB.server(), mailbox));
        boolean heldByB = idlingOn(nodeB.server(), mailbox);
        assertThat((heldByB ? backend.server() : nodeB.server()).mailChannel().watchState(mailbox)).as("the other node does not watch it")
                .isEmpty();

        world.deliver("wang.fang@customer.test", "Two nodes", "One ticket.");
        await("the holder took the mail in").atMost(Duration.ofSeconds(10)).until(() -> world.tickets().size() == 1);

        // the node stopping gives its lease back (when B held it) and the other node watches from its next tick
        nodeB.close();
        nodeB = null;
        awaitIdling(mailbox);
        world.deliver("li.lei@customer.test", "After the handover", "Second ticket.");
        await("read by node A's watch").atMost(Duration.ofSeconds(10)).until(() -> world.tickets().size() == 2);
        assertThat(world.tickets()).as("each mail once").hasSize(2);
    }

    @Test
    void aConnectionThatFallsSilentIsClosedAfterAnUnansweredKeepAliveAndWatchedAgain() throws Exception {
        try (SilenceableProxy proxy = new SilenceableProxy(greenMail.getImap().getPort())) {
            long mailbox = connectPolledOnceADay(proxy.port());
            awaitIdling(mailbox);
            proxy.silence();
            int connectionsBefore = proxy.accepted();

            backend.clock().advance(MailboxWatcher.KEEP_ALIVE.plusSeconds(1));
            await("the keep-alive was sent into the silent connection").atMost(Duration.ofSeconds(15)).until(() -> proxy.heardWhileSilent() > 0);
            backend.clock().advance(MailboxWatcher.ANSWER_WAIT.plusSeconds(1));
            await("the unanswered connection closed and made again").atMost(Duration.ofSeconds(20))
                    .until(() -> proxy.accepted() > connectionsBefore && channel().idling(mailbox));

            world.deliver("li.lei@customer.test", "After the silence", "Hello again.");
            await("read through the new connection").atMost(Duration.ofSeconds(10)).until(() -> world.tickets().size() == 1);
        }
    }

    @Test
    void aWatchWhoseServerFellSilentEndsAtOnceWhenItsMailboxIsDisabled() throws Exception {
        try (SilenceableProxy proxy = new SilenceableProxy(greenMail.getImap().getPort())) {
            long mailbox = connectPolledOnceADay(proxy.port());
            awaitIdling(mailbox);
            proxy.silence();

            change(mailbox, Map.of("enabled", false, "imapPort", proxy.port()));

            await("the watch ended without waiting for the silent server").atMost(Duration.ofSeconds(15))
                    .until(() -> channel().watchState(mailbox).isEmpty());
        }
    }

    private static boolean idlingOn(SwitchboardServer node, long mailbox) {
        return node.mailChannel().watchState(mailbox).equals(Optional.of(MailboxWatcher.State.IDLING));
    }

    private long connectPolledOnceADay() {
        return connectPolledOnceADay(greenMail.getImap().getPort());
    }

    private long connectPolledOnceADay(int imapPort) {
        Map<String, Object> box = world.mailbox();
        box.put("pollSeconds", ONCE_A_DAY);
        box.put("imapPort", imapPort);
        ApiResponse created = world.api().post("/api/v1/mailboxes", world.admin(), box);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private void change(long mailbox, Map<String, Object> changes) {
        Map<String, Object> box = world.mailbox();
        box.put("version", world.api().get("/api/v1/mailboxes/" + mailbox, world.admin()).json().path("version").asLong());
        box.put("pollSeconds", ONCE_A_DAY);
        box.putAll(changes);
        ApiResponse changed = world.put("/api/v1/mailboxes/" + mailbox, box);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** The watch has read the mailbox and waits in IDLE; the mailbox's first read (by the watch or the timer) is done. */
    private void awaitIdling(long mailbox) {
        await("the mailbox is watched with IDLE").atMost(Duration.ofSeconds(30))
                .until(() -> channel().watchState(mailbox).equals(Optional.of(MailboxWatcher.State.IDLING)));
    }

    private static MailChannel channel() {
        return backend.server().mailChannel();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
