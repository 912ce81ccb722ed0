package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ServerProcess;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pictures cannot exhaust the backend's memory: in a JVM of 256 MB, decompression bombs sent at once
 * through the widget are refused promptly, and a large real picture still gets its thumbnail.
 */
class AttachmentMemoryTest {

    /** Longer than a refusal needs on a busy machine, far shorter than decoding 1.6 GB of pixels. */
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    final Path data = backend.dataDir();

    @Test
    void bombsAreRefusedAtOnceAndAPanoramaStillGetsItsThumbnail() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, 0, "--demo")) {
            int port = server.awaitPort();
            ApiClient api = new ApiClient("http://localhost:" + port);
            String alice = api.token("alice", TestBackend.PASSWORD);
            try (SocketClient desk = SocketClient.connect("ws://localhost:" + port + AgentSocket.PATH, alice);
                 VisitorClient visitor = VisitorClient.arrive("ws://localhost:" + port + WidgetMessages.PATH, null, null,
                         "https://shop.example.cn/help", "Help", null)) {
                desk.await(MessageTypes.WELCOME);
                visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
                long conversation = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
                desk.await(ChatMessages.ASSIGNED);
                String widgetUpload = api.baseUrl() + "/api/v1/widget/attachments?conversationId=" + conversation + "&name=";
                Map<String, String> visitorHeaders = Map.of("X-Visitor-Id", visitor.visitorId(), "X-Visitor-Token", visitor.token());

                byte[] bomb = TestImages.bomb(20000, 20000);
                assertThat(bomb).hasSizeLessThan(80);
                OkHttpClient patient = ApiClient.http().newBuilder().callTimeout(PROMPTLY).build();
                ExecutorService attackers = Executors.newFixedThreadPool(6);
                try {
                    List<CompletableFuture<Upload>> attacks = IntStream.range(0, 6)
                            .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(patient, widgetUpload + "bomb" + i + ".png", bomb, visitorHeaders),
                                    attackers))
                            .toList();
                    for (CompletableFuture<Upload> attack : attacks) {
                        Upload refused = attack.join();
                        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
                        JsonNode problem = Json.mapper().readTree(refused.body());
                        assertThat(problem.path("detail").asText()).contains("megapixels");
                    }
                } finally {
                    attackers.shutdownNow();
                }

                // a 12000 x 9000 panorama decodes to 324 MB: only a subsampled decode fits in this JVM
                Upload panorama = post(patient, widgetUpload + "panorama.png", TestImages.streamedPng(12000, 9000), visitorHeaders);
                assertThat(panorama.status()).as(panorama.body()).isEqualTo(201);
                JsonNode attachment = Json.mapper().readTree(panorama.body());
                assertThat(attachment.path("width").asInt()).isEqualTo(12000);
                assertThat(attachment.path("height").asInt()).isEqualTo(9000);
                assertThat(attachment.path("thumbnail").asBoolean()).isTrue();
                Request thumbnail = new Request.Builder().url(api.baseUrl() + "/api/v1/attachments/" + attachment.path("id").asText() + "?thumbnail=true")
                        .header("Authorization", "Bearer " + alice).build();
                try (Response response = patient.newCall(thumbnail).execute()) {
                    var small = ImageIO.read(response.body().byteStream());
                    assertThat(small.getWidth()).isEqualTo(240);
                    assertThat(small.getHeight()).isEqualTo(180);
                }

                // and a phone's photo through the agent's path
                Upload photo = post(patient, api.baseUrl() + "/api/v1/conversations/" + conversation + "/attachments?name=IMG_0001.jpg",
                        TestImages.jpeg(4000, 3000), Map.of("Authorization", "Bearer " + alice));
                assertThat(photo.status()).as(photo.body()).isEqualTo(201);
                assertThat(Json.mapper().readTree(photo.body()).path("thumbnail").asBoolean()).isTrue();
            }
            assertThat(server.output()).noneMatch(line -> line.contains("OutOfMemoryError"));
            try (Stream<Path> files = Files.list(data.resolve("attachments"))) {
                assertThat(files.map(file -> file.getFileName().toString())).as("the two pictures and their thumbnails, no bomb")
                        .hasSize(4).noneMatch(name -> name.endsWith(".part"));
            }
        }
    }

    private record Upload(int status, String body) {
    }

    private static Upload post(OkHttpClient http, String url, byte[] body, Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(body, MediaType.get("application/octet-stream")));
        headers.forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            return new Upload(response.code(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
