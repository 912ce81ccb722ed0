package dev.switchboard.server.tickets;

import dev.switchboard.server.sync.ChangeLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Jdbi;

/**
 * Tickets as timed rules (schedules) reach them: the open tickets to look at, what a condition
 * asks of one, and a change-log transaction on one with its row locked, for the rule's session.
 */
public final class TicketAutomation {

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final TicketService tickets;

    TicketAutomation(Jdbi jdbi, ChangeLog changeLog, TicketService tickets) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.tickets = tickets;
    }

    /**
     * Ids of tickets that are not closed (closed tickets change no more), above {@code afterId},
     * ascending, at most {@code limit}; only those in {@code statuses} unless it is empty.
     */
    public List<Long> openTicketIds(Collection<String> statuses, long afterId, int limit) {
        return jdbi.withHandle(handle -> {
            StringBuilder sql = new StringBuilder("SELECT t.id FROM ticket t JOIN ticket_status s ON s.status_key = t.status"
                    + " WHERE s.kind <> 'CLOSED' AND t.id > :after");
            if (!statuses.isEmpty()) {
                sql.append(" AND t.status IN (<statuses>)");
            }
            var query = handle.createQuery(sql.append(" ORDER BY t.id").toString()).bind("after", afterId);
            if (!statuses.isEmpty()) {
                query.bindList("statuses", new ArrayList<>(statuses));
            }
            return query.setMaxRows(limit).mapTo(Long.class).list();
        });
    }

    /** The ticket's facts as committed now, or empty when it is gone. */
    public Optional<TicketFacts> facts(long id) {
        return jdbi.inTransaction(handle -> TicketRuleSession.facts(handle, id));
    }

    /** Runs {@code work} in a change-log transaction of its own with the ticket's row locked; empty when the ticket is gone. */
    public <T> Optional<T> withTicket(long id, BiFunction<TicketRuleSession, TicketFacts, T> work) {
        return changeLog.write(tx -> TicketStore.lock(tx.handle(), id).isEmpty() ? Optional.<T>empty()
                : Optional.ofNullable(work.apply(new TicketRuleSession(tx, tickets), TicketRuleSession.facts(tx.handle(), id).orElseThrow())));
    }
}
