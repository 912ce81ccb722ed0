package dev.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar bench/target/switchboard-bench.jar foundation [workstations] [changes]} or
 * {@code ... visitors [visitors] [seconds] [speed]}, {@code ... chat [chats] [messages-per-second] [seconds] [agents]},
 * {@code ... queue [chats] [agents]}, {@code ... history [messages] [runs] [postgresql-jdbc-url]},
 * {@code ... routing [agents] [rules] [calls]}, {@code ... sla [tickets] [policy-change-runs] [postgresql-jdbc-url]} or
 * {@code ... fanout [cases] [publishers] [subscribers] [messages-per-second] [seconds]}: runs a benchmark (all but
 * routing and fanout against the backend's runnable jar) and prints a table (see docs/BENCHMARKS.md).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "foundation";
        if (which.equals("fanout")) {
            // talks to messaging servers only (bench/fanout-servers.sh), not to the backend
            try {
                new FanoutBenchmark(args.length > 1 ? args[1] : "all",
                        args.length > 2 ? Integer.parseInt(args[2]) : 8,
                        args.length > 3 ? Integer.parseInt(args[3]) : 3,
                        args.length > 4 ? Integer.parseInt(args[4]) : 2_000,
                        args.length > 5 ? Double.parseDouble(args[5]) : 2.0).run();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
            System.exit(0);
        }
        if (which.equals("sla")) {
            // the backend runs in this process: the SLA scheduler's code path itself is timed
            new SlaBenchmark(args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 3,
                    args.length > 3 ? java.util.Optional.of(args[3]) : java.util.Optional.empty()).run();
            System.exit(0);
        }
        Path serverJar = Path.of(System.getProperty("switchboard.serverJar", "server-stub/target/switchboard-server.jar"));
        if (!Files.isRegularFile(serverJar)) {
            System.err.println("no backend jar at " + serverJar + ": run ./mvnw -B -q -DskipTests package first");
            System.exit(2);
        }
        switch (which) {
            case "foundation" -> new FoundationBenchmark(serverJar,
                    args.length > 1 ? Integer.parseInt(args[1]) : 100,
                    args.length > 2 ? Integer.parseInt(args[2]) : 500).run();
            case "visitors" -> new VisitorsBenchmark(serverJar,
                    args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 60,
                    args.length > 3 ? Double.parseDouble(args[3]) : 1.0).run();
            case "chat" -> new ChatBenchmark(serverJar,
                    args.length > 1 ? Integer.parseInt(args[1]) : 2_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 2_000,
                    args.length > 3 ? Integer.parseInt(args[3]) : 60,
                    args.length > 4 ? Integer.parseInt(args[4]) : 100).run();
            case "queue" -> new QueueDrainBenchmark(serverJar,
                    args.length > 1 ? Integer.parseInt(args[1]) : 5_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 100).run();
            case "history" -> new HistoryBenchmark(serverJar,
                    args.length > 1 ? Long.parseLong(args[1]) : 1_000_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 100,
                    args.length > 3 ? java.util.Optional.of(args[3]) : java.util.Optional.empty()).run();
            case "routing" -> new RoutingBenchmark(
                    args.length > 1 ? Integer.parseInt(args[1]) : 200,
                    args.length > 2 ? Integer.parseInt(args[2]) : 20,
                    args.length > 3 ? Integer.parseInt(args[3]) : 200_000).run();
            default -> {
                System.err.println("unknown benchmark " + which + "; known: foundation, visitors, chat, queue, history, routing, fanout, sla");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
