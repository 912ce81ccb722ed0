package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.simulator.VisitorSimulator;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Many simulated visitors on one backend: how long a page view takes to reach an agent's
 * workstation, and what the backend costs in memory while they browse.
 */
final class VisitorsBenchmark {

    /** Visitors arrive over this long: 10,000 in a minute is a busy shop opening its doors. */
    private static final java.time.Duration RAMP = java.time.Duration.ofSeconds(60);

    private final Path serverJar;
    private final int visitors;
    private final int seconds;
    private final double speed;

    VisitorsBenchmark(Path serverJar, int visitors, int seconds, double speed) {
        this.serverJar = serverJar;
        this.visitors = visitors;
        this.seconds = seconds;
        this.speed = speed;
    }

    void run() throws Exception {
        try (BackendProcess backend = BackendProcess.start(serverJar, "1g", List.of())) {
            String base = "http://localhost:" + backend.awaitPort();
            Http http = new Http(base);
            String token = http.login("alice", "switchboard");

            Map<String, Long> sent = new ConcurrentHashMap<>();
            Latencies latencies = new Latencies();
            AtomicLong batches = new AtomicLong();
            java.util.Set<String> listed = ConcurrentHashMap.newKeySet();
            WebSocket agent = http.client.newWebSocket(new Request.Builder().url(base.replace("http", "ws") + "/ws/agent")
                    .header("Authorization", "Bearer " + token).build(), new WebSocketListener() {
                @Override
                public void onOpen(WebSocket socket, okhttp3.Response response) {
                    socket.send(Json.mapper().valueToTree(new Envelope(MessageTypes.VISITORS_SUBSCRIBE, UUID.randomUUID().toString(), null, null)).toString());
                }

                @Override
                public void onMessage(WebSocket socket, String text) {
                    long now = System.nanoTime();
                    try {
                        Envelope message = Json.mapper().readValue(text, Envelope.class);
                        if (MessageTypes.VISITORS_BATCH.equals(message.type()) || MessageTypes.VISITORS_SNAPSHOT.equals(message.type())) {
                            batches.incrementAndGet();
                            message.payload().path("removed").forEach(id -> listed.remove(id.asText()));
                            for (JsonNode visitor : message.payload().path("upserts")) {
                                listed.add(visitor.path("id").asText());
                                Long t0 = sent.remove(visitor.path("id").asText() + "|" + visitor.path("currentUrl").asText());
                                if (t0 != null) {
                                    latencies.add(now - t0);
                                }
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });

            VisitorSimulator.Options options = new VisitorSimulator.Options(URI.create(base), URI.create(base + "/demo/"), "default",
                    visitors, speed, 7, RAMP);
            try (VisitorSimulator simulator = new VisitorSimulator(options)) {
                // a first page view has no visitor id yet; later ones are matched by id and URL
                simulator.onPageView((visitorId, url) -> {
                    if (visitorId != null) {
                        sent.put(visitorId + "|" + url, System.nanoTime());
                    }
                });
                simulator.start();
                Thread.sleep(RAMP.toMillis() + 5_000);
                long connectedAfterRamp = listed.size();
                long pageViewsBefore = simulator.pageViews();
                long start = System.nanoTime();
                long peakRss = 0;
                long peakOnline = 0;
                while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
                    Thread.sleep(1000);
                    peakRss = Math.max(peakRss, ProcessStats.rssKb(backend.pid()));
                    peakOnline = Math.max(peakOnline, listed.size());
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                double rate = (simulator.pageViews() - pageViewsBefore) / elapsed;
                agent.close(1000, "done");

                System.out.printf("%nVisitors benchmark: %d simulated visitors (speed %.1fx), %d s measured, backend -Xmx1g, %d cores%n%n",
                        visitors, speed, seconds, Runtime.getRuntime().availableProcessors());
                System.out.printf("| %-44s | %10s |%n|%s|%s|%n", "measure", "value", "-".repeat(46), "-".repeat(12));
                System.out.printf("| %-44s | %10d |%n", "visitors listed after the " + RAMP.toSeconds() + " s ramp + 5 s", connectedAfterRamp);
                System.out.printf("| %-44s | %10d |%n", "visitors listed at peak (online + left < 5 min)", peakOnline);
                System.out.printf("| %-44s | %10.0f |%n", "page views per second", rate);
                System.out.printf("| %-44s | %10d |%n", "visitor batches received by the agent", batches.get());
                System.out.printf("| %-44s | %10d |%n", "simulated connection failures", simulator.failures());
                System.out.printf("| %-44s | %7d MB |%n%n", "backend resident memory, peak", peakRss / 1024);
                System.out.println(Latencies.header());
                System.out.println(latencies.row("page view -> agent workstation", "p99 <= 50 ms"));
            }
        }
    }
}
