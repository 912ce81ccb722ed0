package dev.switchboard.bench;

import dev.switchboard.bench.FanoutBus.Publisher;
import dev.switchboard.bench.FanoutBus.Subscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Fan-out between backend nodes (ADR 0008): how fast and how reliably a chat-sized message (500
 * bytes) published by one node reaches every other node, through NATS (core and JetStream), Redis
 * (pub/sub and Streams) and PostgreSQL (NOTIFY alone, and inside a transaction that also inserts
 * the row, compared with the insert alone). All on loopback, servers started by
 * {@code bench/fanout-servers.sh}, publishers and subscribers in this process.
 *
 * <p>Per case: {@code publishers} threads (each its own connection, as each node's writer would
 * have) send {@code rate} messages a second in total for {@code seconds}, and {@code subscribers}
 * connections (the other nodes) each receive every message: publish-to-receive latency. Then the
 * same publishers send as fast as the slowest subscriber keeps up (at most 2,000 messages in
 * flight) for {@code seconds}: throughput without loss. Then one subscriber leaves, 1,000
 * messages are published while it is away, and it comes back the way the system allows: how many
 * of those it gets.
 */
final class FanoutBenchmark {

    static final List<String> ALL = List.of("nats", "jetstream", "redis-pubsub", "redis-stream", "pg-notify", "pg-insert", "pg-insert-notify");
    private static final int PAYLOAD_BYTES = 500;
    private static final int IN_FLIGHT = 2_000;
    private static final int AWAY_MESSAGES = 1_000;

    private final List<String> cases;
    private final int publishers;
    private final int subscribers;
    private final int rate;
    private final double seconds;
    private final String natsUrl = System.getProperty("bench.nats", "nats://127.0.0.1:14222");
    private final String redisUrl = System.getProperty("bench.redis", "redis://127.0.0.1:16379");
    private final String pgUrl = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:55442/postgres?user=postgres");
    private final List<String> rows = new ArrayList<>();
    private final List<String> resumeRows = new ArrayList<>();

    FanoutBenchmark(String cases, int publishers, int subscribers, int rate, double seconds) {
        this.cases = switch (cases) {
            case "all" -> ALL;
            case "brokers" -> ALL.subList(0, 4);
            case "pg" -> ALL.subList(4, 7);
            default -> List.of(cases.split(","));
        };
        this.publishers = publishers;
        this.subscribers = subscribers;
        this.rate = rate;
        this.seconds = seconds;
    }

    void run() throws Exception {
        String loadBefore = ProcessStats.loadAverage();
        for (String name : cases) {
            try (FanoutBus bus = bus(name)) {
                measure(bus);
                if (bus.delivers()) {
                    resumeAfterAbsence(bus);
                }
            }
        }
        System.out.printf("Fan-out benchmark: %d publishers (one connection each), %d subscribers, %d-byte messages, %d msg/s offered for %.1f s,%n"
                        + "then closed loop (at most %d in flight) for %.1f s; loopback, %d cores shared by servers and this client%n"
                        + "load average before: %s; after: %s%n%n",
                publishers, subscribers, PAYLOAD_BYTES, rate, seconds, IN_FLIGHT, seconds, Runtime.getRuntime().availableProcessors(),
                loadBefore, ProcessStats.loadAverage());
        System.out.printf("| %-22s | %7s | %9s | %8s | %8s | %8s | %9s | %9s | %11s | %12s | %8s |%n",
                "case", "sent/s", "delivered", "p50 ms", "p99 ms", "max ms", "call p50", "call p99", "max msg/s", "deliveries/s", "lost");
        System.out.printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(24), "-".repeat(9), "-".repeat(11), "-".repeat(10), "-".repeat(10),
                "-".repeat(10), "-".repeat(11), "-".repeat(11), "-".repeat(13), "-".repeat(14), "-".repeat(10));
        rows.forEach(System.out::println);
        if (!resumeRows.isEmpty()) {
            System.out.printf("%n| %-22s | %-26s | %-60s |%n|%s|%s|%s|%n", "subscriber away", "got of 1000 sent meanwhile",
                    "how it resumes", "-".repeat(24), "-".repeat(28), "-".repeat(62));
            resumeRows.forEach(System.out::println);
        }
    }

    private FanoutBus bus(String name) throws Exception {
        return switch (name) {
            case "nats" -> new NatsBuses.NatsCore(natsUrl);
            case "jetstream" -> new NatsBuses.JetStreamBus(natsUrl);
            case "redis-pubsub" -> new RedisBuses.RedisPubSub(redisUrl);
            case "redis-stream" -> new RedisBuses.RedisStream(redisUrl);
            case "pg-notify" -> new PostgresBus(pgUrl, PostgresBus.Mode.NOTIFY);
            case "pg-insert" -> new PostgresBus(pgUrl, PostgresBus.Mode.INSERT);
            case "pg-insert-notify" -> new PostgresBus(pgUrl, PostgresBus.Mode.INSERT_NOTIFY);
            default -> throw new IllegalArgumentException("unknown case " + name + "; known: " + ALL + ", all, brokers, pg");
        };
    }

    /** Counts and latencies of one phase, filled by the subscribers' threads. */
    private static final class Phase {
        final char marker;
        final Latencies endToEnd = new Latencies();
        final Latencies calls = new Latencies();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong[] received;
        volatile long lastReceived;

        Phase(char marker, int subscribers) {
            this.marker = marker;
            this.received = new AtomicLong[subscribers];
            for (int i = 0; i < subscribers; i++) {
                received[i] = new AtomicLong();
            }
        }

        long receivedTotal() {
            long total = 0;
            for (AtomicLong r : received) {
                total += r.get();
            }
            return total;
        }

        long slowest() {
            long min = Long.MAX_VALUE;
            for (AtomicLong r : received) {
                min = Math.min(min, r.get());
            }
            return received.length == 0 ? Long.MAX_VALUE : min;
        }
    }

    private void measure(FanoutBus bus) throws Exception {
        int subs = bus.delivers() ? subscribers : 0;
        java.util.concurrent.atomic.AtomicReference<Phase> current = new java.util.concurrent.atomic.AtomicReference<>();
        List<Subscriber> connected = new ArrayList<>();
        for (int i = 0; i < subs; i++) {
            int index = i;
            connected.add(bus.subscribe(null, payload -> {
                long now = System.nanoTime();
                Phase phase = current.get();
                if (phase != null && payload.charAt(0) == phase.marker) {
                    phase.endToEnd.add(now - stamp(payload));
                    phase.received[index].incrementAndGet();
                    phase.lastReceived = now;
                }
            }));
        }
        List<Publisher> pubs = new ArrayList<>();
        for (int i = 0; i < publishers; i++) {
            pubs.add(bus.publisher());
        }
        // warm-up, not counted
        current.set(new Phase('W', subs));
        publish(pubs, current.get(), 500, 0.5, false);
        drain(current.get(), subs);

        Phase paced = new Phase('L', subs);
        current.set(paced);
        long pacedStart = System.nanoTime();
        double pacedSeconds = (publish(pubs, paced, rate, seconds, false) - pacedStart) / 1e9;
        drain(paced, subs);

        Phase closedLoop = new Phase('T', subs);
        current.set(closedLoop);
        long start = System.nanoTime();
        long publishEnd = publish(pubs, closedLoop, 0, seconds, true);
        drain(closedLoop, subs);
        double publishSeconds = (publishEnd - start) / 1e9;
        double deliverSeconds = Math.max(1e-9, (Math.max(closedLoop.lastReceived, publishEnd) - start) / 1e9);
        current.set(null);
        for (Publisher p : pubs) {
            p.close();
        }
        for (Subscriber s : connected) {
            s.close();
        }
        long expected = paced.sent.get() * subs;
        rows.add(String.format("| %-22s | %7.0f | %9s | %8s | %8s | %8s | %9.2f | %9.2f | %11.0f | %12s | %8s |",
                bus.name(), paced.sent.get() / pacedSeconds,
                subs == 0 ? "-" : Long.toString(paced.receivedTotal()),
                subs == 0 ? "-" : String.format("%.2f", paced.endToEnd.percentileMillis(50)),
                subs == 0 ? "-" : String.format("%.2f", paced.endToEnd.percentileMillis(99)),
                subs == 0 ? "-" : String.format("%.2f", paced.endToEnd.percentileMillis(100)),
                paced.calls.percentileMillis(50), paced.calls.percentileMillis(99),
                closedLoop.sent.get() / publishSeconds,
                subs == 0 ? "-" : String.format("%.0f", closedLoop.receivedTotal() / deliverSeconds),
                subs == 0 ? "-" : Long.toString(expected - paced.receivedTotal() + closedLoop.sent.get() * subs - closedLoop.receivedTotal())));
    }

    /**
     * Publishes from every publisher at {@code totalRate} a second (0: as fast as allowed) for
     * {@code seconds}; closed loop: a publisher waits while {@link #IN_FLIGHT} messages are not yet
     * at the slowest subscriber. Answers when the last publisher stopped.
     */
    private long publish(List<Publisher> pubs, Phase phase, int totalRate, double seconds, boolean closedLoop) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long interval = totalRate == 0 ? 0 : (long) (1e9 * pubs.size() / totalRate);
        AtomicLong sequence = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (Publisher publisher : pubs) {
            Thread thread = new Thread(() -> {
                long next = System.nanoTime();
                while (true) {
                    long now = System.nanoTime();
                    if (now >= deadline) {
                        break;
                    }
                    if (interval > 0 && now < next) {
                        LockSupport.parkNanos(next - now);
                        continue;
                    }
                    if (closedLoop && phase.sent.get() - phase.slowest() >= IN_FLIGHT) {
                        LockSupport.parkNanos(50_000);
                        continue;
                    }
                    next += interval;
                    long before = System.nanoTime();
                    try {
                        publisher.publish(payload(phase.marker, before, sequence.incrementAndGet()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    phase.calls.add(System.nanoTime() - before);
                    phase.sent.incrementAndGet();
                }
            }, "fanout-publisher");
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return System.nanoTime();
    }

    /** Waits until every subscriber has every message sent, or nothing arrived for two seconds. */
    private static void drain(Phase phase, int subs) throws InterruptedException {
        long expected = phase.sent.get() * subs;
        long seen = -1;
        long quietSince = System.nanoTime();
        while (phase.receivedTotal() < expected) {
            long now = phase.receivedTotal();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 2_000_000_000L) {
                return;
            }
            Thread.sleep(5);
        }
    }

    /**
     * One subscriber hears 100 messages, leaves, misses {@link #AWAY_MESSAGES}, comes back as the
     * system allows (from its last position where there is one) and hears 100 more.
     */
    private void resumeAfterAbsence(FanoutBus bus) throws Exception {
        Set<Long> away = ConcurrentHashMap.newKeySet();
        AtomicLong afterCount = new AtomicLong();
        java.util.function.Consumer<String> handler = payload -> {
            if (payload.charAt(0) == 'A') {
                away.add(sequenceOf(payload));
            } else if (payload.charAt(0) == 'Z') {
                afterCount.incrementAndGet();
            }
        };
        try (Publisher publisher = bus.publisher()) {
            Subscriber subscriber = bus.subscribe(null, handler);
            for (int i = 0; i < 100; i++) {
                publisher.publish(payload('B', System.nanoTime(), i));
            }
            Thread.sleep(500);
            String position = subscriber.position();
            subscriber.close();
            for (int i = 0; i < AWAY_MESSAGES; i++) {
                publisher.publish(payload('A', System.nanoTime(), i));
            }
            subscriber = bus.subscribe(position, handler);
            for (int i = 0; i < 100; i++) {
                publisher.publish(payload('Z', System.nanoTime(), i));
            }
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (afterCount.get() < 100 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200);
            subscriber.close();
        }
        resumeRows.add(String.format("| %-22s | %26d | %-60s |", bus.name(), away.size(), bus.resume()));
    }

    private static String payload(char marker, long stamp, long sequence) {
        StringBuilder text = new StringBuilder(PAYLOAD_BYTES).append(marker).append(';').append(stamp).append(';').append(sequence).append(';');
        while (text.length() < PAYLOAD_BYTES) {
            text.append('x');
        }
        return text.toString();
    }

    private static long stamp(String payload) {
        int end = payload.indexOf(';', 2);
        return Long.parseLong(payload, 2, end, 10);
    }

    private static long sequenceOf(String payload) {
        int start = payload.indexOf(';', 2) + 1;
        return Long.parseLong(payload, start, payload.indexOf(';', start), 10);
    }
}
