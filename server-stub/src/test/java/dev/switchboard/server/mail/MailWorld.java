package dev.switchboard.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.Backend;
import dev.switchboard.shared.json.Json;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A support mailbox on a real GreenMail server (SMTP and IMAP on ephemeral ports) connected to a
 * test backend, the customers who write to it, and the calls the tests make.
 */
final class MailWorld {

    static final String SUPPORT = "support@switchboard.test";
    static final String PASSWORD = "imap secret";

    private final GreenMailExtension mail;
    private final Backend backend;
    private final GreenMailUser support;

    MailWorld(GreenMailExtension mail, Backend backend) {
        this.mail = mail;
        this.backend = backend;
        this.support = mail.setUser(SUPPORT, "support", PASSWORD);
    }

    ApiClient api() {
        return backend.api();
    }

    String admin() {
        return backend.token("admin");
    }

    /** The mailbox as an administrator would enter it: GreenMail's ports, no TLS, new tickets to group 1, mails' texts in English. */
    Map<String, Object> mailbox() {
        return body("language", "en", "name", "Support", "address", SUPPORT, "imapHost", "127.0.0.1", "imapPort", mail.getImap().getPort(), "imapTls", false,
                "imapUser", "support", "imapPassword", PASSWORD, "smtpHost", "127.0.0.1", "smtpPort", mail.getSmtp().getPort(), "smtpTls", false,
                "groupId", 1);
    }

    JsonNode connect() {
        ApiResponse created = api().post("/api/v1/mailboxes", admin(), mailbox());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A mail from {@code from} into the support mailbox, with extra headers as name-value pairs. */
    String deliver(String from, String subject, String text, String... headers) throws MessagingException {
        String messageId = "<" + System.nanoTime() + "@customer.test>";
        MimeMessage message = message(from, subject, messageId);
        message.setText(text, "UTF-8");
        for (int i = 0; i < headers.length; i += 2) {
            message.setHeader(headers[i], headers[i + 1]);
        }
        support.deliver(message);
        return messageId;
    }

    void deliver(MimeMessage message) {
        support.deliver(message);
    }

    MimeMessage message(String from, String subject, String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
        message.setSubject(subject, "UTF-8");
        message.setHeader("Message-ID", messageId);
        return message;
    }

    int poll() {
        return backend.server().pollMailNow();
    }

    int send() {
        return backend.server().sendMailNow();
    }

    /** What the customer {@code address} received from the backend, oldest first. */
    List<MimeMessage> inboxOf(String address) {
        return new ArrayList<>(mail.findReceivedMessages(user -> user.getEmail().equals(address), message -> true).toList());
    }

    /** Marks every mail of the support mailbox unseen again, as if the backend had died before marking them. */
    void markAllUnseen() throws MessagingException {
        Properties properties = new Properties();
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", mail.getImap().getPort(), "support", PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    JsonNode tickets() {
        ApiResponse list = api().get("/api/v1/tickets?limit=100", admin());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().path("tickets");
    }

    JsonNode onlyTicket() {
        JsonNode tickets = tickets();
        assertThat(tickets).as(tickets.toString()).hasSize(1);
        return tickets.get(0);
    }

    List<JsonNode> comments(long ticketId) {
        ApiResponse comments = api().get("/api/v1/tickets/" + ticketId + "/comments", admin());
        assertThat(comments.status()).as(comments.body()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        comments.json().forEach(all::add);
        return all;
    }

    void reply(long ticketId, String text) {
        ApiResponse posted = api().post("/api/v1/tickets/" + ticketId + "/comments", admin(), body("kind", "PUBLIC_REPLY", "body", text));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    }

    /** A trigger that answers every new ticket with a templated public reply. */
    void autoReplyOnNewTickets() {
        Map<String, Object> trigger = body("name", "Acknowledge", "enabled", true, "events", List.of("CREATED"), "conditions", List.of(),
                "actions", List.of(body("type", "REPLY", "text", "We have your request {{number}} ({{subject}}), {{requester}}.")));
        ApiResponse created = api().post("/api/v1/ticket-triggers", admin(), trigger);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** The bytes of a ticket's file as an agent downloads them. */
    byte[] download(String attachmentId) throws java.io.IOException {
        okhttp3.Request request = new okhttp3.Request.Builder().url(api().baseUrl() + "/api/v1/ticket-attachments/" + attachmentId)
                .header("Authorization", "Bearer " + admin()).build();
        try (okhttp3.Response response = ApiClient.http().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            return response.body().bytes();
        }
    }

    ApiResponse put(String path, Object body) {
        try {
            return api().send("PUT", path, admin(), Json.mapper().writeValueAsString(body), ApiClient.JSON);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A received mail's text with the wire's CRLF line ends as the newlines it was written with. */
    static String text(MimeMessage message) throws MessagingException, java.io.IOException {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? null : String.join(",", Arrays.asList(values));
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
