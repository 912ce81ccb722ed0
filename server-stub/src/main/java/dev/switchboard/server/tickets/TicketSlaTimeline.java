package dev.switchboard.server.tickets;

import dev.switchboard.server.sla.SlaFacts;
import dev.switchboard.server.sla.SlaTicket;
import dev.switchboard.server.sla.SlaTicketEvent;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * A ticket as its SLA sees it ({@link SlaTicket}), read from the ticket's history and comments in the
 * caller's transaction: the facts that choose the policy as they are now, every status the ticket
 * moved into (whether that status pauses the clocks or ends the work, as the status says now), the
 * agents' public replies and the customer's messages. Internal notes do not answer anyone.
 */
final class TicketSlaTimeline {

    private TicketSlaTimeline() {
    }

    /** A status's effect on the clocks, by its key. */
    private record Effect(boolean pauses, boolean solves) {

        SlaTicketEvent at(Instant at) {
            return solves ? SlaTicketEvent.solved(at) : pauses ? SlaTicketEvent.paused(at) : SlaTicketEvent.working(at);
        }

        boolean counts() {
            return !pauses && !solves;
        }
    }

    private record StatusChange(String fromValue, String toValue, Instant at) {
    }

    private record CommentFact(String kind, Long authorId, Long requesterId, Instant createdAt) {
    }

    static SlaTicket of(Handle handle, Ticket ticket) {
        Map<String, Effect> effects = new HashMap<>();
        handle.createQuery("SELECT status_key, kind, pauses_sla FROM ticket_status").map((rs, ctx) -> {
            StatusKind kind = StatusKind.valueOf(rs.getString("kind"));
            boolean solves = kind == StatusKind.SOLVED || kind == StatusKind.CLOSED;
            return Map.entry(rs.getString("status_key"), new Effect(rs.getBoolean("pauses_sla") && !solves, solves));
        }).forEach(entry -> effects.put(entry.getKey(), entry.getValue()));
        List<StatusChange> statuses = handle.createQuery("SELECT from_value, to_value, at FROM ticket_history"
                        + " WHERE ticket_id = :id AND field = 'status' ORDER BY id")
                .bind("id", ticket.id()).map((rs, ctx) -> new StatusChange(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).list();
        List<SlaTicketEvent> timeline = new ArrayList<>();
        // the status it was made in: the first change's "from", or the one it still has
        String initial = statuses.isEmpty() ? ticket.status() : statuses.get(0).fromValue();
        Effect initialEffect = effects.getOrDefault(initial, new Effect(false, false));
        if (!initialEffect.counts()) {
            timeline.add(initialEffect.at(ticket.createdAt()));
        }
        // status changes before the comments of the same instant: a reopening before the message that caused it
        for (StatusChange change : statuses) {
            timeline.add(effects.getOrDefault(change.toValue(), new Effect(false, false)).at(change.at()));
        }
        handle.createQuery("SELECT kind, author_id, requester_id, created_at FROM ticket_comment WHERE ticket_id = :id ORDER BY id")
                .bind("id", ticket.id())
                .map((rs, ctx) -> new CommentFact(rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .forEach(comment -> {
                    if (comment.requesterId() != null) {
                        timeline.add(SlaTicketEvent.customerMessage(comment.createdAt()));
                    } else if (comment.authorId() != null && CommentKind.PUBLIC_REPLY.name().equals(comment.kind())) {
                        timeline.add(SlaTicketEvent.agentReply(comment.createdAt()));
                    }
                });
        SlaFacts facts = new SlaFacts(ticket.priority().name(), categoryPath(handle, ticket.categoryId()), null, ticket.groupId(),
                ticket.channel().name());
        return new SlaTicket(ticket.createdAt(), facts, timeline);
    }

    /** The category and its ancestors, from the root down: a policy naming a category covers its subcategories. */
    private static List<Long> categoryPath(Handle handle, Long categoryId) {
        if (categoryId == null) {
            return List.of();
        }
        Map<Long, Long> parents = new HashMap<>();
        for (TicketCategory category : TicketSetup.categories(handle)) {
            parents.put(category.id(), category.parentId());
        }
        LinkedList<Long> path = new LinkedList<>();
        // bounded by the number of categories, should a cycle ever be stored
        for (Long at = categoryId; at != null && path.size() <= parents.size(); at = parents.get(at)) {
            path.addFirst(at);
        }
        return List.copyOf(path);
    }
}
