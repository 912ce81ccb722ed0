package dev.switchboard.server.ticketsync;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.tickets.TicketSyncPort;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Applies one outbox entry of a sync client inside its change-log transaction: the client's last id
 * is read with its row locked; an entry at or below it is a DUPLICATE (applied before, its answer
 * lost); any other goes through the ticket's live paths, and a refusal of those (a 4xx problem) is
 * undone to a savepoint and answered REJECTED. Either way the last id moves to the entry in the same
 * transaction. Anything else (a fault of the backend) leaves the transaction to roll back whole.
 * A change merges per field, not counting the versions this client's own earlier changes made
 * ({@code ticket_sync_version}), so an agent may change one field twice offline (ADR 0034).
 */
final class OutboxEntries {

    /** The ticket's client id column holds at most this much. */
    static final int MAX_LOCAL_KEY = 64;

    private final TicketSyncPort tickets;

    OutboxEntries(TicketSyncPort tickets) {
        this.tickets = tickets;
    }

    /** @param day today's ticket-number counter, made ready before the transaction (for a create) */
    TicketMutationResult apply(ChangeLog.Tx tx, Principal caller, String clientId, TicketMutation entry, String day) {
        Handle handle = tx.handle();
        if (entry.mutationId() <= SyncClients.lockLast(handle, caller.agentId(), clientId)) {
            return duplicate(handle, caller, entry);
        }
        TicketMutationResult result;
        try {
            result = tx.undoable(part -> perform(part, caller, clientId, entry, day));
        } catch (ApiException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            Ticket current = ticketId(handle, caller, entry).flatMap(id -> tickets.visible(handle, caller, id)).orElse(null);
            result = new TicketMutationResult(entry.mutationId(), TicketMutationOutcome.REJECTED, entry.localKey(), current, null, List.of(),
                    refused.problem());
        }
        SyncClients.advance(handle, caller.agentId(), clientId, entry.mutationId(), tx.now());
        return result;
    }

    private TicketMutationResult perform(ChangeLog.Tx tx, Principal caller, String clientId, TicketMutation entry, String day) {
        requireWellFormed(entry);
        Handle handle = tx.handle();
        return switch (entry.kind()) {
            case CREATE -> {
                Optional<Long> made = tickets.createdWith(handle, caller, entry.localKey());
                if (made.isPresent()) {
                    // created before through another way in (a live create with the same client id)
                    yield result(entry, TicketMutationOutcome.DUPLICATE, tickets.visible(handle, caller, made.get()).orElse(null), null, List.of());
                }
                Ticket created = tickets.create(tx, caller, withClientId(entry.create(), entry.localKey()), day);
                yield result(entry, TicketMutationOutcome.APPLIED, created, null, List.of());
            }
            case PATCH -> {
                long ticketId = requireTicket(handle, caller, entry);
                // judged by when the agent made it: a reminder that passed while it waited offline is reached at once (ADR 0045)
                List<FieldError> reminder = TicketRules.checkReminder(entry.patch(), entry.madeAt());
                if (!reminder.isEmpty()) {
                    throw ApiException.invalid("the change is not valid", reminder);
                }
                long base = entry.patch().version() == null ? 0 : entry.patch().version();
                TicketSyncPort.Patched patched = tickets.patch(tx, caller, ticketId, entry.patch(),
                        SyncClients.ownVersions(handle, ticketId, base, caller.agentId(), clientId));
                if (patched.version() != null) {
                    SyncClients.madeVersion(handle, ticketId, patched.version(), caller.agentId(), clientId);
                }
                yield result(entry, patched.keptTheirs().isEmpty() ? TicketMutationOutcome.APPLIED : TicketMutationOutcome.CONFLICT,
                        patched.ticket(), null, patched.keptTheirs());
            }
            case COMMENT -> {
                long ticketId = requireTicket(handle, caller, entry);
                TicketComment comment = tickets.comment(tx, caller, ticketId, entry.comment());
                yield result(entry, TicketMutationOutcome.APPLIED, tickets.visible(handle, caller, ticketId).orElse(null), comment, List.of());
            }
        };
    }

    /** An entry applied before: the ticket (and comment) as they are now, when the caller may see them. */
    private TicketMutationResult duplicate(Handle handle, Principal caller, TicketMutation entry) {
        Optional<Long> ticketId = ticketId(handle, caller, entry);
        Ticket ticket = ticketId.flatMap(id -> tickets.visible(handle, caller, id)).orElse(null);
        TicketComment comment = null;
        if (ticket != null && entry.kind() == TicketMutationKind.COMMENT && entry.comment() != null && entry.comment().clientId() != null) {
            comment = tickets.comment(handle, ticket.id(), entry.comment().clientId()).orElse(null);
        }
        return result(entry, TicketMutationOutcome.DUPLICATE, ticket, comment, List.of());
    }

    /** The ticket the entry names: its id, or the ticket the caller created with its local key. */
    private Optional<Long> ticketId(Handle handle, Principal caller, TicketMutation entry) {
        if (entry.ticketId() != null && entry.kind() != TicketMutationKind.CREATE) {
            return Optional.of(entry.ticketId());
        }
        return entry.localKey() == null ? Optional.empty() : tickets.createdWith(handle, caller, entry.localKey());
    }

    private long requireTicket(Handle handle, Principal caller, TicketMutation entry) {
        return ticketId(handle, caller, entry).orElseThrow(() -> ApiException.notFound("the ticket of local key " + entry.localKey()));
    }

    /** The body its kind names and nothing else, and a ticket to act on; a refusal of this entry only. */
    private static void requireWellFormed(TicketMutation entry) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.kind() == null) {
            errors.add(new FieldError("kind", "one of " + List.of(TicketMutationKind.values())));
        } else {
            bodyOnlyOf(entry, errors);
            if (entry.kind() == TicketMutationKind.CREATE) {
                if (entry.localKey() == null || entry.localKey().isBlank() || entry.localKey().length() > MAX_LOCAL_KEY) {
                    errors.add(new FieldError("localKey", "the new ticket's key, 1 to " + MAX_LOCAL_KEY + " characters"));
                }
                if (entry.create() != null && entry.create().clientId() != null && !entry.create().clientId().equals(entry.localKey())) {
                    errors.add(new FieldError("create.clientId", "absent or the local key"));
                }
                if (entry.ticketId() != null) {
                    errors.add(new FieldError("ticketId", "absent: the backend numbers the ticket"));
                }
            } else if (entry.ticketId() == null && (entry.localKey() == null || entry.localKey().isBlank())) {
                errors.add(new FieldError("ticketId", "the ticket's id, or the local key it was created with"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("outbox entry " + entry.mutationId() + " is not well-formed", errors);
        }
    }

    private static void bodyOnlyOf(TicketMutation entry, List<FieldError> errors) {
        body(entry, TicketMutationKind.CREATE, "create", entry.create(), errors);
        body(entry, TicketMutationKind.PATCH, "patch", entry.patch(), errors);
        body(entry, TicketMutationKind.COMMENT, "comment", entry.comment(), errors);
    }

    private static void body(TicketMutation entry, TicketMutationKind kind, String name, Object body, List<FieldError> errors) {
        if (entry.kind() == kind && body == null) {
            errors.add(new FieldError(name, "required for a " + kind));
        } else if (entry.kind() != kind && body != null) {
            errors.add(new FieldError(name, "only with kind " + kind));
        }
    }

    private static NewTicket withClientId(NewTicket ticket, String clientId) {
        return new NewTicket(ticket.subject(), ticket.description(), ticket.requesterId(), ticket.requester(), ticket.categoryId(),
                ticket.priority(), ticket.status(), ticket.assigneeId(), ticket.groupId(), ticket.channel(), ticket.tags(),
                ticket.conversationId(), ticket.parentId(), ticket.relatedIds(), ticket.customFields(), clientId);
    }

    private static TicketMutationResult result(TicketMutation entry, TicketMutationOutcome outcome, Ticket ticket, TicketComment comment,
                                               List<String> conflicts) {
        return new TicketMutationResult(entry.mutationId(), outcome, entry.localKey(), ticket, comment, conflicts, null);
    }
}
