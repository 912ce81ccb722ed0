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
        return ofAll(handle, List.of(ticket)).get(ticket.id());
    }

    /**
     * The SLA view of several tickets, by ticket id, in a fixed number of statements: the statuses and
     * categories once, the status changes and comments of all of them with one {@code IN} list each
     * (the scheduler's batches, ADR 0040).
     */
    static Map<Long, SlaTicket> ofAll(Handle handle, List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return Map.of();
        }
        Map<String, Effect> effects = new HashMap<>();
        handle.createQuery("SELECT status_key, kind, pauses_sla FROM ticket_status").map((rs, ctx) -> {
            StatusKind kind = StatusKind.valueOf(rs.getString("kind"));
            boolean solves = kind == StatusKind.SOLVED || kind == StatusKind.CLOSED;
            return Map.entry(rs.getString("status_key"), new Effect(rs.getBoolean("pauses_sla") && !solves, solves));
        }).forEach(entry -> effects.put(entry.getKey(), entry.getValue()));
        List<Long> ids = tickets.stream().map(Ticket::id).toList();
        Map<Long, List<StatusChange>> statuses = new HashMap<>();
        handle.createQuery("SELECT ticket_id, from_value, to_value, at FROM ticket_history"
                        + " WHERE ticket_id IN (<ids>) AND field = 'status' ORDER BY ticket_id, id")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new StatusChange(rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())))
                .forEach(entry -> statuses.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        Map<Long, List<CommentFact>> comments = new HashMap<>();
        handle.createQuery("SELECT ticket_id, kind, author_id, requester_id, created_at FROM ticket_comment"
                        + " WHERE ticket_id IN (<ids>) ORDER BY ticket_id, id")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new CommentFact(rs.getString(2), rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class), rs.getObject(5, OffsetDateTime.class).toInstant())))
                .forEach(entry -> comments.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        Map<Long, Long> parents = tickets.stream().anyMatch(ticket -> ticket.categoryId() != null) ? categoryParents(handle) : Map.of();
        Map<Long, SlaTicket> slaTickets = new HashMap<>();
        for (Ticket ticket : tickets) {
            slaTickets.put(ticket.id(), of(ticket, effects, statuses.getOrDefault(ticket.id(), List.of()),
                    comments.getOrDefault(ticket.id(), List.of()), parents));
        }
        return slaTickets;
    }

    private static SlaTicket of(Ticket ticket, Map<String, Effect> effects, List<StatusChange> statuses, List<CommentFact> comments,
                                Map<Long, Long> parents) {
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
        for (CommentFact comment : comments) {
            if (comment.requesterId() != null) {
                timeline.add(SlaTicketEvent.customerMessage(comment.createdAt()));
            } else if (comment.authorId() != null && CommentKind.PUBLIC_REPLY.name().equals(comment.kind())) {
                timeline.add(SlaTicketEvent.agentReply(comment.createdAt()));
            }
        }
        SlaFacts facts = new SlaFacts(ticket.priority().name(), categoryPath(parents, ticket.categoryId()), null, ticket.groupId(),
                ticket.channel().name());
        return new SlaTicket(ticket.createdAt(), facts, timeline);
    }

    private static Map<Long, Long> categoryParents(Handle handle) {
        Map<Long, Long> parents = new HashMap<>();
        for (TicketCategory category : TicketSetup.categories(handle)) {
            parents.put(category.id(), category.parentId());
        }
        return parents;
    }

    /** The category and its ancestors, from the root down: a policy naming a category covers its subcategories. */
    private static List<Long> categoryPath(Map<Long, Long> parents, Long categoryId) {
        if (categoryId == null) {
            return List.of();
        }
        LinkedList<Long> path = new LinkedList<>();
        // bounded by the number of categories, should a cycle ever be stored
        for (Long at = categoryId; at != null && path.size() <= parents.size(); at = parents.get(at)) {
            path.addFirst(at);
        }
        return List.copyOf(path);
    }
}
