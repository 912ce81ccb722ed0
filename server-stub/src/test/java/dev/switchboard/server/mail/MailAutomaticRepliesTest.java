package dev.switchboard.server.mail;

import static dev.switchboard.server.mail.MailWorld.body;
import static dev.switchboard.server.mail.MailWorld.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trigger action "send a templated reply" by e-mail, and the mail it must never answer:
 * bounces, out-of-office replies, mail marked automatic or bulk; and the hourly cap per ticket.
 */
class MailAutomaticRepliesTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    MailWorld world;

    @BeforeEach
    void connectGreenMail() {
        world = new MailWorld(greenMail, backend);
    }

    @Test
    void aPersonsMailIsAnsweredByTheTemplatedReplyMarkedAutoSubmitted() throws Exception {
        world.connect();
        world.autoReplyOnNewTickets();
        String theirs = world.deliver("Wang Fang <wang.fang@customer.test>", "Printer broken", "It prints nothing.");

        world.poll();
        world.send();

        JsonNode ticket = world.onlyTicket();
        List<MimeMessage> received = world.inboxOf("wang.fang@customer.test");
        assertThat(received).hasSize(1);
        MimeMessage acknowledgement = received.get(0);
        assertThat(MailWorld.text(acknowledgement))
                .startsWith("We have your request " + ticket.path("number").asText() + " (Printer broken), Wang Fang.\n\nThis mail was sent automatically.");
        assertThat(header(acknowledgement, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(header(acknowledgement, "In-Reply-To")).isEqualTo(theirs);
        assertThat(acknowledgement.getSubject()).endsWith("[" + ticket.path("number").asText() + "]");
        List<JsonNode> comments = world.comments(ticket.path("id").asLong());
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).path("kind").asText()).isEqualTo("PUBLIC_REPLY");
        assertThat(comments.get(0).path("authorName").asText()).isEqualTo("Acknowledge");
    }

    @Test
    void outOfOfficeAutoSubmittedBulkAndLoopingMailBecomeTicketsButGetNoAutomaticReply() throws Exception {
        world.connect();
        world.autoReplyOnNewTickets();
        world.deliver("away@customer.test", "Automatic reply: Printer broken", "I am out of the office until Monday.");
        world.deliver("robot@customer.test", "Your order", "Order received.", "Auto-Submitted", "auto-generated");
        world.deliver("news@customer.test", "Newsletter", "News.", "Precedence", "bulk");
        world.deliver("echo@customer.test", "Echo", "Echoed.", "X-Loop", MailWorld.SUPPORT);
        world.deliver("exchange@customer.test", "Meeting", "Accepted.", "X-Auto-Response-Suppress", "All");

        world.poll();
        world.send();

        JsonNode tickets = world.tickets();
        assertThat(tickets).as("every such mail still lands").hasSize(5);
        for (JsonNode ticket : tickets) {
            List<JsonNode> comments = world.comments(ticket.path("id").asLong());
            assertThat(comments).extracting(comment -> comment.path("kind").asText()).as(ticket.path("subject").asText())
                    .containsExactly("PUBLIC_REPLY", "INTERNAL_NOTE");
            assertThat(comments.get(1).path("body").asText()).contains("not sent by e-mail").contains("automatic");
        }
        for (String address : List.of("away@customer.test", "robot@customer.test", "news@customer.test", "echo@customer.test",
                "exchange@customer.test")) {
            assertThat(world.inboxOf(address)).as(address).isEmpty();
        }
    }

    @Test
    void aBounceOfOurMailLandsAsAnInternalNoteOnItsTicketAndIsNotAnswered() throws Exception {
        world.connect();
        world.autoReplyOnNewTickets();
        world.deliver("wang.fang@customer.test", "Printer broken", "It prints nothing.");
        world.poll();
        world.send();
        JsonNode ticket = world.onlyTicket();
        String ours = header(world.inboxOf("wang.fang@customer.test").get(0), "Message-ID");

        world.deliver(bounce(ours));
        world.poll();
        world.send();

        assertThat(world.tickets()).as("the bounce found its ticket by the returned mail's Message-ID").hasSize(1);
        List<JsonNode> comments = world.comments(ticket.path("id").asLong());
        JsonNode note = comments.get(comments.size() - 1);
        assertThat(note.path("kind").asText()).isEqualTo("INTERNAL_NOTE");
        assertThat(note.path("authorName").asText()).isEqualTo("E-mail");
        assertThat(note.path("body").asText()).startsWith("Mail delivery failed (report from mailer-daemon@customer.test)")
                .contains("User unknown");
        assertThat(world.inboxOf("wang.fang@customer.test")).as("only the first acknowledgement").hasSize(1);
        assertThat(world.inboxOf("mailer-daemon@customer.test")).isEmpty();
    }

    @Test
    void automaticMailsAreCappedPerTicketAndHour() throws Exception {
        Map<String, Object> mailbox = world.mailbox();
        mailbox.put("autoRepliesPerHour", 2);
        ApiResponse created = world.api().post("/api/v1/mailboxes", world.admin(), mailbox);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiResponse trigger = world.api().post("/api/v1/ticket-triggers", world.admin(), body("name", "Thank for every mail", "enabled", true,
                "events", List.of("CREATED", "UPDATED"), "conditions", List.of(),
                "actions", List.of(body("type", "REPLY", "text", "Thank you, we read it."))));
        assertThat(trigger.status()).as(trigger.body()).isEqualTo(201);
        world.deliver("wang.fang@customer.test", "Printer broken", "It prints nothing.");
        world.poll();
        String number = world.onlyTicket().path("number").asText();

        for (int i = 1; i <= 3; i++) {
            world.deliver("wang.fang@customer.test", "Re: Printer broken [" + number + "]", "Update " + i);
            world.poll();
        }
        world.send();

        assertThat(world.inboxOf("wang.fang@customer.test")).as("2 automatic mails within the hour, then none").hasSize(2);
        List<String> notes = new ArrayList<>();
        world.comments(world.onlyTicket().path("id").asLong()).stream().filter(comment -> comment.path("kind").asText().equals("INTERNAL_NOTE"))
                .forEach(comment -> notes.add(comment.path("body").asText()));
        assertThat(notes).hasSize(2).allMatch(note -> note.contains("2 automatic mails within the hour"));
    }

    /** A delivery status notification as Postfix writes it, returning the headers of {@code ours}. */
    private MimeMessage bounce(String ours) throws Exception {
        MimeMessage bounce = world.message("MAILER-DAEMON@customer.test", "Undelivered Mail Returned to Sender", "<bounce@customer.test>");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("This is the mail system. Your message could not be delivered: User unknown.");
        MimeBodyPart status = new MimeBodyPart();
        status.setContent("Reporting-MTA: dns; mx.customer.test\r\n\r\nFinal-Recipient: rfc822; wang.fang@customer.test\r\nAction: failed\r\n"
                + "Status: 5.1.1\r\n", "message/delivery-status");
        MimeBodyPart returned = new MimeBodyPart();
        returned.setContent("Message-ID: " + ours + "\r\nFrom: " + MailWorld.SUPPORT + "\r\nSubject: Re: Printer broken\r\n\r\n",
                "text/rfc822-headers");
        report.addBodyPart(human);
        report.addBodyPart(status);
        report.addBodyPart(returned);
        bounce.setContent(report);
        bounce.setHeader("Return-Path", "<>");
        return bounce;
    }
}
