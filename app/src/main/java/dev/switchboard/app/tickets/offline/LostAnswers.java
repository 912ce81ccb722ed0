package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPatches;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry the backend answers DUPLICATE: it consumed the entry before, but that answer was lost (the
 * workstation died, the network or the backend went down mid-push), and a duplicate answer does not
 * say whether the entry was applied, merged or refused — the backend keeps only the last mutation id.
 * What the agent did must not vanish unseen (ADR 0042): what the answer's ticket does not show of the
 * entry becomes a sync problem — fields not as the agent set them a CONFLICT (the backend's value
 * kept, the agent's offered again), a ticket, reply or note that does not exist a refusal.
 * A field someone changed after the entry was applied shows as a conflict too: one question too
 * many rather than a change lost without a word.
 */
final class LostAnswers {

    private LostAnswers() {
    }

    /** The problem to keep for a DUPLICATE answer, if what the entry did is not all there. */
    static Optional<SyncProblem> judge(OutboxEntry entry, TicketMutation mutation, TicketMutationResult result, Instant now) {
        Ticket ticket = result.ticket();
        Long ticketId = ticket != null ? Long.valueOf(ticket.id()) : entry.ticketId();
        return switch (entry.kind()) {
            case CREATE -> ticket == null ? Optional.of(notThere(entry, mutation, ticketId, now)) : Optional.empty();
            case COMMENT -> result.comment() == null ? Optional.of(notThere(entry, mutation, ticketId, now)) : Optional.empty();
            case PATCH -> {
                if (ticket == null) {
                    yield Optional.of(notThere(entry, mutation, ticketId, now));
                }
                List<String> notAsSet = notAsSet(ticket, mutation.patch());
                // marked as judged here: the backend may have refused the entry rather than merged it
                yield notAsSet.isEmpty() ? Optional.empty() : Optional.of(new SyncProblem(entry.mutationId(), TicketMutationOutcome.CONFLICT,
                        ticketId, mutation, notAsSet, ticket, answerLost(), now));
            }
        };
    }

    /** The fields {@code patch} names whose value {@code ticket} does not have. */
    static List<String> notAsSet(Ticket ticket, TicketPatch patch) {
        Ticket wanted = TicketPatches.apply(ticket, patch);
        return patch.named().stream().filter(field -> !Objects.equals(value(ticket, field), value(wanted, field))).toList();
    }

    private static Object value(Ticket ticket, String field) {
        if (field.startsWith(TicketPatch.CUSTOM_FIELD_PREFIX)) {
            return ticket.customFields().get(field.substring(TicketPatch.CUSTOM_FIELD_PREFIX.length()));
        }
        return switch (field) {
            case "subject" -> ticket.subject();
            case "description" -> ticket.description();
            case "categoryId" -> ticket.categoryId();
            case "priority" -> ticket.priority();
            case "status" -> ticket.status();
            case "assigneeId" -> ticket.assigneeId();
            case "groupId" -> ticket.groupId();
            case "tags" -> ticket.tags().stream().sorted().toList();
            case "parentId" -> ticket.parentId();
            case "relatedIds" -> ticket.relatedIds().stream().sorted().toList();
            case "pendingUntil" -> ticket.pendingUntil();
            default -> throw new IllegalArgumentException("No ticket field " + field);
        };
    }

    private static SyncProblem notThere(OutboxEntry entry, TicketMutation mutation, Long ticketId, Instant now) {
        return new SyncProblem(entry.mutationId(), TicketMutationOutcome.REJECTED, ticketId, mutation, List.of(), null,
                answerLost(), now);
    }

    private static Problem answerLost() {
        return new Problem(SyncProblem.NOT_THERE_AFTER_A_LOST_ANSWER, "Not there after a lost answer", 409, null, List.of());
    }
}
