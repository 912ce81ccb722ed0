package dev.switchboard.server.tickets;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * What a rule may do to tickets inside one change-log transaction, the ticket's row locked: read
 * its facts, change fields and add notes as the system, each history row naming the rule. A change
 * is checked as a person's would be (status moves, references, custom fields), only without the
 * person's sight: a refused change throws {@link dev.switchboard.server.infra.ApiException} before
 * it writes anything, so the caller may skip it and go on.
 */
public final class TicketRuleSession {

    private final ChangeLog.Tx tx;
    private final TicketService tickets;

    TicketRuleSession(ChangeLog.Tx tx, TicketService tickets) {
        this.tx = tx;
        this.tickets = tickets;
    }

    /** The transaction, for a rule's own rows and change-log entries. */
    public ChangeLog.Tx tx() {
        return tx;
    }

    public Instant now() {
        return tx.now();
    }

    public TicketFacts facts(long ticketId) {
        return facts(tx.handle(), ticketId).orElseThrow();
    }

    /** The ticket's facts in {@code handle}'s transaction, or empty when there is no such ticket. */
    static Optional<TicketFacts> facts(Handle handle, long ticketId) {
        Optional<Ticket> found = TicketStore.find(handle, ticketId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Ticket ticket = found.get();
        StatusKind kind = TicketSetup.status(handle, ticket.status()).map(TicketStatus::kind).orElse(StatusKind.OPEN);
        Instant since = handle.createQuery("SELECT at FROM ticket_history WHERE ticket_id = :id AND field = 'status' ORDER BY id DESC")
                .bind("id", ticketId).setMaxRows(1).mapTo(Instant.class).findFirst().orElse(null);
        List<Long> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long category = ticket.categoryId();
        while (category != null && seen.add(category)) {
            path.add(category);
            category = TicketSetup.category(handle, category).map(TicketCategory::parentId).orElse(null);
        }
        return Optional.of(new TicketFacts(ticket, kind, since == null ? ticket.createdAt() : since, path));
    }

    /**
     * Applies {@code patch} (its version is ignored: a rule acts on the ticket as it is now) in the
     * name of {@code rule}; the fields it really changed, empty when it changed none.
     */
    public Set<String> change(long ticketId, TicketPatch patch, String rule) {
        return tickets.changeByRule(tx, ticketId, patch, rule);
    }

    /** Adds a public reply written by {@code rule}: an automatic one, which the e-mail channel may send or hold back. */
    public void reply(long ticketId, String body, String rule) {
        TicketComment reply = TicketComments.insert(tx, ticketId, dev.switchboard.shared.tickets.CommentKind.PUBLIC_REPLY, body, null, rule, null);
        tickets.replies().replied(tx, TicketStore.find(tx.handle(), ticketId).orElseThrow(), reply, true);
    }

    /** Adds an internal note written by {@code rule}. */
    public void note(long ticketId, String body, String rule) {
        TicketComments.insert(tx, ticketId, dev.switchboard.shared.tickets.CommentKind.INTERNAL_NOTE, body, null, rule, null);
    }
}
