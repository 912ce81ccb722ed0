package dev.switchboard.app.tickets.offline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import java.sql.Timestamp;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The SQL of the conflicts and rejections the agent has not decided on ({@code ticket_sync_problem}). */
final class SyncProblemRows {

    private static final ObjectMapper LISTS = new ObjectMapper();

    private SyncProblemRows() {
    }

    static void keep(Handle handle, String account, SyncProblem problem) {
        handle.createUpdate("MERGE INTO ticket_sync_problem (mutation_id, account, outcome, ticket_id, mutation, conflicts, theirs, problem,"
                        + " reported_at) KEY (mutation_id) VALUES (:id, :account, :outcome, :ticketId, :mutation, :conflicts, :theirs, :problem, :at)")
                .bind("id", problem.mutationId()).bind("account", account).bind("outcome", problem.outcome().name())
                .bind("ticketId", problem.ticketId()).bind("mutation", ProtocolJson.write(problem.mutation()))
                .bind("conflicts", ProtocolJson.write(problem.conflicts()))
                .bind("theirs", problem.theirs() == null ? null : ProtocolJson.write(problem.theirs()))
                .bind("problem", problem.problem() == null ? null : ProtocolJson.write(problem.problem()))
                .bind("at", Timestamp.from(problem.reportedAt())).execute();
    }

    static List<SyncProblem> all(Handle handle, String account) {
        return handle.createQuery("SELECT mutation_id, outcome, ticket_id, mutation, conflicts, theirs, problem, reported_at"
                        + " FROM ticket_sync_problem WHERE account = :account ORDER BY mutation_id")
                .bind("account", account)
                .map((rs, ctx) -> new SyncProblem(rs.getLong("mutation_id"), TicketMutationOutcome.valueOf(rs.getString("outcome")),
                        (Long) rs.getObject("ticket_id", Long.class), ProtocolJson.read(rs.getString("mutation"), TicketMutation.class),
                        names(rs.getString("conflicts")),
                        rs.getString("theirs") == null ? null : ProtocolJson.read(rs.getString("theirs"), Ticket.class),
                        rs.getString("problem") == null ? null : ProtocolJson.read(rs.getString("problem"), Problem.class),
                        rs.getTimestamp("reported_at").toInstant()))
                .list();
    }

    static boolean remove(Handle handle, String account, long mutationId) {
        return handle.createUpdate("DELETE FROM ticket_sync_problem WHERE account = :account AND mutation_id = :id")
                .bind("account", account).bind("id", mutationId).execute() > 0;
    }

    private static List<String> names(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return LISTS.readValue(json, new TypeReference<List<String>>() { });
        } catch (java.io.IOException unreadable) {
            throw new IllegalArgumentException("Unreadable conflict list " + json, unreadable);
        }
    }
}
