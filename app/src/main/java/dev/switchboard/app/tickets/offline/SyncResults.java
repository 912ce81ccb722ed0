package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The outbox's side of a push: the next batch to send, and each answer stored in one transaction
 * with the removal of its entry, so an entry leaves the outbox exactly when its result is kept
 * (a crash before that pushes it again; the backend knows it by its mutation id).
 */
final class SyncResults {

    private final OfflineTickets tickets;
    private final Clock clock;

    SyncResults(OfflineTickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * The next entries to push, oldest first, at most {@code max}. A change to a ticket made here is
     * made from the version its create made, so a batch ends before one whose create is in the same
     * batch (its answer gives that version).
     */
    CompletableFuture<TicketSyncRequest> nextBatch(int max) {
        return tickets.db().transaction(handle -> {
            String clientId = OfflineRows.clientId(handle, tickets.account());
            List<TicketMutation> batch = new ArrayList<>();
            Set<String> createsInBatch = new HashSet<>();
            for (OutboxEntry entry : OfflineRows.outbox(handle, tickets.account(), max)) {
                Long version = entry.baseVersion();
                if (entry.kind() == TicketMutationKind.PATCH && version == null) {
                    if (createsInBatch.contains(entry.localKey())) {
                        break;
                    }
                    version = OfflineRows.numbered(handle, entry.localKey()).map(OfflineRows.Numbered::createdVersion).orElse(null);
                }
                if (entry.kind() == TicketMutationKind.CREATE) {
                    createsInBatch.add(entry.localKey());
                }
                batch.add(entry.toMutation(version));
            }
            tickets.pushing(batch.isEmpty() ? 0 : batch.get(batch.size() - 1).mutationId());
            return new TicketSyncRequest(clientId, batch);
        });
    }

    /** The push did not answer: its entries stay and may be folded into again. */
    CompletableFuture<Void> pushFailed() {
        return tickets.db().transaction(handle -> {
            tickets.pushing(0);
            return null;
        });
    }

    /** Stores the answers to {@code sent}; entries without an answer stay. Answers how many entries left the outbox. */
    CompletableFuture<Integer> apply(TicketSyncRequest sent, TicketSyncResponse answer) {
        Map<Long, TicketMutation> byId = sent.mutations().stream().collect(Collectors.toMap(TicketMutation::mutationId, Function.identity()));
        long first = sent.mutations().stream().mapToLong(TicketMutation::mutationId).min().orElse(0);
        long last = sent.mutations().stream().mapToLong(TicketMutation::mutationId).max().orElse(-1);
        return tickets.db().transaction(handle -> {
            List<TicketCacheEvent> events = new ArrayList<>();
            int done = 0;
            // the batch's entries read once, not the whole outbox once per answer
            Map<Long, OutboxEntry> waiting = OfflineBulkRows.outboxBetween(handle, tickets.account(), first, last);
            for (TicketMutationResult result : answer.results()) {
                TicketMutation mutation = byId.get(result.mutationId());
                Optional<OutboxEntry> entry = mutation == null ? Optional.empty() : Optional.ofNullable(waiting.remove(result.mutationId()));
                if (entry.isEmpty()) {
                    continue; // not ours, or stored already
                }
                // removed before the ticket is shown again, so the entry is not on top of its own result
                OfflineRows.remove(handle, result.mutationId());
                applyOne(handle, entry.get(), mutation, result, events);
                done++;
            }
            tickets.pushing(0);
            return new Applied(done, events);
        }).thenApply(applied -> {
            tickets.announce(applied.events());
            return applied.done();
        });
    }

    private record Applied(int done, List<TicketCacheEvent> events) {
    }

    private void applyOne(Handle handle, OutboxEntry entry, TicketMutation mutation, TicketMutationResult result, List<TicketCacheEvent> events) {
        Ticket ticket = result.ticket();
        if (ticket != null) {
            OfflineRows.keepTicket(handle, ticket);
        }
        TicketMutationOutcome outcome = result.outcome();
        if (entry.kind() == TicketMutationKind.CREATE && ticket != null && outcome != TicketMutationOutcome.REJECTED) {
            OfflineRows.number(handle, entry.localKey(), entry.mutationId(), ticket);
            events.add(new TicketCacheEvent.Gone(-entry.mutationId()));
        }
        if (result.comment() != null) {
            OfflineRows.keepComment(handle, result.comment());
            events.add(new TicketCacheEvent.Commented(result.comment()));
        }
        if (outcome == TicketMutationOutcome.CONFLICT || outcome == TicketMutationOutcome.REJECTED) {
            Long ticketId = ticket != null ? Long.valueOf(ticket.id()) : entry.ticketId();
            SyncProblemRows.keep(handle, tickets.account(), new SyncProblem(entry.mutationId(), outcome, ticketId, mutation,
                    result.conflicts(), outcome == TicketMutationOutcome.CONFLICT ? ticket : null, result.problem(), clock.instant()));
            if (entry.kind() == TicketMutationKind.CREATE && outcome == TicketMutationOutcome.REJECTED) {
                events.add(new TicketCacheEvent.Gone(-entry.mutationId()));
            }
        }
        if (outcome == TicketMutationOutcome.DUPLICATE) {
            // the first answer was lost: what it would have reported must not vanish with it
            LostAnswers.judge(entry, mutation, result, clock.instant()).ifPresent(problem -> {
                SyncProblemRows.keep(handle, tickets.account(), problem);
                if (entry.kind() == TicketMutationKind.CREATE) {
                    events.add(new TicketCacheEvent.Gone(-entry.mutationId()));
                }
            });
        }
        // what the agent sees of the ticket now: the answer's copy (or the one kept) with the entries still waiting on top
        long shownId = ticket != null ? ticket.id() : entry.ticketId() != null ? entry.ticketId() : 0;
        if (shownId != 0) {
            tickets.shownOne(handle, shownId).ifPresent(now -> events.add(new TicketCacheEvent.Shown(now)));
        }
    }
}
