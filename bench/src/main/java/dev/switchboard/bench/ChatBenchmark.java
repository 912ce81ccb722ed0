package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Many chats at once on one backend: agents connected and taking chats, visitors each in a chat,
 * and a steady stream of visitor messages. Measures how long a message takes from the visitor's
 * socket to the agent's, whether any acknowledged message never arrives (lost) or arrives twice,
 * and how long a new chat takes to be served. Send times travel in the messages' text.
 */
final class ChatBenchmark {

    /** The JIT keeps compiling for a while on two busy cores: 30 s, so that the measured window runs warm code. */
    private static final int WARM_UP_SECONDS = 30;
    /** After sending stops, stragglers may still arrive this long. */
    private static final int SETTLE_SECONDS = 15;
    /** New chats per second while the visitors arrive. */
    private static final int STARTS_PER_SECOND = 200;
    /** An agent answers every n-th visitor message it receives: the agent -> visitor direction, at a tenth of the rate. */
    private static final int REPLY_EVERY = 10;
    private static final String VISITOR_TEXT = " 你好，请问这款 A7 空气净化器今天下单什么时候能发货？";
    private static final String AGENT_TEXT = " 好的，我帮您查一下库存，请稍等。";

    private final Path serverJar;
    private final int chats;
    private final int messagesPerSecond;
    private final int seconds;
    private final int agents;

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Set<String> acked = ConcurrentHashMap.newKeySet();
    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong receivedByAgents = new AtomicLong();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong receipts = new AtomicLong();
    private final Latencies toAgent = new Latencies();
    private final Latencies toAck = new Latencies();
    private final Latencies toVisitor = new Latencies();
    private final Latencies served = new Latencies();
    /** "m" while measuring, "w" while warming up: the prefix of client ids, so each message says which it belongs to. */
    private volatile String phase = "w";

    ChatBenchmark(Path serverJar, int chats, int messagesPerSecond, int seconds, int agents) {
        this.serverJar = serverJar;
        this.chats = chats;
        this.messagesPerSecond = messagesPerSecond;
        this.seconds = seconds;
        this.agents = agents;
    }

    void run() throws Exception {
        int maxChats = Math.min(50, (chats + agents - 1) / agents);
        try (BackendProcess backend = BackendProcess.start(serverJar, "1g", List.of())) {
            ChatCrowd crowd = new ChatCrowd("http://localhost:" + backend.awaitPort());
            List<String> tokens = crowd.createAgents(agents, maxChats, crowd.firstGroup());
            List<BenchSocket> workstations = crowd.connectAgents(tokens, this::atAgent);

            List<CompletableFuture<BenchVisitor>> starting = new ArrayList<>();
            long rampStart = System.nanoTime();
            for (int i = 0; i < chats; i++) {
                pauseUntil(rampStart + TimeUnit.SECONDS.toNanos(i) / STARTS_PER_SECOND);
                starting.add(crowd.startChat(i, this::atVisitor));
            }
            List<BenchVisitor> visitors = ChatCrowd.all(starting);
            for (BenchVisitor visitor : visitors) {
                served.add(visitor.servedAt.orTimeout(60, TimeUnit.SECONDS).join() - visitor.startSentNanos);
            }

            backend.awaitQuiet();
            long rssPeak = 0;
            long sendStart = System.nanoTime();
            long measureStart = sendStart + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
            long sendEnd = measureStart + TimeUnit.SECONDS.toNanos(seconds);
            long gcFrom = 0;
            double backendCpu = 0;
            java.util.Map<String, Double> threadsBefore = java.util.Map.of();
            double ownCpu = 0;
            long measuredSent = 0;
            long sent = 0;
            long lastSample = sendStart;
            while (System.nanoTime() < sendEnd) {
                long now = System.nanoTime();
                if ("w".equals(phase) && now >= measureStart) {
                    phase = "m";
                    gcFrom = ProcessStats.size(backend.gcLog());
                    backendCpu = ProcessStats.cpuSeconds(backend.pid());
                    threadsBefore = ProcessStats.cpuSecondsByThread(backend.pid());
                    ownCpu = ProcessStats.cpuSeconds(ProcessHandle.current().pid());
                }
                long due = (now - sendStart) * messagesPerSecond / 1_000_000_000L;
                for (; sent < due; sent++) {
                    send(visitors.get((int) (sent % visitors.size())), sent);
                    if ("m".equals(phase)) {
                        measuredSent++;
                    }
                }
                if (now - lastSample >= 1_000_000_000L) {
                    rssPeak = Math.max(rssPeak, ProcessStats.rssKb(backend.pid()));
                    lastSample = now;
                }
                LockSupport.parkNanos(1_000_000);
            }
            double window = (System.nanoTime() - measureStart) / 1e9;
            backendCpu = (ProcessStats.cpuSeconds(backend.pid()) - backendCpu) / window;
            String threads = ProcessStats.describeThreads(threadsBefore, ProcessStats.cpuSecondsByThread(backend.pid()), window);
            ownCpu = (ProcessStats.cpuSeconds(ProcessHandle.current().pid()) - ownCpu) / window;
            List<Double> pauses = ProcessStats.pausesSince(backend.gcLog(), gcFrom);
            phase = "settling";
            long settleEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
            while (System.nanoTime() < settleEnd && !received.containsAll(acked)) {
                LockSupport.parkNanos(50_000_000);
            }
            long lost = acked.stream().filter(id -> !received.contains(id)).count();
            visitors.forEach(visitor -> visitor.socket.close());
            workstations.forEach(BenchSocket::close);

            System.out.printf("%nChat benchmark: %d chats, %d agents (at most %d chats each), %d visitor messages/s for %d s after %d s of warm-up;%n"
                            + "agents answer every %dth message; agents send chat.delivered for every message, visitors chat.delivered and chat.read;%n"
                            + "backend -Xmx1g, %d cores shared with this load generator%n%n",
                    chats, agents, maxChats, messagesPerSecond, seconds, WARM_UP_SECONDS, REPLY_EVERY, Runtime.getRuntime().availableProcessors());
            System.out.printf("| %-44s | %28s |%n|%s|%s|%n", "measure", "value", "-".repeat(46), "-".repeat(30));
            row("chats started (" + STARTS_PER_SECOND + " a second) and served", visitors.size());
            row("visitor messages sent, measured window", measuredSent);
            row("visitor messages sent, in all", sent);
            row("  acknowledged (stored)", acked.size());
            row("  received by the agent", received.size());
            row("  lost (acknowledged, never received)", lost);
            row("  not acknowledged", sent - acked.size());
            row("  received twice", duplicates.get());
            row("agent answers sent", replies.get());
            row("receipts sent (delivered, read)", receipts.get());
            row("error answers", errors.get());
            System.out.printf("| %-44s | %25d MB |%n", "backend resident memory, peak", rssPeak / 1024);
            System.out.printf("| %-44s | %22.2f cores |%n", "backend CPU, measured window", backendCpu);
            long measuredAcked = acked.stream().filter(id -> id.startsWith("m")).count();
            System.out.printf("| %-44s | %25.2f ms |%n", "  per message sent in it and stored", backendCpu * window * 1000 / Math.max(1, measuredAcked));
            System.out.printf("| %-44s | %22.2f cores |%n", "load generator CPU, measured window", ownCpu);
            System.out.printf("| %-44s | %28s |%n%n", "backend GC pauses, measured window", ProcessStats.describePauses(pauses));
            System.out.printf("Backend threads, cores used in the measured window: %s%n%n", threads);
            System.out.println(Latencies.headerWithP95());
            System.out.println(served.rowWithP95("chat.start -> chat.status ACTIVE (visitor)", "-"));
            System.out.println(toAgent.rowWithP95("visitor message -> agent receives it", "p99 <= 50 ms"));
            System.out.println(toAck.rowWithP95("visitor message -> chat.ack (stored)", "-"));
            System.out.println(toVisitor.rowWithP95("agent answer -> visitor receives it", "-"));
        }
    }

    private void send(BenchVisitor visitor, long n) {
        String clientId = phase + n;
        long now = System.nanoTime();
        sentAt.put(clientId, now);
        visitor.socket.send(ChatMessages.MESSAGE, new ChatMessages.Post(visitor.conversationId, clientId, now + VISITOR_TEXT, null));
    }

    private void atAgent(BenchSocket workstation, BenchSocket.Received message) {
        String type = message.envelope().type();
        if (MessageTypes.ERROR.equals(type)) {
            errors.incrementAndGet();
            return;
        }
        JsonNode payload = message.envelope().payload();
        if (!ChatMessages.MESSAGE.equals(type) || !"VISITOR".equals(payload.path("senderType").asText())) {
            return;
        }
        String clientId = payload.path("clientId").asText();
        if (!received.add(clientId)) {
            duplicates.incrementAndGet();
            return;
        }
        if (clientId.startsWith("m")) {
            toAgent.add(message.atNanos() - sentTime(payload));
        }
        // as the workstation: it holds the message now (read receipts only come from the chat in view, left out)
        long conversationId = payload.path("conversationId").asLong();
        workstation.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(conversationId, payload.path("seq").asLong(), null));
        receipts.incrementAndGet();
        if (receivedByAgents.incrementAndGet() % REPLY_EVERY == 0 && !"settling".equals(phase)) {
            long now = System.nanoTime();
            workstation.send(ChatMessages.MESSAGE, new ChatMessages.Post(payload.path("conversationId").asLong(),
                    "r" + phase + replies.incrementAndGet(), now + AGENT_TEXT, null));
        }
    }

    private void atVisitor(BenchVisitor visitor, BenchSocket.Received message) {
        String type = message.envelope().type();
        JsonNode payload = message.envelope().payload();
        if (MessageTypes.ERROR.equals(type)) {
            errors.incrementAndGet();
        } else if (ChatMessages.ACK.equals(type)) {
            String clientId = payload.path("clientId").asText();
            Long sent = sentAt.get(clientId);
            if (sent != null && acked.add(clientId) && clientId.startsWith("m")) {
                toAck.add(message.atNanos() - sent);
            }
        } else if (ChatMessages.MESSAGE.equals(type) && "AGENT".equals(payload.path("senderType").asText())) {
            if (payload.path("clientId").asText().startsWith("rm")) {
                toVisitor.add(message.atNanos() - sentTime(payload));
            }
            // as the widget with its window open: the answer reached the page and was read
            long seq = payload.path("seq").asLong();
            visitor.socket.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(visitor.conversationId, seq, null));
            visitor.socket.send(ChatMessages.READ, new ChatMessages.Read(visitor.conversationId, seq, null));
            receipts.addAndGet(2);
        }
    }

    /** The sender's {@code System.nanoTime()} at sending, which starts the text. */
    private static long sentTime(JsonNode payload) {
        String body = payload.path("body").asText();
        return Long.parseLong(body.substring(0, body.indexOf(' ')));
    }

    private static void row(String name, long value) {
        System.out.printf("| %-44s | %28d |%n", name, value);
    }

    private static void pauseUntil(long nanos) {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
