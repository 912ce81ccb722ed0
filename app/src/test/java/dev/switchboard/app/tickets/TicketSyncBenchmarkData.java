package dev.switchboard.app.tickets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestDatabases;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The backend's side of {@link TicketSyncBenchmark}: many tickets written straight into its tables
 * as the ticket feature leaves them — each with its change-log entry, as a backend whose tickets were
 * made one by one has — and the changes others make while the workstation is away.
 */
final class TicketSyncBenchmarkData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1000;

    private TicketSyncBenchmarkData() {
    }

    /**
     * Makes {@code count} tickets in group 1: one through the API (the model: its SLA, its change-log
     * entry), the rest copied from it in the tables while the backend is stopped. Leaves it started;
     * answers the tickets' ids, oldest first.
     */
    static List<Long> seed(BackendExtension backend, int count) throws Exception {
        backend.start();
        ApiResponse model = backend.api().post("/api/v1/tickets", backend.token("admin"), Map.of("subject", "The model", "groupId", 1,
                "requester", Map.of("name", "Model", "email", "model@example.com")));
        if (model.status() != 201) {
            throw new AssertionError(model.body());
        }
        backend.stop();
        String url = TestDatabases.jdbcUrl(backend.dataDir()).orElse("jdbc:h2:file:" + backend.dataDir().toAbsolutePath().resolve("switchboard"));
        try (Connection db = DriverManager.getConnection(url, url.startsWith("jdbc:h2:") ? "sa" : null, null)) {
            db.setAutoCommit(false);
            insertTickets(db, count - 1);
            logTickets(db);
            List<Long> ids = new ArrayList<>();
            try (ResultSet all = db.createStatement().executeQuery("SELECT id FROM ticket ORDER BY id")) {
                while (all.next()) {
                    ids.add(all.getLong(1));
                }
            }
            backend.start();
            return ids;
        }
    }

    private static void insertTickets(Connection db, int tickets) throws SQLException {
        String sla;
        String slaState;
        Timestamp nextDue;
        Timestamp nextCheck;
        long settingsVersion;
        try (ResultSet model = db.createStatement().executeQuery("SELECT sla, sla_state, sla_next_due_at, sla_next_check_at, sla_settings_version"
                + " FROM ticket ORDER BY id")) {
            model.next();
            sla = model.getString(1);
            slaState = model.getString(2);
            nextDue = model.getTimestamp(3);
            nextCheck = model.getTimestamp(4);
            settingsVersion = model.getLong(5);
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement customer = db.prepareStatement("INSERT INTO customer (id, name, version, created_at) VALUES (?, ?, 1, ?)");
             PreparedStatement contact = db.prepareStatement("INSERT INTO customer_contact (customer_id, kind, contact_value, created_at)"
                     + " VALUES (?, 'EMAIL', ?, ?)");
             PreparedStatement ticket = db.prepareStatement("INSERT INTO ticket (number, subject, description, requester_id, priority, status,"
                     + " group_id, channel, version, created_at, updated_at, sla, sla_state, sla_next_due_at, sla_next_check_at, sla_settings_version)"
                     + " VALUES (?, ?, ?, ?, 'NORMAL', 'open', 1, 'EMAIL', 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= tickets; i++) {
                long customerId = 1_000_000L + i;
                customer.setLong(1, customerId);
                customer.setString(2, "客户 " + i);
                customer.setTimestamp(3, now);
                customer.addBatch();
                contact.setLong(1, customerId);
                contact.setString(2, email(i));
                contact.setTimestamp(3, now);
                contact.addBatch();
                ticket.setString(1, String.format("T-20261207-%06d", i));
                ticket.setString(2, subject(i));
                ticket.setString(3, description());
                ticket.setLong(4, customerId);
                ticket.setTimestamp(5, now);
                ticket.setTimestamp(6, now);
                ticket.setString(7, sla);
                ticket.setString(8, slaState);
                ticket.setTimestamp(9, nextDue);
                ticket.setTimestamp(10, nextCheck);
                ticket.setLong(11, settingsVersion);
                ticket.addBatch();
                if (i % BATCH == 0 || i == tickets) {
                    customer.executeBatch();
                    contact.executeBatch();
                    ticket.executeBatch();
                    db.commit();
                }
            }
        }
    }

    /** Each copied ticket's change-log entry: the model's entry with the copy's id, number, subject and requester. */
    private static void logTickets(Connection db) throws Exception {
        ObjectNode template;
        long modelId;
        try (ResultSet model = db.createStatement().executeQuery("SELECT entity_id, data FROM change_log WHERE entity = 'ticket' ORDER BY seq DESC LIMIT 1")) {
            model.next();
            modelId = Long.parseLong(model.getString(1));
            template = (ObjectNode) JSON.readTree(model.getString(2));
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (ResultSet copies = db.createStatement().executeQuery("SELECT id, number, requester_id FROM ticket WHERE id <> " + modelId + " ORDER BY id");
             PreparedStatement log = db.prepareStatement("INSERT INTO change_log (entity, entity_id, op, data, at) VALUES ('ticket', ?, 'UPSERT', ?, ?)")) {
            int i = 0;
            while (copies.next()) {
                i++;
                long id = copies.getLong(1);
                ObjectNode copy = template.deepCopy();
                copy.put("id", id).put("number", copies.getString(2)).put("subject", subject(i)).put("description", description());
                if (copy.get("requester") instanceof ObjectNode requester) {
                    requester.put("id", copies.getLong(3)).put("name", "客户 " + i).put("email", email(i));
                }
                log.setString(1, Long.toString(id));
                log.setString(2, JSON.writeValueAsString(copy));
                log.setTimestamp(3, now);
                log.addBatch();
                if (i % BATCH == 0) {
                    log.executeBatch();
                    db.commit();
                }
            }
            log.executeBatch();
            db.commit();
        }
    }

    /**
     * Another agent ({@code login}) raises the priority of each ticket of {@code ids} through their own
     * sync client, in pushes of the most a push may carry; answers how many the backend applied.
     */
    static int othersChange(ApiClient api, String token, List<Long> ids) {
        String clientId = UUID.randomUUID().toString();
        int applied = 0;
        long mutationId = 0;
        for (int from = 0; from < ids.size(); from += TicketSyncRequest.MAX_MUTATIONS) {
            List<TicketMutation> batch = new ArrayList<>();
            for (Long id : ids.subList(from, Math.min(ids.size(), from + TicketSyncRequest.MAX_MUTATIONS))) {
                TicketPatch raise = new TicketPatch(1L, null, null, null, TicketPriority.HIGH, null, null, null, null, null, null, null);
                batch.add(new TicketMutation(++mutationId, TicketMutationKind.PATCH, id, null, null, raise, null, Instant.now()));
            }
            ApiResponse answer = api.post("/api/v1/sync/tickets", token, new TicketSyncRequest(clientId, batch));
            if (answer.status() != 200) {
                throw new AssertionError(answer.body());
            }
            applied += (int) answer.as(TicketSyncResponse.class).results().stream()
                    .filter(result -> result.outcome() == TicketMutationOutcome.APPLIED).count();
        }
        return applied;
    }

    private static String subject(int i) {
        return "打印机卡纸 printer jams, case " + i;
    }

    private static String description() {
        return "The customer writes that the printer jams on every second page since the update. 客户反映更新后每打印两页就卡纸。";
    }

    private static String email(int i) {
        return "customer" + i + "@example.com";
    }
}
