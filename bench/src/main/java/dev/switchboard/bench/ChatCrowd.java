package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;

/**
 * The people of a chat benchmark: agents created over REST and connected to {@code /ws/agent},
 * and visitors who open {@code /ws/visitor} as the widget does, say hello and start a chat.
 */
final class ChatCrowd {

    /** How many visitor sockets may be opening at once: the backend's accept queue is large, the two cores are not. */
    private static final int OPENING_AT_ONCE = 100;
    private static final Duration WAIT = Duration.ofSeconds(120);

    final Http http;
    final String base;
    final HttpClient sockets = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final String admin;
    private final Semaphore opening = new Semaphore(OPENING_AT_ONCE);

    ChatCrowd(String base) throws Exception {
        this.base = base;
        this.http = new Http(base);
        this.admin = http.login("admin", "switchboard");
    }

    /** The group chats fall back to without routing rules: the first one. */
    long firstGroup() throws Exception {
        return StreamSupport.stream(http.get("/api/v1/groups", admin).spliterator(), false)
                .mapToLong(group -> group.path("id").asLong()).min().orElseThrow();
    }

    /** Creates agents of {@code groupId} and logs them in; answers their tokens. */
    List<String> createAgents(int count, int maxChats, long groupId) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String login = "agent" + i;
            http.post("/api/v1/agents", admin, new NewAgent(login, "Agent " + i, "bench-password", Role.AGENT, List.of(groupId), maxChats));
            tokens.add(http.login(login, "bench-password"));
        }
        return tokens;
    }

    /** Connects one workstation per token and waits for every welcome. */
    List<BenchSocket> connectAgents(List<String> tokens, BiConsumer<BenchSocket, BenchSocket.Received> handler) {
        List<CompletableFuture<BenchSocket>> opened = new ArrayList<>();
        List<CompletableFuture<Void>> welcomed = new ArrayList<>();
        URI url = URI.create(base.replace("http", "ws") + AgentSocket.PATH);
        for (String token : tokens) {
            CompletableFuture<Void> welcome = new CompletableFuture<>();
            welcomed.add(welcome);
            opened.add(BenchSocket.open(sockets, url, Map.of("Authorization", "Bearer " + token), (socket, received) -> {
                if (MessageTypes.WELCOME.equals(received.envelope().type())) {
                    welcome.complete(null);
                }
                handler.accept(socket, received);
            }));
        }
        CompletableFuture.allOf(welcomed.toArray(CompletableFuture[]::new)).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        return opened.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Opens a visitor's page, says hello and, after the welcome, asks for a chat. At most
     * {@link #OPENING_AT_ONCE} pages open at a time; the answer completes when the chat was asked for.
     */
    CompletableFuture<BenchVisitor> startChat(int index, BiConsumer<BenchVisitor, BenchSocket.Received> handler) {
        opening.acquireUninterruptibly();
        BenchVisitor visitor = new BenchVisitor(index, handler);
        URI url = URI.create(base.replace("http", "ws") + WidgetMessages.PATH);
        Map<String, String> headers = Map.of("Origin", base, "User-Agent", "switchboard-bench");
        return BenchSocket.open(sockets, url, headers, visitor::receive)
                .thenCompose(socket -> {
                    visitor.socket = socket;
                    socket.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", null, null,
                            new PageView(base + "/demo/product.html?id=" + index, "Aurora A7", null, "zh-CN", "1920x1080")));
                    return visitor.welcomed;
                })
                .thenCompose(welcome -> {
                    visitor.startSentNanos = System.nanoTime();
                    return visitor.socket.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "访客 " + index, "question", "售前咨询 Pre-sales")));
                })
                .thenCompose(sent -> visitor.started)
                .whenComplete((ignored, error) -> opening.release())
                .thenApply(started -> visitor);
    }

    /** Waits for all, failing after two minutes. */
    static <T> List<T> all(List<CompletableFuture<T>> futures) {
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    static long payloadLong(BenchSocket.Received received, String field) {
        JsonNode payload = received.envelope().payload();
        return payload == null ? 0 : payload.path(field).asLong();
    }
}
