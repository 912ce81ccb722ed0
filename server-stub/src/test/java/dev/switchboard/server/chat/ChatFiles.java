package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.Backend;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A chat between a visitor and Alice, and the uploads and downloads of its files over HTTP, for the attachment tests. */
final class ChatFiles implements AutoCloseable {

    /** An answer: its status, body and the headers a test looks at. */
    record Answer(int status, String body, Map<String, String> headers) {

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    final Backend backend;
    final Path data;
    final String aliceToken;
    final SocketClient alice;
    final VisitorClient visitor;
    final long conversation;

    private ChatFiles(Backend backend) {
        this.backend = backend;
        this.data = backend.dataDir();
        aliceToken = backend.token("alice");
        alice = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), aliceToken);
        alice.await(MessageTypes.WELCOME);
        visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/help", "Help", null);
        conversation = start(visitor);
    }

    /** A visitor's chat with Alice, on {@code backend}. */
    static ChatFiles open(Backend backend) {
        return new ChatFiles(backend);
    }

    /** Starts a chat for {@code who} and waits until Alice has it. */
    long start(VisitorClient who) {
        who.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = who.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        alice.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == id, "chat " + id + " assigned");
        return id;
    }

    Answer fromVisitor(String name, byte[] content) {
        return fromVisitor(visitor, conversation, name, content);
    }

    Answer fromVisitor(VisitorClient who, long conversationId, String name, byte[] content) {
        return post("/api/v1/widget/attachments?conversationId=" + conversationId + "&name=" + encode(name), content,
                Map.of("X-Visitor-Id", who.visitorId(), "X-Visitor-Token", who.token()));
    }

    Answer fromAgent(String name, byte[] content) {
        return fromAgent(conversation, name, content);
    }

    Answer fromAgent(long conversationId, String name, byte[] content) {
        return post("/api/v1/conversations/" + conversationId + "/attachments?name=" + encode(name), content,
                Map.of("Authorization", "Bearer " + aliceToken));
    }

    /** The file as the visitor's widget downloads it. */
    Answer visitorDownload(String id) {
        return get("/api/v1/widget/attachments/" + id, Map.of("X-Visitor-Id", visitor.visitorId(), "X-Visitor-Token", visitor.token()));
    }

    /** The file as Alice's workstation downloads it. */
    Answer agentDownload(String id) {
        return get("/api/v1/attachments/" + id, Map.of("Authorization", "Bearer " + aliceToken));
    }

    /** Every file in the attachments folder, whatever its name. */
    List<String> storedFiles() {
        try (Stream<Path> files = Files.list(data.resolve("attachments"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refusal is a problem document with {@code status}, and leaves no byte of the file behind. */
    void assertRefused(Answer answer, int status, List<String> filesBefore) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("detail").asText()).isNotBlank();
        assertThat(storedFiles()).as("nothing left behind").isEqualTo(filesBefore);
    }

    private Answer post(String path, byte[] body, Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(backend.api().baseUrl() + path)
                .post(RequestBody.create(body, MediaType.get("application/octet-stream")));
        headers.forEach(request::header);
        return call(request.build());
    }

    private Answer get(String path, Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(backend.api().baseUrl() + path);
        headers.forEach(request::header);
        return call(request.build());
    }

    private static Answer call(Request request) {
        try (Response response = ApiClient.http().newCall(request).execute()) {
            Map<String, String> headers = new HashMap<>();
            for (String name : response.headers().names()) {
                headers.put(name.toLowerCase(Locale.ROOT), response.header(name));
            }
            return new Answer(response.code(), response.body().string(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        visitor.close();
        alice.close();
    }
}
