package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.ServerProcess;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The backend in a JVM of its own on one data folder (and, for PostgreSQL, one database), so the test
 * can kill it with SIGKILL at any moment and start it again on the same port and data; and the
 * backend's own view of the tickets, read as an administrator, to compare the replicas with.
 */
final class KillableBackend implements AutoCloseable {

    static final String PASSWORD = "zero-loss-Pa55";

    private final Path data;
    private final String[] options;
    private ServerProcess process;
    private int port;
    private String adminPassword;
    private String admin;

    /** @param database the JDBC URL of a PostgreSQL database of its own, or empty for H2 in the data folder */
    KillableBackend(Path data, Optional<String> database) throws IOException {
        this.data = data;
        this.options = database.map(url -> new String[] {"--db", url}).orElse(new String[0]);
        process = ServerProcess.start(data, 0, options);
        port = process.awaitPort();
        adminPassword = process.awaitAdminPassword();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    ApiClient api() {
        return new ApiClient(baseUrl());
    }

    String admin() {
        if (admin == null) {
            admin = api().token("admin", adminPassword);
        }
        return admin;
    }

    /** A group and agents in it (who all see the group's tickets); answers the group's id. */
    long team(String... logins) {
        ApiResponse group = api().post("/api/v1/groups", admin(), new NewGroup("Zero loss", "the sync clients' group"));
        assertThat(group.status()).as(group.body()).isEqualTo(201);
        long groupId = group.json().path("id").asLong();
        for (String login : logins) {
            ApiResponse agent = api().post("/api/v1/agents", admin(), new NewAgent(login, login, PASSWORD, Role.AGENT, List.of(groupId), 5));
            assertThat(agent.status()).as(agent.body()).isEqualTo(201);
        }
        return groupId;
    }

    /** SIGKILL, in whatever the backend was doing. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** Starts again on the same data and port, and drops the test kit's connections to the killed one. */
    void restart() throws IOException {
        process = ServerProcess.start(data, port, options);
        process.awaitPort();
        ApiClient.forgetConnections();
    }

    List<Ticket> tickets() {
        List<Ticket> all = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = api().get("/api/v1/tickets?sort=number&limit=100&offset=" + offset, admin()).json();
            for (JsonNode row : page.path("tickets")) {
                all.add(ticket(row.path("id").asLong()));
            }
            if (offset + 100 >= page.path("total").asLong()) {
                return all;
            }
        }
    }

    Ticket ticket(long id) {
        return api().get("/api/v1/tickets/" + id, admin()).as(Ticket.class);
    }

    List<TicketComment> comments(long ticketId) {
        return Arrays.asList(api().get("/api/v1/tickets/" + ticketId + "/comments", admin()).as(TicketComment[].class));
    }

    List<TicketHistoryEntry> history(long ticketId) {
        return Arrays.asList(api().get("/api/v1/tickets/" + ticketId + "/history", admin()).as(TicketHistoryEntry[].class));
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
