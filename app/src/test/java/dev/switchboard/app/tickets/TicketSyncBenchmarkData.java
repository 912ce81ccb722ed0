package dev.switchboard.app.tickets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The backend's side of {@link TicketSyncBenchmark}: many tickets written straight into its tables
 * as the ticket feature leaves them — each with its change-log entry, as a backend whose tickets were
 * made one by one has — and the changes others make while the workstation is away. H2 only.
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
        try (Connection db = DriverManager.getConnection(url(backend), "sa", null)) {
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
     * What others did while the workstation was away: each ticket of {@code ids} (a contiguous run)
     * raised to priority HIGH, as its row and as its change-log entry — written while the backend is
     * stopped, the way {@link #seed} writes the tickets (the backend applying 10,000 pushes takes
     * minutes on this machine and is measured apart). Leaves the backend started; answers how many.
     */
    static int othersChange(BackendExtension backend, List<Long> ids) throws Exception {
        backend.stop();
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        Timestamp now = Timestamp.from(Instant.now());
        int changed = 0;
        try (Connection db = DriverManager.getConnection(url(backend), "sa", null)) {
            db.setAutoCommit(false);
            List<String[]> entries = new ArrayList<>();
            Map<String, String> latest = new HashMap<>();
            try (PreparedStatement created = db.prepareStatement("SELECT entity_id, data FROM change_log WHERE entity = 'ticket' ORDER BY seq")) {
                try (ResultSet rows = created.executeQuery()) {
                    while (rows.next()) {
                        long id = Long.parseLong(rows.getString(1));
                        if (id >= first && id <= last) {
                            latest.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
            }
            for (Map.Entry<String, String> row : latest.entrySet()) {
                ObjectNode ticket = (ObjectNode) JSON.readTree(row.getValue());
                ticket.put("priority", "HIGH").put("version", 2).put("updatedAt", now.toInstant().toString());
                entries.add(new String[] {row.getKey(), JSON.writeValueAsString(ticket)});
            }
            try (PreparedStatement raise = db.prepareStatement("UPDATE ticket SET priority = 'HIGH', version = 2, updated_at = ? WHERE id = ?");
                 PreparedStatement log = db.prepareStatement("INSERT INTO change_log (entity, entity_id, op, data, at) VALUES ('ticket', ?, 'UPSERT', ?, ?)")) {
                for (String[] entry : entries) {
                    raise.setTimestamp(1, now);
                    raise.setLong(2, Long.parseLong(entry[0]));
                    raise.addBatch();
                    log.setString(1, entry[0]);
                    log.setString(2, entry[1]);
                    log.setTimestamp(3, now);
                    log.addBatch();
                    if (++changed % BATCH == 0) {
                        raise.executeBatch();
                        log.executeBatch();
                    }
                }
                raise.executeBatch();
                log.executeBatch();
                db.commit();
            }
        }
        backend.start();
        return changed;
    }

    private static String url(BackendExtension backend) {
        return TestDatabases.jdbcUrl(backend.dataDir()).orElse("jdbc:h2:file:" + backend.dataDir().toAbsolutePath().resolve("switchboard"));
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
