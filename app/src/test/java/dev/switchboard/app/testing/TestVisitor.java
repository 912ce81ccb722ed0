package dev.switchboard.app.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One visitor's page speaking the widget protocol ({@code /ws/visitor}) to a real backend, so UI
 * tests can see what reaches the visitor (invitations, a block, the closing code, chat messages)
 * and chat with the workstation.
 */
public final class TestVisitor implements AutoCloseable {

    private static final String ORIGIN = "https://shop.example.cn";
    private static final String USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private String visitorId;
    private String token;
    private String backendUrl;
    private long conversationId;

    private TestVisitor() {
    }

    /** Opens a page at {@code url} and waits for the server's welcome. */
    public static TestVisitor arrive(String backendUrl, String url, String title) throws Exception {
        TestVisitor visitor = new TestVisitor();
        URI socketUri = URI.create(backendUrl.replaceFirst("^http", "ws") + WidgetMessages.PATH);
        visitor.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", ORIGIN)
                .header("User-Agent", USER_AGENT)
                .buildAsync(socketUri, visitor.new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        visitor.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", null, null,
                new PageView(url, title, "https://www.baidu.com/s?wd=ui+test", "zh-CN", "1920x1080")));
        Envelope welcome = visitor.await(WidgetMessages.WELCOME);
        visitor.visitorId = welcome.payload().path("visitorId").asText();
        visitor.token = welcome.payload().path("token").asText();
        visitor.backendUrl = backendUrl;
        return visitor;
    }

    public String id() {
        return visitorId;
    }

    /** Waits for the first message of this type. */
    public Envelope await(String type) {
        WorkstationDriver.waitUntil("a '" + type + "' message to the visitor",
                () -> received.stream().anyMatch(envelope -> type.equals(envelope.type())));
        return received.stream().filter(envelope -> type.equals(envelope.type())).findFirst().orElseThrow();
    }

    /** Waits for a message of this type whose payload passes {@code test}. */
    public Envelope await(String type, Predicate<JsonNode> test) {
        WorkstationDriver.waitUntil("a matching '" + type + "' message to the visitor",
                () -> received.stream().anyMatch(envelope -> type.equals(envelope.type()) && test.test(envelope.payload())));
        return received.stream().filter(envelope -> type.equals(envelope.type()) && test.test(envelope.payload())).findFirst().orElseThrow();
    }

    /** Every message of this type received so far. */
    public List<Envelope> received(String type) {
        return received.stream().filter(envelope -> type.equals(envelope.type())).toList();
    }

    /** One of the demo form's question types: its answers must name a name and one of these. */
    public static final String DEMO_QUESTION = "售前咨询 Pre-sales";

    /** Asks for a chat with these pre-chat answers (they must fit the site's form); answers the conversation's id. */
    public long startChat(Map<String, String> prechat) throws Exception {
        send(ChatMessages.START, new ChatMessages.Start(prechat));
        conversationId = await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        return conversationId;
    }

    /** Writes in the chat; answers the message's sequence number once the server stored it. */
    public long say(String text) throws Exception {
        String clientId = UUID.randomUUID().toString();
        send(ChatMessages.MESSAGE, new ChatMessages.Post(conversationId, clientId, text, null));
        return await(ChatMessages.ACK, ack -> ack.path("clientId").asText().equals(clientId)).payload().path("seq").asLong();
    }

    /** The visitor ends the chat, as the widget's close button does. */
    public void endChat() throws Exception {
        send(ChatMessages.END, new ChatMessages.End(conversationId));
    }

    /** The visitor fills in the satisfaction survey after the end. */
    public void rate(int stars, String comment) throws Exception {
        send(ChatMessages.RATE, new ChatMessages.Rate(conversationId, stars, comment));
    }

    /** Uploads a file as the widget does and sends it in the chat; answers the message's sequence number once stored. */
    public long sendFile(String fileName, byte[] content) throws Exception {
        HttpRequest upload = HttpRequest.newBuilder(URI.create(backendUrl + "/api/v1/widget/attachments?conversationId=" + conversationId
                        + "&name=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("X-Visitor-Id", visitorId).header("X-Visitor-Token", token).header("Origin", ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new AssertionError("the upload was refused: " + answer.statusCode() + " " + answer.body());
        }
        String attachmentId = Json.mapper().readTree(answer.body()).path("id").asText();
        String clientId = UUID.randomUUID().toString();
        send(ChatMessages.MESSAGE, new ChatMessages.Post(conversationId, clientId, null, null, attachmentId));
        return await(ChatMessages.ACK, ack -> ack.path("clientId").asText().equals(clientId)).payload().path("seq").asLong();
    }

    /** The visitor has read everything up to {@code seq}. */
    public void read(long seq) throws Exception {
        send(ChatMessages.READ, new ChatMessages.Read(conversationId, seq, null));
    }

    /** The visitor's page holds everything up to {@code seq}, as the widget reports it. */
    public void delivered(long seq) throws Exception {
        send(ChatMessages.DELIVERED, new ChatMessages.Delivered(conversationId, seq, null));
    }

    /** Waits for a chat message with exactly this text; answers its payload. */
    public JsonNode awaitChatMessage(String text) {
        return await(ChatMessages.MESSAGE, message -> message.path("body").asText().equals(text)).payload();
    }

    /** The close code the server ended the page with, once it did. */
    public int awaitClosed() throws Exception {
        return closed.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Moves on to another page within the same socket, as the widget reports it on a single-page site. */
    public void goTo(String url, String title) throws Exception {
        send(WidgetMessages.PAGE, new PageView(url, title, null, "zh-CN", "1920x1080"));
    }

    /** Leaves the page as a browser tab would, so the visitor goes offline. */
    public void leave() throws Exception {
        send(WidgetMessages.LEAVE, new WidgetMessages.Leave(3));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "page left").get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Sends any message of the widget protocol, e.g. a report on a push. */
    public void report(String type, Object payload) throws Exception {
        send(type, payload);
    }

    private void send(String type, Object payload) throws Exception {
        String text = Json.mapper().writeValueAsString(new Envelope(type, UUID.randomUUID().toString(), null,
                Json.mapper().valueToTree(payload)));
        socket.sendText(text, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "test over");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(Json.mapper().readValue(partial.toString(), Envelope.class));
                } catch (JsonProcessingException e) {
                    throw new AssertionError("the server sent unreadable JSON: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
