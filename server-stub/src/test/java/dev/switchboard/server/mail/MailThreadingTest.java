package dev.switchboard.server.mail;

import static dev.switchboard.server.mail.MailWorld.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.server.testing.BackendExtension;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail in and out against a real GreenMail server: new tickets, threading by number and by headers, the agent's reply. */
class MailThreadingTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    MailWorld world;

    @BeforeEach
    void connectGreenMail() {
        // GreenMail starts before each test, after the test's instance is made
        world = new MailWorld(greenMail, backend);
    }

    @Test
    void aNewMailBecomesAnEmailTicketOfTheMailboxsGroupForTheSender() throws Exception {
        world.connect();
        world.deliver("Wang Fang <wang.fang@customer.test>", "Printer broken", "It prints nothing since Monday.");

        world.poll();

        JsonNode ticket = world.onlyTicket();
        assertThat(ticket.path("subject").asText()).isEqualTo("Printer broken");
        assertThat(ticket.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(ticket.path("groupId").asLong()).isEqualTo(1);
        assertThat(ticket.path("description").asText()).isEqualTo("It prints nothing since Monday.");
        assertThat(ticket.path("requester").path("email").asText()).isEqualTo("wang.fang@customer.test");
        assertThat(ticket.path("requester").path("name").asText()).isEqualTo("Wang Fang");
        assertThat(world.poll()).as("the mail is marked seen: nothing more to read").isZero();
    }

    @Test
    void aReplyWithTheNumberInTheSubjectJoinsItsTicketAsTheCustomersReply() throws Exception {
        world.connect();
        world.deliver("wang.fang@customer.test", "Printer broken", "It prints nothing.");
        world.poll();
        JsonNode ticket = world.onlyTicket();

        world.deliver("wang.fang@customer.test", "Re: something else [" + ticket.path("number").asText() + "]", "Still broken.");
        world.poll();

        assertThat(world.tickets()).as("no second ticket").hasSize(1);
        List<JsonNode> comments = world.comments(ticket.path("id").asLong());
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).path("kind").asText()).isEqualTo("PUBLIC_REPLY");
        assertThat(comments.get(0).path("body").asText()).isEqualTo("Still broken.");
        assertThat(comments.get(0).path("requesterId").asLong()).isEqualTo(ticket.path("requester").path("id").asLong());
    }

    @Test
    void anAgentsReplyReachesTheCustomerWithTheNumberAndThreadingHeadersAndTheirAnswerJoinsByInReplyTo() throws Exception {
        world.connect();
        String first = world.deliver("wang.fang@customer.test", "Printer broken", "It prints nothing.");
        world.poll();
        JsonNode ticket = world.onlyTicket();
        String number = ticket.path("number").asText();

        world.reply(ticket.path("id").asLong(), "Please switch it off and on.");
        world.send();
        assertThat(world.send()).as("marked sent: never twice").isZero();

        List<MimeMessage> received = world.inboxOf("wang.fang@customer.test");
        assertThat(received).hasSize(1);
        MimeMessage answer = received.get(0);
        assertThat(answer.getSubject()).isEqualTo("Re: Printer broken [" + number + "]");
        assertThat(answer.getFrom()[0].toString()).contains(MailWorld.SUPPORT);
        assertThat(MailWorld.text(answer)).startsWith("Please switch it off and on.\n\n--\n")
                .contains("keep [" + number + "] in the subject").doesNotContain("automatically");
        assertThat(header(answer, "In-Reply-To")).isEqualTo(first);
        assertThat(header(answer, "References")).contains(first);
        assertThat(header(answer, "X-Loop")).isEqualTo(MailWorld.SUPPORT);
        assertThat(header(answer, "Auto-Submitted")).as("a person wrote it").isNull();
        String ours = header(answer, "Message-ID");
        assertThat(ours).startsWith("<" + number + ".");

        // the customer's program drops the number from the subject but keeps the headers
        MimeMessage theirs = world.message("wang.fang@customer.test", "Re: your answer", "<again@customer.test>");
        theirs.setText("Did that, no change.");
        theirs.setHeader("In-Reply-To", ours);
        theirs.setHeader("References", first + " " + ours);
        world.deliver(theirs);
        world.poll();

        assertThat(world.tickets()).hasSize(1);
        List<JsonNode> comments = world.comments(ticket.path("id").asLong());
        assertThat(comments).extracting(comment -> comment.path("body").asText())
                .containsExactly("Please switch it off and on.", "Did that, no change.");
    }

    @Test
    void anHtmlOnlyMailBecomesTextNeverMarkup() throws Exception {
        world.connect();
        MimeMessage html = world.message("li.lei@customer.test", "Invoice", "<html@customer.test>");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart part = new MimeBodyPart();
        part.setContent("<html><head><style>p{color:red}</style></head><body><p>Hello &amp; thanks</p><script>alert(1)</script>"
                + "<ul><li>one</li><li>two</li></ul></body></html>", "text/html; charset=UTF-8");
        alternative.addBodyPart(part);
        html.setContent(alternative);
        world.deliver(html);

        world.poll();

        assertThat(world.onlyTicket().path("description").asText()).isEqualTo("Hello & thanks\n- one\n- two");
    }
}
