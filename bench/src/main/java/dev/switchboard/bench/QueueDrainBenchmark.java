package dev.switchboard.bench;

import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.StreamSupport;

/**
 * A long queue given out at once: thousands of visitors wait while every agent is away, then all
 * agents switch to ONLINE together (the start of a shift). Measures the time from the first
 * status change until every waiting visitor has heard that an agent serves them. A smaller round
 * first warms the backend up (a running backend has given out chats before), and its chats end;
 * then the full round runs twice: the first time the JIT still compiles the drain's paths for a
 * queue that long, the second shows a backend that has done it before. Both are reported.
 */
final class QueueDrainBenchmark {

    private static final long WAIT_SECONDS = 120;
    private static final int WARM_UP_CHATS = 2500;

    private final Path serverJar;
    private final int chats;
    private final int agents;
    /** Counts chat.assigned at the agents and completes when the round's last one arrives. */
    private final AtomicLong assigned = new AtomicLong();
    private final AtomicReference<CompletableFuture<Long>> allAssigned = new AtomicReference<>(new CompletableFuture<>());
    private volatile long expected;

    QueueDrainBenchmark(Path serverJar, int chats, int agents) {
        this.serverJar = serverJar;
        this.chats = chats;
        this.agents = agents;
    }

    /** One round's figures. */
    private record Round(int waiting, double queueingSeconds, Latencies queued, Latencies served, long lastServedNanos,
                         long lastAssignedNanos, double cpuSeconds, long rssPeakKb, List<Double> pauses, String threads,
                         double compilerSeconds) {
    }

    void run() throws Exception {
        int maxChats = Math.min(50, (chats + agents - 1) / agents);
        try (BackendProcess backend = BackendProcess.start(serverJar, "1g", List.of())) {
            ChatCrowd crowd = new ChatCrowd("http://localhost:" + backend.awaitPort());
            List<String> tokens = crowd.createAgents(agents, maxChats, crowd.firstGroup());
            List<BenchSocket> workstations = crowd.connectAgents(tokens, (socket, message) -> {
                if (ChatMessages.ASSIGNED.equals(message.envelope().type()) && assigned.incrementAndGet() == expected) {
                    allAssigned.get().complete(message.atNanos());
                }
            });
            Round warmUp = round(backend, crowd, workstations, tokens.get(0), WARM_UP_CHATS, 0, true);
            Round first = round(backend, crowd, workstations, tokens.get(0), chats, WARM_UP_CHATS, true);
            Round round = round(backend, crowd, workstations, tokens.get(0), chats, WARM_UP_CHATS + chats, false);
            workstations.forEach(BenchSocket::close);

            System.out.printf("%nQueue drain benchmark: %d chats waiting, %d agents (at most %d chats each) switch from AWAY to ONLINE together;%n"
                            + "after a warm-up round of %d chats (given out in %.0f ms) and a first full round (given out in %.0f ms, JIT compiling %.2f CPU s of it),%n"
                            + "both ended; the table is the second full round; backend -Xmx1g, %d cores shared with this load generator%n%n",
                    chats, agents, maxChats, WARM_UP_CHATS, warmUp.lastServedNanos() / 1e6, first.lastServedNanos() / 1e6,
                    first.compilerSeconds(), Runtime.getRuntime().availableProcessors());
            System.out.printf("| %-52s | %28s |%n|%s|%s|%n", "measure", "value", "-".repeat(54), "-".repeat(30));
            System.out.printf("| %-52s | %28d |%n", "chats waiting before the agents came online", round.waiting());
            System.out.printf("| %-52s | %25.1f s |%n", "time to queue them (pages opening 100 at once)", round.queueingSeconds());
            System.out.printf("| %-52s | %25.0f ms |%n", "first ONLINE -> every visitor told ACTIVE (goal <= 2 s)", round.lastServedNanos() / 1e6);
            System.out.printf("| %-52s | %25.0f ms |%n", "first ONLINE -> every chat.assigned at the agents", round.lastAssignedNanos() / 1e6);
            System.out.printf("| %-52s | %22.2f s |%n", "backend CPU used meanwhile", round.cpuSeconds());
            System.out.printf("| %-52s | %25d MB |%n", "backend resident memory, peak", round.rssPeakKb() / 1024);
            System.out.printf("| %-52s | %28s |%n%n", "backend GC pauses meanwhile", ProcessStats.describePauses(round.pauses()));
            System.out.printf("Backend threads, CPU seconds while the queue was given out: %s%n%n", round.threads());
            System.out.println(Latencies.headerWithP95());
            System.out.println(round.queued().rowWithP95("chat.start -> queued (while the queue grows)", "-"));
            System.out.println(round.served().rowWithP95("first ONLINE -> this visitor told ACTIVE", "all <= 2 s"));
        }
    }

    /**
     * Agents go AWAY, {@code count} visitors start chats and wait, the agents go ONLINE together
     * and every visitor is served. Times in the answer are since the first ONLINE. {@code thenEnd}:
     * the visitors end their chats afterwards, so that the agents are free again.
     */
    private Round round(BackendProcess backend, ChatCrowd crowd, List<BenchSocket> workstations, String token, int count, int firstIndex,
                        boolean thenEnd) throws Exception {
        workstations.forEach(socket -> socket.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY)));
        awaitAgents(crowd, token, AgentStatus.AWAY);
        assigned.set(0);
        expected = count;
        allAssigned.set(new CompletableFuture<>());

        long queueStart = System.nanoTime();
        List<CompletableFuture<BenchVisitor>> starting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starting.add(crowd.startChat(firstIndex + i, (visitor, message) -> { }));
        }
        List<BenchVisitor> visitors = ChatCrowd.all(starting);
        Latencies queued = new Latencies();
        for (BenchVisitor visitor : visitors) {
            queued.add(visitor.queuedAt.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join() - visitor.startSentNanos);
        }
        double queueing = (System.nanoTime() - queueStart) / 1e9;
        // the visitors heard their place; chat starts the backend still routes one by one must not run into the drain
        backend.awaitQuiet();
        int waiting = StreamSupport.stream(crowd.http.get("/api/v1/queue", token).path("groups").spliterator(), false)
                .mapToInt(group -> group.path("waiting").asInt()).sum();

        long gcFrom = ProcessStats.size(backend.gcLog());
        double cpuFrom = ProcessStats.cpuSeconds(backend.pid());
        java.util.Map<String, Double> threadsFrom = ProcessStats.cpuSecondsByThread(backend.pid());
        long online = System.nanoTime();
        workstations.forEach(socket -> socket.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.ONLINE)));
        Latencies served = new Latencies();
        long lastServed = 0;
        long rssPeak = 0;
        for (BenchVisitor visitor : visitors) {
            long at = visitor.servedAt.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
            served.add(at - online);
            lastServed = Math.max(lastServed, at);
            rssPeak = Math.max(rssPeak, ProcessStats.rssKb(backend.pid()));
        }
        long lastAssigned = allAssigned.get().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
        double cpu = ProcessStats.cpuSeconds(backend.pid()) - cpuFrom;
        // CPU seconds per thread kind (a "rate" over one second)
        java.util.Map<String, Double> threadsTo = ProcessStats.cpuSecondsByThread(backend.pid());
        String threads = ProcessStats.describeThreads(threadsFrom, threadsTo, 1);
        double compiler = threadsTo.entrySet().stream().filter(e -> e.getKey().contains("Compiler"))
                .mapToDouble(e -> e.getValue() - threadsFrom.getOrDefault(e.getKey(), 0.0)).sum();
        List<Double> pauses = ProcessStats.pausesSince(backend.gcLog(), gcFrom);
        if (thenEnd) {
            visitors.forEach(visitor -> visitor.socket.send(ChatMessages.END, new ChatMessages.End(visitor.conversationId)));
        }
        backend.awaitQuiet();
        visitors.forEach(visitor -> visitor.socket.close());
        return new Round(waiting, queueing, queued, served, lastServed - online, lastAssigned - online, cpu, rssPeak, pauses, threads,
                compiler);
    }

    /** Waits until the benchmark's agents all show {@code status}. */
    private void awaitAgents(ChatCrowd crowd, String token, AgentStatus status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            long matching = StreamSupport.stream(crowd.http.get("/api/v1/agents", token).spliterator(), false)
                    .filter(agent -> agent.path("login").asText().startsWith("agent") && status.name().equals(agent.path("status").asText()))
                    .count();
            if (matching == agents) {
                return;
            }
            LockSupport.parkNanos(100_000_000);
        }
        throw new IllegalStateException("the agents did not all become " + status);
    }
}
