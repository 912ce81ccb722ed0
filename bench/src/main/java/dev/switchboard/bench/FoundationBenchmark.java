package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The foundation's numbers: backend cold start, login and REST latency, and how fast a status
 * change reaches every connected workstation.
 */
final class FoundationBenchmark {

    private final Path serverJar;
    private final int workstations;
    private final int toggles;

    FoundationBenchmark(Path serverJar, int workstations, int toggles) {
        this.serverJar = serverJar;
        this.workstations = workstations;
        this.toggles = toggles;
    }

    void run() throws Exception {
        try (BackendProcess backend = BackendProcess.start(serverJar, "1g", List.of())) {
            Http http = new Http("http://localhost:" + backend.awaitPort());
            double start = backend.startMillis();
            String admin = http.login("admin", "switchboard");

            Latencies logins = new Latencies();
            for (int i = 0; i < 40; i++) {
                long t0 = System.nanoTime();
                http.login("alice", "switchboard");
                logins.add(System.nanoTime() - t0);
            }

            List<String> tokens = createAgents(http, admin);
            Latencies listAgents = new Latencies();
            for (int i = 0; i < 2000; i++) {
                long t0 = System.nanoTime();
                http.get("/api/v1/agents", admin);
                listAgents.add(System.nanoTime() - t0);
            }

            Latencies fanOut = presenceFanOut(http, tokens);

            System.out.printf("%nFoundation benchmark: %d workstations, %d status changes, backend -Xmx1g, %d cores%n%n",
                    workstations, toggles, Runtime.getRuntime().availableProcessors());
            System.out.printf("| %-44s | %8.0f ms |%n%n", "backend cold start to listening (demo data)", start);
            System.out.println(Latencies.header());
            System.out.println(logins.row("login (bcrypt cost 10)", "-"));
            System.out.println(listAgents.row("GET /api/v1/agents (" + (workstations + 4) + " agents)", "-"));
            System.out.println(fanOut.row("status.set -> change at each workstation", "p99 <= 50 ms"));
        }
    }

    private List<String> createAgents(Http http, String admin) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < workstations; i++) {
            String login = "bench" + i;
            http.post("/api/v1/agents", admin, Map.of("login", login, "displayName", "Bench " + i,
                    "password", "bench-password", "role", "SUPERVISOR"));
            tokens.add(http.login(login, "bench-password"));
        }
        return tokens;
    }

    /**
     * Every workstation subscribes; then one agent changes status {@code toggles} times, waiting
     * for all deliveries of one change before sending the next. A delivery's latency is from
     * sending {@code status.set} to the workstation's receipt of the matching change.
     */
    private Latencies presenceFanOut(Http http, List<String> tokens) throws Exception {
        Latencies latencies = new Latencies();
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        String toggler = "bench0";
        CountDownLatch subscribed = new CountDownLatch(tokens.size());
        Map<Long, CountDownLatch> delivered = new ConcurrentHashMap<>();
        List<WebSocket> sockets = new ArrayList<>();
        for (String token : tokens) {
            sockets.add(http.client.newWebSocket(new Request.Builder().url(http.baseUrl.replace("http", "ws") + "/ws/agent")
                    .header("Authorization", "Bearer " + token).build(), new WebSocketListener() {
                @Override
                public void onOpen(WebSocket socket, Response response) {
                    socket.send(envelope(MessageTypes.SYNC_SUBSCRIBE, Map.of("after", 1_000_000_000L)));
                }

                @Override
                public void onMessage(WebSocket socket, String text) {
                    long now = System.nanoTime();
                    try {
                        Envelope message = Json.mapper().readValue(text, Envelope.class);
                        if (MessageTypes.SYNC_CAUGHT_UP.equals(message.type())) {
                            subscribed.countDown();
                        } else if (MessageTypes.CHANGE.equals(message.type())) {
                            JsonNode data = message.payload().path("data");
                            Long sent = sentAt.get(data.path("version").asLong());
                            if (toggler.equals(data.path("login").asText()) && sent != null) {
                                latencies.add(now - sent);
                                delivered.get(data.path("version").asLong()).countDown();
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        if (!subscribed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("workstations did not all connect");
        }
        WebSocket control = sockets.get(0);
        long version = http.get("/api/v1/auth/me", tokens.get(0)).path("version").asLong();
        for (int i = 0; i < toggles; i++) {
            long next = version + 1;
            delivered.put(next, new CountDownLatch(tokens.size()));
            sentAt.put(next, System.nanoTime());
            control.send(envelope(MessageTypes.STATUS_SET, Map.of("status", i % 2 == 0 ? "BUSY" : "ONLINE")));
            if (!delivered.get(next).await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("change " + next + " did not reach every workstation");
            }
            version = next;
        }
        sockets.forEach(socket -> socket.close(1000, "done"));
        return latencies;
    }

    private static String envelope(String type, Object payload) {
        return Json.mapper().valueToTree(new Envelope(type, UUID.randomUUID().toString(), null, Json.mapper().valueToTree(payload))).toString();
    }
}
