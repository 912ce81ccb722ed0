package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An in-memory stand-in for {@code POST /api/v1/sync/tickets} with the contract's rules, for the
 * outbox's unit tests only: each mutation applied once per client (a repeat answers DUPLICATE),
 * changes merged per field from their base version with same-field conflicts reported (the other
 * fields applied), a local key resolved through its create, and faults on request.
 */
final class FakeSyncBackend {

    final Map<Long, Ticket> tickets = new HashMap<>();
    final List<TicketComment> comments = new ArrayList<>();
    final List<TicketSyncRequest> requests = new CopyOnWriteArrayList<>();
    /** Per ticket, per field: the version that last changed it (the merge base's history). */
    private final Map<Long, Map<String, Long>> changedAt = new HashMap<>();
    private final Map<String, Long> byLocalKey = new HashMap<>();
    private final Map<String, Long> lastApplied = new HashMap<>();
    private final Map<Long, TicketMutationResult> answered = new HashMap<>();
    private long nextId = 100;
    private long nextComment = 1;
    /** Applies the next push, then fails as if its answer was lost. */
    volatile boolean loseNextAnswer;
    /** Fails every push before applying anything, as an unreachable backend. */
    volatile boolean down;
    volatile Predicate<TicketMutation> refuse = mutation -> false;

    synchronized TicketSyncResponse push(TicketSyncRequest request) {
        if (down) {
            throw new IllegalStateException("backend unreachable");
        }
        requests.add(request);
        List<TicketMutationResult> results = new ArrayList<>();
        for (TicketMutation mutation : request.mutations()) {
            if (mutation.mutationId() <= lastApplied.getOrDefault(request.clientId(), 0L)) {
                TicketMutationResult first = answered.get(mutation.mutationId());
                results.add(new TicketMutationResult(mutation.mutationId(), TicketMutationOutcome.DUPLICATE, mutation.localKey(),
                        first == null ? null : first.ticket(), first == null ? null : first.comment(), List.of(), null));
                continue;
            }
            TicketMutationResult result = apply(mutation);
            answered.put(mutation.mutationId(), result);
            lastApplied.put(request.clientId(), mutation.mutationId());
            results.add(result);
        }
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new IllegalStateException("answer lost");
        }
        return new TicketSyncResponse(results, lastApplied.getOrDefault(request.clientId(), 0L));
    }

    /** Someone else's change on the backend. */
    synchronized Ticket changeElsewhere(long id, TicketPatch patch) {
        Ticket now = tickets.get(id);
        return store(now, patch, List.copyOf(patch.named()));
    }

    synchronized Ticket add(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
        return ticket;
    }

    private TicketMutationResult apply(TicketMutation mutation) {
        if (refuse.test(mutation)) {
            return new TicketMutationResult(mutation.mutationId(), TicketMutationOutcome.REJECTED, mutation.localKey(), null, null, List.of(),
                    new Problem("about:blank", "Refused", 422, "refused by the test", List.of()));
        }
        Long id = mutation.ticketId() != null ? mutation.ticketId() : byLocalKey.get(mutation.localKey());
        switch (mutation.kind()) {
            case CREATE -> {
                NewTicket made = mutation.create();
                long newId = nextId++;
                Ticket ticket = TicketOverlay.provisional(newId, String.format("T-20261207-%04d", newId), made, 1, Role.AGENT, Instant.EPOCH);
                ticket = new Ticket(ticket.id(), ticket.number(), ticket.subject(), ticket.description(), ticket.requester(), ticket.categoryId(),
                        ticket.priority(), ticket.status(), ticket.assigneeId(), ticket.groupId(), ticket.channel(), ticket.tags(), null, null,
                        null, null, 1, 1L, Instant.EPOCH, Instant.EPOCH, null);
                tickets.put(newId, ticket);
                byLocalKey.put(made.clientId(), newId);
                return new TicketMutationResult(mutation.mutationId(), TicketMutationOutcome.APPLIED, mutation.localKey(), ticket, null, List.of(), null);
            }
            case PATCH -> {
                Ticket now = tickets.get(id);
                TicketPatch patch = mutation.patch();
                List<String> really = patch.named().stream().filter(field -> !Objects.equals(value(now, field), value(TicketOverlay.apply(now, patch,
                        Instant.EPOCH), field))).toList();
                Map<String, Long> history = changedAt.getOrDefault(id, Map.of());
                List<String> conflicts = really.stream().filter(field -> history.getOrDefault(field, 0L) > patch.version()).toList();
                List<String> applied = really.stream().filter(field -> !conflicts.contains(field)).toList();
                Ticket stored = applied.isEmpty() ? now : store(now, patch, applied);
                return new TicketMutationResult(mutation.mutationId(), conflicts.isEmpty() ? TicketMutationOutcome.APPLIED
                        : TicketMutationOutcome.CONFLICT, mutation.localKey(), stored, null, conflicts, null);
            }
            default -> {
                TicketComment comment = new TicketComment(nextComment++, id, mutation.comment().kind() == null ? CommentKind.INTERNAL_NOTE
                        : mutation.comment().kind(), mutation.comment().body(), 1L, "Alice", null, null, null, mutation.comment().clientId(),
                        Instant.EPOCH);
                comments.add(comment);
                return new TicketMutationResult(mutation.mutationId(), TicketMutationOutcome.APPLIED, mutation.localKey(), tickets.get(id),
                        comment, List.of(), null);
            }
        }
    }

    private Ticket store(Ticket now, TicketPatch patch, List<String> fields) {
        TicketPatch only = new TicketPatch(patch.version(), fields.contains("subject") ? patch.subject() : null,
                fields.contains("description") ? patch.description() : null, fields.contains("categoryId") ? patch.categoryId() : null,
                fields.contains("priority") ? patch.priority() : null, fields.contains("status") ? patch.status() : null,
                fields.contains("assigneeId") ? patch.assigneeId() : null, fields.contains("groupId") ? patch.groupId() : null,
                fields.contains("tags") ? patch.tags() : null, null, null, null);
        Ticket changed = TicketOverlay.apply(now, only, Instant.EPOCH);
        long version = now.version() + 1;
        Ticket stored = new Ticket(changed.id(), changed.number(), changed.subject(), changed.description(), changed.requester(),
                changed.categoryId(), changed.priority(), changed.status(), changed.assigneeId(), changed.groupId(), changed.channel(),
                changed.tags(), changed.conversationId(), changed.parentId(), changed.relatedIds(), changed.customFields(), version,
                changed.createdBy(), changed.createdAt(), changed.updatedAt(), changed.sla());
        tickets.put(stored.id(), stored);
        fields.forEach(field -> changedAt.computeIfAbsent(stored.id(), key -> new HashMap<>()).put(field, version));
        return stored;
    }

    private static Object value(Ticket ticket, String field) {
        return switch (field) {
            case "subject" -> ticket.subject();
            case "description" -> ticket.description();
            case "categoryId" -> ticket.categoryId();
            case "priority" -> ticket.priority();
            case "status" -> ticket.status();
            case "assigneeId" -> ticket.assigneeId();
            case "groupId" -> ticket.groupId();
            case "tags" -> ticket.tags();
            default -> null;
        };
    }
}
