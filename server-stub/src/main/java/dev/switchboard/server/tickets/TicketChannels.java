package dev.switchboard.server.tickets;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import java.util.Optional;

/**
 * Tickets as a channel that customers write through (e-mail) reaches them: tickets made and
 * replies added in the customer's name, with the system as the writer (no agent, sight of every
 * ticket), each in a change-log transaction the channel shares for its own rows — so a mail and
 * what it made commit together. The rules run on these changes as on an agent's (a new ticket, a
 * comment by the customer). Public replies going the other way are heard through {@link #replies()}.
 */
public final class TicketChannels {

    /** Work in one change-log transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Intake intake);
    }

    private final ChangeLog changeLog;
    private final TicketService tickets;
    private final TicketNumbers numbers;
    private final TicketChangeHook hook;
    private final TicketSlas slas;
    private final TicketAttachmentStore files;

    TicketChannels(ChangeLog changeLog, TicketService tickets, TicketNumbers numbers, TicketChangeHook hook, TicketSlas slas,
                   TicketAttachmentStore files) {
        this.files = files;
        this.changeLog = changeLog;
        this.tickets = tickets;
        this.numbers = numbers;
        this.hook = hook;
        this.slas = slas;
    }

    public TicketReplies replies() {
        return tickets.replies();
    }

    /** An empty set of files for one incoming message, to stage its attachments in before its transaction (ADR 0036's staging). */
    public ChannelFiles newFiles() {
        return new ChannelFiles(files);
    }

    /** An internal note by the channel ({@code author}, e.g. "E-mail") in a transaction already under way; no rules run on it. */
    public TicketComment note(ChangeLog.Tx tx, long ticketId, String body, String author) {
        return TicketComments.insert(tx, ticketId, CommentKind.INTERNAL_NOTE, body, null, author, null);
    }

    public <T> T write(Work<T> work) {
        // the day's number row is made outside the transaction (ADR 0028): a failed insert would abort it on PostgreSQL
        String day = numbers.prepareDay();
        return changeLog.write(tx -> work.run(new Intake(tx, day)));
    }

    /** What a channel may do inside its transaction. */
    public final class Intake {

        private final ChangeLog.Tx tx;
        private final String day;

        private Intake(ChangeLog.Tx tx, String day) {
            this.tx = tx;
            this.day = day;
        }

        public ChangeLog.Tx tx() {
            return tx;
        }

        /** The ticket numbered {@code number}, its row locked, or empty. */
        public Optional<Ticket> lockByNumber(String number) {
            return tx.handle().createQuery("SELECT id FROM ticket WHERE number = :number").bind("number", number).mapTo(Long.class).findOne()
                    .flatMap(this::lock);
        }

        public Optional<Ticket> lock(long id) {
            return TicketStore.lock(tx.handle(), id);
        }

        /** A closed ticket takes no more comments: a customer writing again gets a new ticket. */
        public boolean closed(Ticket ticket) {
            return TicketSetup.status(tx.handle(), ticket.status()).map(status -> status.kind() == StatusKind.CLOSED).orElse(false);
        }

        /** A new ticket as the system makes it, checked as any ticket; the rules run on it. */
        public Ticket create(NewTicket request) {
            return tickets.createBySystem(tx, request, day);
        }

        /** The same, with the staged files {@code attached} as the new ticket's files (no comment), rows named by {@code uploader}. */
        public Ticket create(NewTicket request, ChannelFiles attached, String uploader) {
            Ticket ticket = create(request);
            attached.insert(tx, ticket.id(), null, uploader);
            return ticket;
        }

        /**
         * A public reply in the requester's name on a ticket that is not closed, carrying the staged files {@code attached} (rows
         * named by {@code uploader}); the rules run on it as on a customer's comment.
         */
        public TicketComment customerReply(Ticket ticket, String body, ChannelFiles attached, String uploader) {
            TicketComment comment = TicketComments.insert(tx, ticket.id(), CommentKind.PUBLIC_REPLY, body, null, ticket.requester().id(),
                    ticket.requester().name(), null, commentId -> attached.insert(tx, ticket.id(), commentId, uploader));
            hook.changed(new TicketRuleSession(tx, tickets), TicketChangeEvent.commented(ticket, TicketChangeEvent.Commenter.CUSTOMER));
            if (slas.refresh(tx.handle(), TicketStore.find(tx.handle(), ticket.id()).orElseThrow(), tx.now())) {
                tx.record(Ticket.ENTITY, Long.toString(ticket.id()), ChangeOp.UPSERT, TicketStore.find(tx.handle(), ticket.id()).orElseThrow());
            }
            return comment;
        }

        /** An internal note written by the channel itself ({@code author}, e.g. "E-mail"); no rules run on it. */
        public TicketComment note(Ticket ticket, String body, String author) {
            return TicketChannels.this.note(tx, ticket.id(), body, author);
        }
    }
}
