package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketAttachment;
import dev.switchboard.shared.tickets.TicketComment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Files on ticket replies and notes: uploaded through the chat files' checks, sent by naming them in
 * a comment, in the comment's answers, and readable only by those who may see the ticket.
 */
class TicketAttachmentsTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");
    final Tickets tickets = new Tickets(api);

    @Test
    void aFileSentWithAReplyIsInItsAnswersAndReadOnlyByThoseWhoSeeTheTicket() {
        Ticket ticket = tickets.create(alice, "Broken filter", Tickets.PRESALES, "wang@example.com");
        Upload uploaded = upload(alice, ticket.id(), "photo 1.png", PNG);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        TicketAttachment file = uploaded.attachment();
        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(file.commentId()).isNull();

        assertThat(upload(bob, ticket.id(), "x.png", PNG).status()).as("bob does not see the ticket").isEqualTo(404);
        assertThat(api.get("/api/v1/ticket-attachments/" + file.id(), bob).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + ticket.id() + "/attachments", bob).status()).isEqualTo(404);

        ApiResponse byCarol = api.post("/api/v1/tickets/" + ticket.id() + "/comments", carol, body("kind", "PUBLIC_REPLY", "body", "See the photo",
                "attachmentIds", List.of(file.id())));
        assertThat(byCarol.status()).as("only its uploader sends a file: " + byCarol.body()).isEqualTo(400);
        assertThat(byCarol.json().path("errors").findValuesAsText("field")).containsExactly("attachmentIds");
        assertThat(api.get("/api/v1/tickets/" + ticket.id() + "/comments", alice).json()).as("the refused comment left nothing").isEmpty();

        ApiResponse replied = api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice, body("kind", "PUBLIC_REPLY",
                "body", "Here is the photo", "attachmentIds", List.of(file.id())));
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        TicketComment reply = replied.as(TicketComment.class);
        assertThat(reply.attachments()).extracting(TicketAttachment::id).containsExactly(file.id());
        assertThat(reply.attachments().get(0).commentId()).isEqualTo(reply.id());
        TicketComment[] listed = api.get("/api/v1/tickets/" + ticket.id() + "/comments", carol).as(TicketComment[].class);
        assertThat(listed[0].attachments()).extracting(TicketAttachment::fileName).containsExactly("photo 1.png");

        ApiResponse twice = api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice, body("body", "Again", "attachmentIds", List.of(file.id())));
        assertThat(twice.status()).as("a file is sent once").isEqualTo(400);

        ApiResponse download = api.get("/api/v1/ticket-attachments/" + file.id(), carol);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("Content-Type")).startsWith("image/png");
        assertThat(download.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.headers().get("Content-Security-Policy")).contains("sandbox");
        assertThat(api.get("/api/v1/ticket-attachments/" + file.id(), backend.token("admin")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/ticket-attachments/" + file.id(), null).status()).isEqualTo(401);
    }

    @Test
    void refusedFilesLeaveNothingBehind() {
        Ticket ticket = tickets.create(alice, "Invoice", Tickets.PRESALES, "li@example.com");
        assertThat(upload(alice, ticket.id(), "invoice.pdf", "MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1)).status())
                .as("a program, whatever its name").isEqualTo(415);
        assertThat(upload(alice, ticket.id(), "run.bat", "echo hi".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
        assertThat(upload(alice, ticket.id(), "big.txt", new byte[(int) TicketAttachment.MAX_BYTES + 1]).status()).isEqualTo(413);
        assertThat(upload(alice, ticket.id(), "empty.txt", new byte[0]).status()).isEqualTo(400);
        assertThat(upload(alice, 999, "a.png", PNG).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + ticket.id() + "/attachments", alice).json()).isEmpty();
        assertThat(files()).as("no file, nor a part of one").isEmpty();
    }

    private record Upload(int status, String body) {
        TicketAttachment attachment() {
            try {
                return dev.switchboard.shared.json.Json.mapper().readValue(body, TicketAttachment.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Upload upload(String token, long ticketId, String name, byte[] content) {
        Request request = new Request.Builder()
                .url(api.baseUrl() + "/api/v1/tickets/" + ticketId + "/attachments?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(content, null))
                .build();
        try (Response response = ApiClient.http().newCall(request).execute()) {
            return new Upload(response.code(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> files() {
        try (Stream<Path> listed = Files.list(backend.dataDir().resolve("ticket-attachments"))) {
            return listed.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
