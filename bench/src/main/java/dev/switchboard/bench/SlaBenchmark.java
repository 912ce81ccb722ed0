package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SLA evaluation of many open tickets per scheduler run (issue 13). The backend runs in this
 * process on a fresh database (H2 in a temporary folder, or a database of its own on the
 * PostgreSQL server whose JDBC URL is given); three SLA policies are made over REST (one counting
 * in a group's weekday hours), then the tickets, their requesters and their replies are written
 * with set-based SQL ({@code INSERT ... SELECT} over a number series), created over the last 30
 * days, marked as evaluated with today's settings and nothing due (so the backend's own timer leaves
 * them alone while they are written). Each measured run follows a change of a policy (its warning
 * threshold), which makes every open ticket due; the backend's own scheduler
 * ({@link SwitchboardServer#runSlaSchedulerNow}: a whole pass, slice after slice of about 5 s, as
 * each node's half-minute timer runs it, ADR 0040) is timed:
 * <ol>
 *   <li>the first run evaluates every open ticket and announces every warning and breach due (the
 *       catch-up after a migration or a long downtime: the announcements dominate);</li>
 *   <li>a run with nothing due (the steady state between events);</li>
 *   <li>runs after a policy change (its warning threshold): every open ticket is evaluated again
 *       and stored, only a few announce — ADR 0029's "recomputed when the policy changes", the run
 *       the benchmark asks for.</li>
 * </ol>
 */
final class SlaBenchmark {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String OPEN = "SELECT COUNT(*) FROM ticket t JOIN ticket_status s ON s.status_key = t.status WHERE s.kind <> 'CLOSED'";
    /** Due without a settings change: their next event has come. */
    private static final String DUE = OPEN + " AND t.sla_next_check_at <= CURRENT_TIMESTAMP";

    private final int tickets;
    private final int changeRuns;
    private final Optional<String> postgresUrl;

    SlaBenchmark(int tickets, int changeRuns, Optional<String> postgresUrl) {
        this.tickets = tickets;
        this.changeRuns = changeRuns;
        this.postgresUrl = postgresUrl;
    }

    private record Run(String what, long evaluated, int announced, double seconds) {
    }

    void run() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dataDir = Files.createTempDirectory("switchboard-sla-bench");
        String database = "switchboard_sla_bench";
        String url = postgresUrl.map(server -> createPostgres(server, database))
                .orElse("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("switchboard") + ";DB_CLOSE_ON_EXIT=FALSE");
        String loadBefore = ProcessStats.loadAverage();
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(dataDir).withJdbcUrl(url));
        List<Run> runs = new ArrayList<>();
        double seedSeconds;
        try (Connection connection = postgresUrl.isPresent() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, "sa", "")) {
            Http http = new Http(server.baseUrl());
            String admin = http.login("admin", "switchboard");
            long policyId = policies(http, admin);
            long t0 = System.nanoTime();
            seed(connection, postgresUrl.isPresent());
            seedSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("seeded %,d open tickets in %.1f s%n", tickets, seedSeconds);

            // every open ticket becomes due only now, right before the measured run, not while it was seeded: the
            // backend's own half-minute timer would take them first (it and an explicit run take turns on this node)
            for (int change = 0; change <= changeRuns; change++) {
                JsonNode policy = http.get("/api/v1/sla-policies/" + policyId, admin);
                Map<String, Object> changed = defaultPolicy();
                changed.put("warningPercent", 80 - change);
                changed.put("version", policy.path("version").asLong());
                http.put("/api/v1/sla-policies/" + policyId, admin, changed);
                runs.add(timed(server, connection, OPEN, change == 0 ? "first run: every ticket, announcing all that is due"
                        : "after a policy change (" + change + "): every ticket"));
                if (change == 0) {
                    runs.add(timed(server, connection, DUE, "next run: only tickets whose next event came"));
                }
            }
        } finally {
            server.close();
            postgresUrl.ifPresent(serverUrl -> dropPostgres(serverUrl, database));
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        report(runs, seedSeconds, loadBefore);
    }

    private Run timed(SwitchboardServer server, Connection connection, String dueQuery, String what) throws Exception {
        long due = HistorySeeder.longValue(connection, dueQuery);
        long t0 = System.nanoTime();
        int announced = server.runSlaSchedulerNow();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %,d tickets, %,d announced, %.1f s%n", what, due, announced, seconds);
        return new Run(what, due, announced, seconds);
    }

    /** Urgent tickets round the clock, high ones and the rest in their group's hours (after-sales: weekdays 9-18 in Shanghai). */
    private static long policies(Http http, String admin) throws Exception {
        http.put("/api/v1/groups/2/business-hours", admin, Json.mapper().readTree("""
                {"timeZone":"Asia/Shanghai","weekly":[
                  {"day":"MONDAY","opens":"09:00","closes":"12:00"},{"day":"MONDAY","opens":"13:00","closes":"18:00"},
                  {"day":"TUESDAY","opens":"09:00","closes":"18:00"},{"day":"WEDNESDAY","opens":"09:00","closes":"18:00"},
                  {"day":"THURSDAY","opens":"09:00","closes":"18:00"},{"day":"FRIDAY","opens":"09:00","closes":"18:00"}]}"""));
        http.post("/api/v1/sla-policies", admin, Map.of("name", "Urgent 24/7", "priorities", List.of("URGENT"), "calendar", "ALWAYS",
                "firstResponseMinutes", 60, "updateMinutes", 120, "updateMode", "BETWEEN_AGENT_UPDATES", "solutionMinutes", 480, "warningPercent", 80));
        http.post("/api/v1/sla-policies", admin, Map.of("name", "High", "priorities", List.of("HIGH"), "calendar", "TICKET_GROUP",
                "firstResponseMinutes", 240, "solutionMinutes", 1440, "warningPercent", 80));
        return http.post("/api/v1/sla-policies", admin, defaultPolicy()).path("id").asLong();
    }

    private static Map<String, Object> defaultPolicy() {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("name", "Default");
        policy.put("calendar", "TICKET_GROUP");
        policy.put("firstResponseMinutes", 480);
        policy.put("updateMinutes", 1440);
        policy.put("updateMode", "AFTER_CUSTOMER_MESSAGE");
        policy.put("solutionMinutes", 4320);
        policy.put("warningPercent", 80);
        return policy;
    }

    /**
     * Requesters, tickets (new, open or pending; all priorities; the three demo groups; created in the
     * last 30 days), an agent's reply on half of them 30 minutes in, a customer's message after it on a
     * quarter: set-based, a statement each.
     */
    private void seed(Connection connection, boolean postgres) throws SQLException {
        String numbers = postgres ? "generate_series(1, " + tickets + ") AS g(n)" : "(SELECT X AS n FROM SYSTEM_RANGE(1, " + tickets + ")) g";
        String now = "TIMESTAMP WITH TIME ZONE '" + NOW.toString().replace('T', ' ').replace("Z", "+00") + "'";
        String created = postgres ? now + " - MOD(n * 7919, 43200) * INTERVAL '1 minute'" : "DATEADD(MINUTE, -MOD(n * 7919, 43200), " + now + ")";
        String later = postgres ? "t.created_at + INTERVAL '30 minutes'" : "DATEADD(MINUTE, 30, t.created_at)";
        String muchLater = postgres ? "t.created_at + INTERVAL '90 minutes'" : "DATEADD(MINUTE, 90, t.created_at)";
        long agent = HistorySeeder.longValue(connection, "SELECT MIN(id) FROM agent WHERE role = 'AGENT'");
        try (Statement statement = connection.createStatement()) {
            long firstCustomer = HistorySeeder.longValue(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM customer");
            statement.executeUpdate("INSERT INTO customer (name, version, created_at) SELECT CONCAT('Customer ', n), 1, " + now + " FROM " + numbers
                    + " ORDER BY n");
            // evaluated with today's settings as far as the scheduler knows, next look far ahead: nothing is due until a policy changes
            long settings = HistorySeeder.longValue(connection,
                    "SELECT SUM(version) FROM cached_rows_version WHERE name IN ('sla_policy', 'business_hours')");
            statement.executeUpdate("INSERT INTO ticket (number, subject, requester_id, priority, status, group_id, channel, version, created_at,"
                    + " updated_at, sla_settings_version, sla_next_check_at) SELECT CONCAT('T-BENCH-', n), CONCAT('Bench ticket ', n), "
                    + (firstCustomer - 1) + " + n,"
                    + " CASE MOD(n, 10) WHEN 0 THEN 'URGENT' WHEN 1 THEN 'HIGH' WHEN 2 THEN 'HIGH' WHEN 3 THEN 'LOW' ELSE 'NORMAL' END,"
                    + " CASE MOD(n, 5) WHEN 0 THEN 'new' WHEN 1 THEN 'pending' ELSE 'open' END, MOD(n, 3) + 1, 'EMAIL', 1, "
                    + created + ", " + created + ", " + settings + ", TIMESTAMP WITH TIME ZONE '2999-01-01 00:00:00+00' FROM " + numbers + " ORDER BY n");
            statement.executeUpdate("INSERT INTO ticket_comment (ticket_id, kind, body, author_id, author_name, created_at)"
                    + " SELECT t.id, 'PUBLIC_REPLY', 'Looking into it', " + agent + ", 'Agent', " + later
                    + " FROM ticket t WHERE MOD(t.id, 2) = 0 ORDER BY t.id");
            statement.executeUpdate("INSERT INTO ticket_comment (ticket_id, kind, body, requester_id, author_name, created_at)"
                    + " SELECT t.id, 'PUBLIC_REPLY', 'Any news?', t.requester_id, 'Customer', " + muchLater
                    + " FROM ticket t WHERE MOD(t.id, 4) = 0 ORDER BY t.id");
            statement.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    private static String createPostgres(String serverUrl, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the benchmark's database on " + serverUrl, e);
        }
        return serverUrl.replaceFirst("^(jdbc:postgresql://[^/?]+)(/[^?]*)?", "$1/" + name);
    }

    private static void dropPostgres(String serverUrl, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            System.err.println("could not drop " + name + ": " + e.getMessage());
        }
    }

    private void report(List<Run> runs, double seedSeconds, String loadBefore) {
        System.out.println();
        System.out.printf("SLA scheduler benchmark: %,d open tickets, 3 policies (one in weekday hours with a lunch break), %s;%n", tickets,
                postgresUrl.isPresent() ? "PostgreSQL" : "H2 (embedded, file)");
        System.out.printf("backend in the benchmark's JVM, %d cores, load average before %s, after %s; seeded in %.1f s%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, ProcessStats.loadAverage(), seedSeconds);
        System.out.println();
        System.out.println("| run                                                  | tickets looked at | announced |   seconds | tickets/s |");
        System.out.println("|------------------------------------------------------|-------------------|-----------|-----------|-----------|");
        for (Run run : runs) {
            System.out.printf("| %-52s | %17s | %9s | %9.1f | %9s |%n", run.what(), String.format("%,d", run.evaluated()),
                    String.format("%,d", run.announced()), run.seconds(),
                    run.evaluated() == 0 ? "-" : String.format("%,.0f", run.evaluated() / run.seconds()));
        }
    }
}
