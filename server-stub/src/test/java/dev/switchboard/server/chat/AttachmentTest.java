package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Files in chats: checked by content, limited in size, served to participants only. */
class AttachmentTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final Path data = backend.dataDir();
    final ApiClient api = backend.api();
    final String aliceToken = backend.token("alice");
    SocketClient alice;
    VisitorClient visitor;
    long conversation;

    @BeforeEach
    void start() {
        alice = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), aliceToken);
        alice.await(MessageTypes.WELCOME);
        visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/help", "Help", null);
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        conversation = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        alice.await(ChatMessages.ASSIGNED);
    }

    @AfterEach
    void stop() {
        visitor.close();
        alice.close();
    }

    @Test
    void anAgentSendsAnImageTheVisitorGetsItAndItsThumbnail() throws IOException {
        byte[] png = png(800, 400);
        JsonNode uploaded = post("/api/v1/conversations/" + conversation + "/attachments?name=" + "%E5%9B%BE.png", png,
                Map.of("Authorization", "Bearer " + aliceToken));
        assertThat(uploaded.path("mediaType").asText()).isEqualTo("image/png");
        assertThat(uploaded.path("width").asInt()).isEqualTo(800);
        assertThat(uploaded.path("thumbnail").asBoolean()).isTrue();
        String id = uploaded.path("id").asText();

        alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversation, "a-img", "这是 A7 的尺寸图", null, id));
        Envelope message = visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && "a-img".equals(e.payload().path("clientId").asText()),
                "the image message");
        assertThat(message.payload().path("attachment").path("fileName").asText()).isEqualTo("图.png");

        Map<String, String> visitorHeaders = Map.of("X-Visitor-Id", visitor.visitorId(), "X-Visitor-Token", visitor.token(),
                "Origin", "https://shop.example.cn");
        try (Response file = get("/api/v1/widget/attachments/" + id, visitorHeaders)) {
            assertThat(file.code()).isEqualTo(200);
            assertThat(file.header("Content-Type")).startsWith("image/png");
            assertThat(file.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.cn");
            assertThat(file.body().bytes()).isEqualTo(png);
        }
        try (Response thumbnail = get("/api/v1/widget/attachments/" + id + "?thumbnail=true", visitorHeaders)) {
            BufferedImage small = ImageIO.read(thumbnail.body().byteStream());
            assertThat(small.getWidth()).isEqualTo(240);
            assertThat(small.getHeight()).isEqualTo(120);
        }
    }

    @Test
    void aVisitorSendsAFileFromTheWidget() throws IOException {
        JsonNode uploaded = post("/api/v1/widget/attachments?conversationId=" + conversation + "&name=order.txt",
                "订单号 1042\nOrder 1042".getBytes(StandardCharsets.UTF_8),
                Map.of("X-Visitor-Id", visitor.visitorId(), "X-Visitor-Token", visitor.token()));
        assertThat(uploaded.path("mediaType").asText()).startsWith("text/plain");
        visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversation, "v-file", null, null, uploaded.path("id").asText()));
        Envelope received = alice.await(e -> e.type().equals(ChatMessages.MESSAGE) && "v-file".equals(e.payload().path("clientId").asText()), "file");
        assertThat(received.payload().path("attachment").path("size").asLong()).isEqualTo("订单号 1042\nOrder 1042".getBytes(StandardCharsets.UTF_8).length);
        try (Response file = get("/api/v1/attachments/" + uploaded.path("id").asText(), Map.of("Authorization", "Bearer " + aliceToken))) {
            assertThat(file.header("Content-Disposition")).startsWith("attachment;");
            assertThat(file.header("Content-Security-Policy")).contains("sandbox");
        }
    }

    @Test
    void forbiddenTypesAndOversizedFilesAreRefusedAndNothingIsStored() throws IOException {
        byte[] executable = ("MZ" + "\0".repeat(200)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> agent = Map.of("Authorization", "Bearer " + aliceToken);
        assertThat(status(post("/api/v1/conversations/" + conversation + "/attachments?name=invoice.pdf", executable, agent, 415))).isEqualTo(415);
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        assertThat(status(post("/api/v1/conversations/" + conversation + "/attachments?name=notes.txt", script, agent, 415))).isEqualTo(415);
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = (byte) 0x89;
        assertThat(status(post("/api/v1/conversations/" + conversation + "/attachments?name=big.png", huge, agent, 413))).isEqualTo(413);
        try (Stream<Path> files = Files.list(data.resolve("attachments"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void onlyTheChatsParticipantsGetItsFiles() throws IOException {
        String id = post("/api/v1/conversations/" + conversation + "/attachments?name=a.png", png(10, 10),
                Map.of("Authorization", "Bearer " + aliceToken)).path("id").asText();
        try (VisitorClient stranger = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            try (Response guessed = get("/api/v1/widget/attachments/" + id,
                    Map.of("X-Visitor-Id", stranger.visitorId(), "X-Visitor-Token", stranger.token()))) {
                assertThat(guessed.code()).isEqualTo(404);
            }
            stranger.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversation, "s-1", "mine?", null, id));
            assertThat(stranger.await("error").payload().path("problem").path("status").asInt()).isEqualTo(404);
        }
        try (Response noCredentials = get("/api/v1/widget/attachments/" + id, Map.of())) {
            assertThat(noCredentials.code()).isEqualTo(401);
        }
        try (Response bob = get("/api/v1/attachments/" + id, Map.of("Authorization", "Bearer " + api.token("bob", TestBackend.PASSWORD)))) {
            assertThat(bob.code()).isEqualTo(404);
        }
        try (Response carol = get("/api/v1/attachments/" + id, Map.of("Authorization", "Bearer " + api.token("carol", TestBackend.PASSWORD)))) {
            assertThat(carol.code()).as("supervisors read every chat").isEqualTo(200);
        }
        visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversation, "v-steal", "x", null, id));
        assertThat(visitor.await("error").payload().path("problem").path("status").asInt()).as("an agent's upload is not the visitor's to send").isEqualTo(400);
    }

    private static int status(JsonNode problem) {
        return problem.path("status").asInt();
    }

    private JsonNode post(String path, byte[] body, Map<String, String> headers) throws IOException {
        return post(path, body, headers, 201);
    }

    private JsonNode post(String path, byte[] body, Map<String, String> headers, int expected) throws IOException {
        Request.Builder request = new Request.Builder().url(api.baseUrl() + path)
                .post(RequestBody.create(body, MediaType.get("application/octet-stream")));
        headers.forEach(request::header);
        try (Response response = ApiClient.http().newCall(request.build()).execute()) {
            String text = response.body().string();
            assertThat(response.code()).as(text).isEqualTo(expected);
            return Json.mapper().readTree(text);
        }
    }

    private Response get(String path, Map<String, String> headers) throws IOException {
        Request.Builder request = new Request.Builder().url(api.baseUrl() + path);
        headers.forEach(request::header);
        return ApiClient.http().newCall(request.build()).execute();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(20, 140, 130));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
