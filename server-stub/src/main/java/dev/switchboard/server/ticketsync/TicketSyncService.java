package dev.switchboard.server.ticketsync;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.tickets.TicketSyncPort;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workstation's ticket outbox pushed and its first fill (ADR 0034). Each entry is one change-log
 * transaction, in order: its effects and the client's new last mutation id commit together. A fault
 * of the backend (not a refusal of the entry) stops the push: the entries answered so far are
 * committed, the rest stay in the client's outbox and come again.
 */
final class TicketSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(TicketSyncService.class);
    /** Sync client ids are made by the workstation once per cache (a UUID is 36 characters). */
    static final int MAX_CLIENT_ID = 100;

    private final ChangeLog changeLog;
    private final SyncClients clients;
    private final OutboxEntries entries;
    private final TicketSyncPort tickets;

    TicketSyncService(ChangeLog changeLog, SyncClients clients, TicketSyncPort tickets) {
        this.changeLog = changeLog;
        this.clients = clients;
        this.entries = new OutboxEntries(tickets);
        this.tickets = tickets;
    }

    TicketSyncResponse push(Principal caller, TicketSyncRequest request) {
        caller.require(Role.AGENT);
        requireInOrder(request);
        String clientId = request.clientId();
        clients.register(caller.agentId(), clientId);
        List<TicketMutationResult> results = new ArrayList<>();
        for (TicketMutation entry : request.mutations()) {
            try {
                String day = entry.kind() == TicketMutationKind.CREATE ? tickets.prepareDay() : null;
                results.add(changeLog.write(tx -> entries.apply(tx, caller, clientId, entry, day)));
            } catch (RuntimeException fault) {
                if (results.isEmpty()) {
                    throw fault;
                }
                LOG.error("ticket sync of account {}, client {}: stopped before mutation {}; it and the rest stay in the outbox",
                        caller.agentId(), clientId, entry.mutationId(), fault);
                break;
            }
        }
        return new TicketSyncResponse(results, clients.last(caller.agentId(), clientId));
    }

    /** A page of the tickets the caller may see, with the change log's position read before them. */
    TicketSnapshotPage snapshot(Principal caller, long afterId, int limit) {
        caller.require(Role.AGENT);
        long seq = changeLog.latestSeq();
        List<Ticket> page = tickets.page(caller, afterId, limit + 1);
        boolean hasMore = page.size() > limit;
        List<Ticket> shown = hasMore ? page.subList(0, limit) : page;
        long next = shown.isEmpty() ? afterId : shown.get(shown.size() - 1).id();
        // counted once per fill, with its first page: a count on each page would cost a scan each
        Long total = afterId == 0 ? tickets.count(caller) : null;
        return new TicketSnapshotPage(shown, next, hasMore, seq, total);
    }

    /** One client, at most {@link TicketSyncRequest#MAX_MUTATIONS} entries, their ids consecutive. */
    private static void requireInOrder(TicketSyncRequest request) {
        if (request.mutations().size() > TicketSyncRequest.MAX_MUTATIONS) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "a push carries at most " + TicketSyncRequest.MAX_MUTATIONS
                    + " mutations (this one " + request.mutations().size() + "); push the outbox in several requests");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.clientId() == null || request.clientId().isBlank() || request.clientId().length() > MAX_CLIENT_ID) {
            errors.add(new FieldError("clientId", "the sync client's id, 1 to " + MAX_CLIENT_ID + " characters"));
        }
        long previous = 0;
        for (int i = 0; i < request.mutations().size(); i++) {
            long id = request.mutations().get(i).mutationId();
            if (id < 1) {
                errors.add(new FieldError("mutations[" + i + "].mutationId", "a positive number"));
            } else if (i > 0 && id != previous + 1) {
                errors.add(new FieldError("mutations[" + i + "].mutationId", "the next one after " + previous + " (" + (previous + 1)
                        + "): the outbox is pushed in order, without gaps"));
            }
            previous = id;
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the push is not in order or names no client; nothing was applied", errors);
        }
    }
}
