package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * History search over a million stored messages (issue 11: the first page in 100 ms or less).
 * First, in this process, the backend's own code builds the database: Flyway's schema, the demo
 * team, 30 more agents created over REST; then {@link HistorySeeder} writes a year of chats with
 * JDBC batches, and the backend's indexer ({@link SwitchboardServer#indexHistoryNow}, what the
 * two-second timer runs) writes the search tokens, as production would have them; then the
 * database's statistics are brought up to date (what autovacuum or H2's own analysis does on a
 * running system). Then the backend's jar runs on that database in a process of its own and
 * representative searches go through {@code GET /api/v1/history} over loopback, in turns, each
 * many times; the table gives each one's latency and what its first page held.
 *
 * <p>H2 by default (a data folder); PostgreSQL when a JDBC URL of a server is given (a database of
 * its own is created there). {@code -Dbench.data=DIR} (H2) or {@code -Dbench.database=NAME}
 * (PostgreSQL) keeps the seeded database and reuses it on the next run.
 */
final class HistoryBenchmark {

    private static final int WARM_UP_ROUNDS = 10;
    private static final int PAGE = 50;
    private static final Pattern ORDER_NUMBER = Pattern.compile("SB26\\d{8}");

    private final Path serverJar;
    private final long messages;
    private final int runs;
    private final Optional<String> postgresUrl;

    HistoryBenchmark(Path serverJar, long messages, int runs, Optional<String> postgresUrl) {
        this.serverJar = serverJar;
        this.messages = messages;
        this.runs = runs;
        this.postgresUrl = postgresUrl;
    }

    /** One search of the table: its name, who searches, and its query parameters. */
    private record Search(String name, String caller, String parameters) {
    }

    /** What the database holds, and what building it took. */
    private record Built(long chats, long messages, long tokens, long bytes, double seedSeconds, double indexSeconds, String orderNumber,
                         boolean reused) {
    }

    void run() throws Exception {
        // the backend built in this process would log every demo account and timer at INFO
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        HistoryDatabase database = postgresUrl.isPresent() ? HistoryDatabase.postgres(postgresUrl.get()) : HistoryDatabase.h2();
        try {
            String loadBefore = ProcessStats.loadAverage();
            Built built = build(database);
            measure(database, built, loadBefore);
        } finally {
            database.dropUnlessKept();
        }
    }

    private Built build(HistoryDatabase database) throws Exception {
        ServerConfig config = ServerConfig.forTests(database.dataDir()).withJdbcUrl(database.urlForBuilding());
        SwitchboardServer server = SwitchboardServer.start(config);
        Connection connection = database.connectForSeeding();
        boolean built = false;
        try {
            long stored = HistorySeeder.longValue(connection, "SELECT COUNT(*) FROM message");
            // a database kept by an earlier run is used as it is (indexed here if that run stopped before)
            boolean reused = stored >= messages;
            double seedSeconds = 0;
            double indexSeconds = 0;
            if (!reused) {
                if (stored > 0) {
                    throw new IllegalStateException("the database holds " + stored + " messages, fewer than " + messages
                            + ": a seed that did not finish; delete it (" + database + ") and run again");
                }
                HistorySeeder.Staff staff = staff(new Http(server.baseUrl()), connection);
                System.out.printf("seeding %,d messages into %s ...%n", messages, database);
                long t0 = System.nanoTime();
                HistorySeeder.Seeded seeded = new HistorySeeder().seed(connection, staff, messages, Instant.now().truncatedTo(ChronoUnit.SECONDS));
                seedSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("seeded %,d chats, %,d messages, %,d visitors in %.0f s%n", seeded.chats(), seeded.messages(), seeded.visitors(),
                        seedSeconds);
            }
            if (pending(connection) > 0) {
                System.out.printf("indexing %,d chats with the backend's indexer ...%n", pending(connection));
                long t1 = System.nanoTime();
                int indexed = indexAll(server, connection);
                indexSeconds = (System.nanoTime() - t1) / 1e9;
                System.out.printf("indexed %,d chats in %.0f s (the backend's two-second timer took the rest)%n", indexed, indexSeconds);
                database.updateStatistics(connection);
                built = true;
            }
            long chats = HistorySeeder.longValue(connection, "SELECT COUNT(*) FROM conversation");
            long storedMessages = HistorySeeder.longValue(connection, "SELECT COUNT(*) FROM message");
            long tokens = HistorySeeder.longValue(connection, "SELECT COUNT(*) FROM history_token");
            String orderNumber = orderNumber(connection);
            server.close();
            server = null;
            database.finishBuilding(connection, built);
            return new Built(chats, storedMessages, tokens, database.bytes(connection), seedSeconds, indexSeconds, orderNumber, reused);
        } finally {
            if (server != null) {
                server.close();
            }
            connection.close();
        }
    }

    /**
     * Indexes every ended chat, here and by the backend's timer, which runs meanwhile and holds a
     * batch now and then (this run then passes over it); answers how many this thread indexed.
     */
    private static int indexAll(SwitchboardServer server, Connection connection) throws Exception {
        int indexed = 0;
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (pending(connection) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("indexing did not finish within two hours");
            }
            int now = server.indexHistoryNow();
            indexed += now;
            if (now == 0) {
                // the timer holds the next chats: wait for its batch
                Thread.sleep(100);
            }
        }
        return indexed;
    }

    private static long pending(Connection connection) throws SQLException {
        return HistorySeeder.longValue(connection, "SELECT COUNT(*) FROM conversation WHERE status = 'ENDED' AND search_indexed = FALSE");
    }

    /** The demo team and 30 more agents (created over REST, as an administrator would): who takes the seeded chats. */
    private static HistorySeeder.Staff staff(Http http, Connection connection) throws Exception {
        String admin = http.login("admin", "switchboard");
        Map<String, Long> groups = new HashMap<>();
        http.get("/api/v1/groups", admin).forEach(group -> groups.put(group.path("name").asText(), group.path("id").asLong()));
        long presales = groups.get("售前 Pre-sales");
        long aftersales = groups.get("售后 After-sales");
        long vip = groups.get("VIP");
        for (int i = 1; i <= 30; i++) {
            List<Long> of = i <= 12 ? List.of(presales) : i <= 27 ? List.of(aftersales) : List.of(vip, presales);
            http.post("/api/v1/agents", admin, new NewAgent(String.format("agent%02d", i), String.format("Agent %02d", i), "bench-password",
                    Role.AGENT, of, 8));
        }
        Map<Long, List<Long>> byGroup = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (JsonNode agent : http.get("/api/v1/agents", admin)) {
            names.put(agent.path("id").asLong(), agent.path("displayName").asText());
            if (Role.AGENT.name().equals(agent.path("role").asText())) {
                agent.path("groupIds").forEach(group -> byGroup.computeIfAbsent(group.asLong(), g -> new ArrayList<>()).add(agent.path("id").asLong()));
            }
        }
        return new HistorySeeder.Staff(byGroup, names, presales, aftersales, vip, HistorySeeder.categories(connection));
    }

    /** An order number written in a chat about half-way through the year: a search that finds one chat. */
    private static String orderNumber(Connection connection) throws SQLException {
        long middle = HistorySeeder.longValue(connection, "SELECT MIN(id) + (MAX(id) - MIN(id)) / 2 FROM conversation");
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT body FROM message WHERE conversation_id BETWEEN " + middle + " AND " + (middle + 200)
                     + " AND body LIKE '%SB26%' ORDER BY conversation_id")) {
            while (rows.next()) {
                Matcher matcher = ORDER_NUMBER.matcher(rows.getString(1));
                if (matcher.find()) {
                    return matcher.group();
                }
            }
        }
        throw new IllegalStateException("no order number in the chats half-way through");
    }

    private void measure(HistoryDatabase database, Built built, String loadBefore) throws Exception {
        List<String> args = database.jdbcUrl().map(url -> List.of("--db", url)).orElse(List.of());
        try (BackendProcess backend = BackendProcess.start(serverJar, "1g", database.dataDir(), false, args)) {
            Http http = new Http("http://localhost:" + backend.awaitPort());
            Map<String, String> tokens = Map.of("admin", http.login("admin", "switchboard"), "alice", http.login("alice", "switchboard"),
                    "carol", http.login("carol", "switchboard"));
            Map<String, Long> agents = new HashMap<>();
            http.get("/api/v1/agents", tokens.get("admin")).forEach(agent -> agents.put(agent.path("login").asText(), agent.path("id").asLong()));
            Map<String, Long> groups = new HashMap<>();
            http.get("/api/v1/groups", tokens.get("admin")).forEach(group -> groups.put(group.path("name").asText(), group.path("id").asLong()));
            Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
            List<Search> searches = List.of(
                    new Search("退款 (refund: a common word)", "admin", text("退款")),
                    new Search("到账 (two characters inside sentences)", "admin", text("到账")),
                    new Search("申请退款 (a phrase: three bigrams)", "admin", text("申请退款")),
                    new Search("refund (an English word)", "admin", text("refund")),
                    new Search(built.orderNumber() + " (an order number: one chat)", "admin", text(built.orderNumber())),
                    new Search("星云 (a rare product name)", "admin", text("星云")),
                    new Search("退款发票 (a phrase found nowhere)", "admin", text("退款发票")),
                    new Search("退款, one month three months ago", "admin", text("退款") + range(now, 120, 90)),
                    new Search("发票, one agent's chats", "admin", text("发票") + "&agentId=" + agents.get("agent20")),
                    new Search("no text: After-sales, 1 star", "admin", "groupId=" + groups.get("售后 After-sales") + "&rating=1"),
                    new Search("no text: one week half a year ago", "admin", range(now, 187, 180).substring(1)),
                    new Search("no text: the newest chats", "admin", ""),
                    new Search("visitor: 赵子涵 (a name in the pre-chat form)", "admin", "visitor=" + encode("赵子涵")),
                    new Search("退款 as an agent (her own chats)", "alice", text("退款")),
                    new Search("no text as an agent (her own chats)", "alice", ""),
                    new Search("退款 as a supervisor (her groups' chats)", "carol", text("退款")));
            Map<Search, Latencies> latencies = new LinkedHashMap<>();
            Map<Search, String> firstPages = new HashMap<>();
            for (Search search : searches) {
                latencies.put(search, new Latencies());
                JsonNode page = http.get(path(search), tokens.get(search.caller()));
                firstPages.put(search, page.path("entries").size() + (page.hasNonNull("nextBefore") ? ", more" : ""));
            }
            // in turns, so that what else runs on the machine meanwhile falls on every search alike
            for (int round = 0; round < WARM_UP_ROUNDS + runs; round++) {
                for (Search search : searches) {
                    long t0 = System.nanoTime();
                    http.get(path(search), tokens.get(search.caller()));
                    if (round >= WARM_UP_ROUNDS) {
                        latencies.get(search).add(System.nanoTime() - t0);
                    }
                }
            }
            report(database, built, loadBefore, latencies, firstPages);
        }
    }

    private void report(HistoryDatabase database, Built built, String loadBefore, Map<Search, Latencies> latencies,
                        Map<Search, String> firstPages) {
        System.out.printf("%nHistory search benchmark on %s: %,d chats (%d still open), %,d messages, %,d search tokens, %,d MB on disk%s;%n"
                        + "GET /api/v1/history?limit=%d over loopback, %d warm-up rounds, then %d rounds, each search once a round;%n"
                        + "backend -Xmx1g in a process of its own, %d cores shared with this client; load average before: %s, after: %s%n%n",
                database.describe(), built.chats(), HistorySeeder.OPEN_CHATS, built.messages(), built.tokens(), built.bytes() / (1024 * 1024),
                built.reused() ? " (built by an earlier run)" : String.format(" (written in %.0f s, indexed in %.0f s)", built.seedSeconds(),
                        built.indexSeconds()),
                PAGE, WARM_UP_ROUNDS, runs, Runtime.getRuntime().availableProcessors(), loadBefore, ProcessStats.loadAverage());
        System.out.printf("| %-48s | %-5s | %8s | %8s | %8s | %-13s |%n|%s|%s|%s|%s|%s|%s|%n", "search", "as", "p50 ms", "p99 ms", "max ms",
                "first page", "-".repeat(50), "-".repeat(7), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(15));
        latencies.forEach((search, times) -> System.out.printf("| %-48s | %-5s | %8.2f | %8.2f | %8.2f | %-13s |%n", search.name(),
                search.caller(), times.percentileMillis(50), times.percentileMillis(99), times.percentileMillis(100), firstPages.get(search)));
        System.out.println("\nGoal: the first page in 100 ms or less. \"first page\": chats on it (at most " + PAGE + "), \"more\" when a next page exists.");
    }

    private static String path(Search search) {
        return "/api/v1/history?limit=" + PAGE + (search.parameters().isEmpty() ? "" : "&" + search.parameters());
    }

    private static String text(String text) {
        return "text=" + encode(text);
    }

    /** {@code &from=...&to=...}: the days between {@code fromDaysAgo} and {@code toDaysAgo}. */
    private static String range(Instant today, int fromDaysAgo, int toDaysAgo) {
        return "&from=" + today.minus(Duration.ofDays(fromDaysAgo)) + "&to=" + today.minus(Duration.ofDays(toDaysAgo));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Where the seeded database lives: an H2 data folder, or a database of its own on a PostgreSQL server. */
    private record HistoryDatabase(Path dataDir, Optional<String> jdbcUrl, String name, boolean kept, Optional<String> serverUrl) {

        static HistoryDatabase h2() throws Exception {
            String kept = System.getProperty("bench.data");
            Path dir = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("switchboard-history-bench");
            return new HistoryDatabase(dir, Optional.empty(), dir.toString(), kept != null, Optional.empty());
        }

        static HistoryDatabase postgres(String serverUrl) throws Exception {
            String kept = System.getProperty("bench.database");
            String name = kept != null ? kept : "switchboard_history_bench";
            try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
                boolean exists;
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM pg_database WHERE datname = '" + name + "'")) {
                    rows.next();
                    exists = rows.getLong(1) > 0;
                }
                if (exists && kept == null) {
                    // left by a run that did not finish
                    statement.execute("DROP DATABASE " + name);
                }
                if (!exists || kept == null) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
            return new HistoryDatabase(Files.createTempDirectory("switchboard-history-bench"), Optional.of(withDatabase(serverUrl, name)), name,
                    kept != null, Optional.of(serverUrl));
        }

        /** {@code jdbc:postgresql://host:port/other?params} with {@code name} as the database. */
        static String withDatabase(String url, String name) {
            Matcher matcher = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$").matcher(url);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
            }
            return matcher.group(1) + "/" + name + (matcher.group(3) == null ? "" : matcher.group(3));
        }

        /**
         * The URL the backend in this process builds the database with. H2: its default write
         * delay (the store is written every 500 ms) instead of the backend's WRITE_DELAY=0, which
         * writes it at every commit: the indexer commits every 50 chats, and at each commit H2
         * wrote the token index's pages those chats touched anew, which made the file grow by a
         * gigabyte a minute (19 GB after 27 minutes, still indexing). The rows are the same; the
         * measured backend opens the database as it always does.
         */
        String urlForBuilding() {
            return jdbcUrl.orElseGet(() -> "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("switchboard") + ";DB_CLOSE_ON_EXIT=FALSE");
        }

        Connection connectForSeeding() throws SQLException {
            if (jdbcUrl.isEmpty()) {
                // the URL the backend in this process opened the embedded database with, so that this connection shares it
                return DriverManager.getConnection(urlForBuilding(), "sa", "");
            }
            // one round trip for many rows of a batch
            String url = jdbcUrl.get();
            return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        }

        /** What autovacuum (PostgreSQL) or H2's own analysis would have done on a running system by now. */
        void updateStatistics(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(jdbcUrl.isEmpty() ? "ANALYZE" : "VACUUM ANALYZE");
            }
        }

        /**
         * Closes the database after the backend in this process stopped. H2 rewrites its file
         * compactly first ({@code SHUTDOWN COMPACT}): building it left most of the file as chunks
         * no longer used, which a running backend would reuse over time.
         */
        void finishBuilding(Connection connection, boolean built) throws SQLException {
            if (jdbcUrl.isEmpty() && built) {
                System.out.println("compacting the H2 file ...");
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
            }
        }

        long bytes(Connection connection) throws SQLException {
            if (jdbcUrl.isPresent()) {
                return HistorySeeder.longValue(connection, "SELECT pg_database_size(current_database())");
            }
            try {
                return Files.size(dataDir.resolve("switchboard.mv.db"));
            } catch (java.io.IOException e) {
                return 0;
            }
        }

        String describe() {
            return jdbcUrl.isEmpty() ? "H2 (embedded, file)" : "PostgreSQL " + name;
        }

        void dropUnlessKept() throws Exception {
            if (kept) {
                System.out.println("kept the database: " + (jdbcUrl.isEmpty() ? "-Dbench.data=" + dataDir : "-Dbench.database=" + name));
            } else if (serverUrl.isPresent()) {
                try (Connection connection = DriverManager.getConnection(serverUrl.get()); Statement statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name);
                }
            }
            if (!kept || jdbcUrl.isPresent()) {
                try (var files = Files.walk(dataDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
        }

        @Override
        public String toString() {
            return jdbcUrl.isEmpty() ? dataDir.toString() : "PostgreSQL database " + name;
        }
    }
}
