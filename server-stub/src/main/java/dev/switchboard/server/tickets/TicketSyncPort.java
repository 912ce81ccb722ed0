package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketConflict;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Tickets as the offline sync (package {@code ticketsync}, ADR 0034) reaches them: a workstation's
 * create, change and comment applied in a change-log transaction of the caller's — so that the sync
 * can remember the mutation as applied in the same commit — through exactly the paths of a live
 * edit (permissions, validation, status moves, triggers, SLA, history); and the tickets a caller may
 * see, a page at a time, for a workstation's first fill. A refusal throws {@link ApiException},
 * always before anything is written in the caller's transaction by the refused work's own checks.
 */
public final class TicketSyncPort {

    private final Jdbi jdbi;
    private final TicketAccess access;
    private final TicketService tickets;
    private final TicketComments comments;

    TicketSyncPort(Jdbi jdbi, TicketAccess access, TicketService tickets, TicketComments comments) {
        this.jdbi = jdbi;
        this.access = access;
        this.tickets = tickets;
        this.comments = comments;
    }

    /**
     * A change applied: the ticket as the rules left it, the fields that kept the ticket's value
     * (changed since the base version and by this change too), and the version the change itself
     * made (before any rule's), null when it changed nothing.
     */
    public record Patched(Ticket ticket, List<String> keptTheirs, Long version) {
    }

    /** Makes today's number counter ready; call it before the transaction of a {@link #create}. */
    public String prepareDay() {
        return tickets.prepareDay();
    }

    /** Creates the ticket, or answers the one made before with the same client id. */
    public Ticket create(ChangeLog.Tx tx, Principal caller, NewTicket ticket, String day) {
        return tickets.create(tx, caller, ticket, day);
    }

    /**
     * Changes the ticket from the patch's base version, merging per field: a field changed since then
     * keeps the ticket's value and is named in {@link Patched#keptTheirs()}; the others apply. Changes
     * made by {@code ownVersions} (the same outbox's earlier changes) are not counted as collisions.
     */
    public Patched patch(ChangeLog.Tx tx, Principal caller, long ticketId, TicketPatch patch, Set<Long> ownVersions) {
        TicketAccess.Scope scope = access.scope(caller);
        TicketService.require(TicketRules.check(patch), "the change is not valid");
        try {
            return tickets.patch(tx, scope, caller, ticketId, patch, true, ownVersions);
        } catch (TicketConflictException e) {
            // only a base version from the future comes here: nothing to merge with
            TicketConflict conflict = e.conflict();
            throw new ApiException(new Problem(conflict.type(), conflict.title(), conflict.status(), conflict.detail(), List.of()), Map.of());
        }
    }

    public TicketComment comment(ChangeLog.Tx tx, Principal caller, long ticketId, NewTicketComment comment) {
        TicketAccess.Scope scope = access.scope(caller);
        TicketService.require(TicketRules.check(comment), "the comment is not valid");
        return comments.add(tx, scope, caller, ticketId, comment);
    }

    /** The id of the ticket the caller created with client id {@code localKey}, whether or not they still see it. */
    public Optional<Long> createdWith(Handle handle, Principal caller, String localKey) {
        return handle.createQuery("SELECT id FROM ticket WHERE client_id = :key AND created_by = :agent")
                .bind("key", localKey).bind("agent", caller.agentId()).mapTo(Long.class).findOne();
    }

    /** The ticket if the caller may see it. */
    public Optional<Ticket> visible(Handle handle, Principal caller, long ticketId) {
        TicketAccess.Scope scope = access.scope(caller);
        return TicketStore.find(handle, ticketId).filter(scope::sees);
    }

    /** The comment made on the ticket with {@code clientId}, if any. */
    public Optional<TicketComment> comment(Handle handle, long ticketId, String clientId) {
        return TicketComments.made(handle, ticketId, clientId);
    }

    /** Up to {@code limit} of the tickets the caller may see with an id above {@code afterId}, by id. */
    public List<Ticket> page(Principal caller, long afterId, int limit) {
        TicketAccess.Scope scope = access.scope(caller);
        Map<String, Object> bindings = new HashMap<>();
        String condition = scope.sql(bindings);
        return jdbi.withHandle(handle -> TicketStore.idRange(handle, afterId, limit, condition, bindings));
    }

    /** How many tickets the caller may see. */
    public long count(Principal caller) {
        TicketAccess.Scope scope = access.scope(caller);
        Map<String, Object> bindings = new HashMap<>();
        String condition = scope.sql(bindings);
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("SELECT COUNT(*) FROM ticket t WHERE " + condition);
            bindings.forEach(query::bind);
            return query.mapTo(Long.class).one();
        });
    }
}
