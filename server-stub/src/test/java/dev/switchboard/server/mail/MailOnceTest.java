package dev.switchboard.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.server.testing.BackendExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each mail makes one ticket or comment however often it is read, and each reply goes out once, across restarts. */
class MailOnceTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    MailWorld world;

    @BeforeEach
    void connectGreenMail() {
        world = new MailWorld(greenMail, backend);
    }

    @Test
    void aMailReadAgainBeforeAndAfterARestartMakesOneTicketAndOneComment() throws Exception {
        backend.start();
        world.connect();
        world.deliver("wang.fang@customer.test", "Printer broken", "It prints nothing.");
        world.poll();
        String number = world.onlyTicket().path("number").asText();
        world.deliver("wang.fang@customer.test", "Re: [" + number + "]", "Still broken.");
        world.poll();

        // as if the node had died after committing and before marking the mails seen
        world.markAllUnseen();
        assertThat(world.poll()).as("both Message-IDs were processed: nothing new").isZero();
        backend.stop();
        backend.start();
        world.markAllUnseen();
        assertThat(world.poll()).isZero();

        JsonNode ticket = world.onlyTicket();
        assertThat(world.comments(ticket.path("id").asLong())).hasSize(1);
    }

    @Test
    void aReplyQueuedBeforeARestartIsSentOnceAfterIt() throws Exception {
        backend.start();
        JsonNode mailbox = world.connect();
        world.deliver("wang.fang@customer.test", "Printer broken", "It prints nothing.");
        world.poll();
        long ticketId = world.onlyTicket().path("id").asLong();
        // the SMTP server cannot be reached: the reply stays queued and is tried again later, not lost
        assertThat(world.put("/api/v1/mailboxes/" + mailbox.path("id").asLong(), withSmtpPort(1, closedPort())).status()).isEqualTo(200);
        world.reply(ticketId, "Please switch it off and on.");
        world.send();
        assertThat(world.inboxOf("wang.fang@customer.test")).isEmpty();
        assertThat(world.put("/api/v1/mailboxes/" + mailbox.path("id").asLong(), withSmtpPort(2, greenMail.getSmtp().getPort())).status())
                .isEqualTo(200);
        backend.stop();

        backend.start();
        backend.clock().advance(java.time.Duration.ofMinutes(2));
        world.send();
        world.send();
        backend.stop();
        backend.start();
        world.send();

        assertThat(world.inboxOf("wang.fang@customer.test")).hasSize(1);
    }

    private Map<String, Object> withSmtpPort(long version, int port) {
        Map<String, Object> changed = world.mailbox();
        changed.put("smtpPort", port);
        changed.put("version", version);
        changed.remove("imapPassword");
        return changed;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
