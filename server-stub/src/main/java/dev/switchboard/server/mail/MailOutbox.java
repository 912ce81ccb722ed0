package dev.switchboard.server.mail;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.tickets.TicketChannels;
import dev.switchboard.server.tickets.TicketReplies;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the mail of a public reply in the reply's own transaction (the reply and its mail commit
 * together; {@link MailSender} sends after commit). An agent's reply is mailed on a ticket that came
 * by e-mail; a rule's automatic reply on any ticket whose requester has an address — unless the
 * customer's newest mail was automatic (a bounce, an out-of-office, bulk mail: answering robots
 * makes loops), or the ticket had its mailbox's cap of automatic mails within the hour (counted in
 * the database under the ticket's row lock, so every node counts the same; ADR 0008). A reply held
 * back gets an internal note saying why.
 */
final class MailOutbox implements TicketReplies.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int REFERENCES_MAX = 20;
    /**
     * The mails of ticket {@code :id}, with the one being taken in by this very transaction: MailIntake writes its row before
     * the ticket or comment it makes (whose rules may reply at once) and sets its ticket after. Only this transaction sees a
     * row without a ticket: other transactions' rows are uncommitted until they have one (read committed, H2 and PostgreSQL).
     */
    private static final String OF_THE_TICKET = "(ticket_id = :id OR ticket_id IS NULL)";

    private final TicketChannels channels;

    MailOutbox(TicketChannels channels) {
        this.channels = channels;
    }

    @Override
    public void replied(ChangeLog.Tx tx, Ticket ticket, TicketComment reply, boolean automatic) {
        Handle handle = tx.handle();
        String to = ticket.requester().email();
        if (to == null || to.equals(MailIntake.UNKNOWN_SENDER)) {
            return;
        }
        Optional<Long> ticketsMailbox = handle.createQuery("SELECT mailbox_id FROM mail_message WHERE " + OF_THE_TICKET + " ORDER BY id DESC")
                .bind("id", ticket.id()).setMaxRows(1).mapTo(Long.class).findFirst();
        if (!automatic && ticketsMailbox.isEmpty() && ticket.channel() != TicketChannel.EMAIL) {
            return;
        }
        Optional<MailboxRow> mailbox = ticketsMailbox.flatMap(id -> MailboxStore.find(handle, id)).filter(MailboxRow::enabled)
                .or(() -> anyMailbox(handle, ticket.groupId()));
        if (mailbox.isEmpty()) {
            if (automatic || ticket.channel() == TicketChannel.EMAIL) {
                channels.note(tx, ticket.id(), "This reply was not sent by e-mail: no mailbox is connected.", MailIntake.AUTHOR);
            }
            return;
        }
        Instant now = tx.now();
        if (automatic && lastMailWasAutomatic(handle, ticket.id())) {
            LOG.info("automatic reply on ticket {} not mailed: the customer's last mail was automatic", ticket.number());
            channels.note(tx, ticket.id(), "This automatic reply was not sent by e-mail: the last mail on the ticket was a bounce or an automatic"
                    + " reply, which automatic mails never answer.", MailIntake.AUTHOR);
            return;
        }
        if (automatic && automaticWithinTheHour(handle, ticket.id(), now) >= mailbox.get().autoRepliesPerHour()) {
            LOG.info("automatic reply on ticket {} not mailed: {} automatic mails within the hour", ticket.number(), mailbox.get().autoRepliesPerHour());
            channels.note(tx, ticket.id(), "This automatic reply was not sent by e-mail: the ticket had " + mailbox.get().autoRepliesPerHour()
                    + " automatic mails within the hour.", MailIntake.AUTHOR);
            return;
        }
        queue(handle, mailbox.get(), ticket, reply, automatic, to, now);
    }

    private static void queue(Handle handle, MailboxRow mailbox, Ticket ticket, TicketComment reply, boolean automatic, String to, Instant now) {
        // the fixed parts in the mailbox's language (ADR 0041); the reply itself is as its writer wrote it
        MailTexts texts = MailTexts.of(mailbox.language());
        String domain = mailbox.address().substring(mailbox.address().indexOf('@') + 1);
        String messageId = "<" + ticket.number() + "." + reply.id() + "." + HexFormat.of().formatHex(randomBytes()) + "@" + domain + ">";
        List<String> thread = handle.createQuery("SELECT message_id FROM mail_message WHERE " + OF_THE_TICKET + " ORDER BY id DESC")
                .bind("id", ticket.id()).setMaxRows(REFERENCES_MAX).mapTo(String.class).list();
        String inReplyTo = thread.isEmpty() ? null : thread.get(0);
        List<String> oldestFirst = new java.util.ArrayList<>(thread);
        java.util.Collections.reverse(oldestFirst);
        String references = thread.isEmpty() ? null : String.join(" ", oldestFirst);
        handle.createUpdate("INSERT INTO mail_outbox (mailbox_id, ticket_id, comment_id, message_id, to_address, to_name, subject, body, in_reply_to,"
                        + " references_ids, automatic, attempts, next_attempt_at, created_at) VALUES (:box, :ticket, :comment, :messageId, :to, :toName,"
                        + " :subject, :body, :inReplyTo, :references, :automatic, 0, :now, :now)")
                .bind("box", mailbox.id()).bind("ticket", ticket.id()).bind("comment", reply.id()).bind("messageId", messageId).bind("to", to)
                .bind("toName", ticket.requester().name()).bind("subject", subject(ticket, texts))
                .bind("body", texts.replyBody(reply.body(), ticket.number(), mailbox.name(), automatic))
                .bind("inReplyTo", inReplyTo).bind("references", references).bind("automatic", automatic).bind("now", now)
                .execute();
        handle.createUpdate("INSERT INTO mail_message (mailbox_id, direction, message_id, ticket_id, comment_id, automatic, created_at)"
                        + " VALUES (:box, 'OUT', :messageId, :ticket, :comment, :automatic, :now)")
                .bind("box", mailbox.id()).bind("messageId", messageId).bind("ticket", ticket.id()).bind("comment", reply.id())
                .bind("automatic", automatic).bind("now", now).execute();
    }

    /** The reply prefix, the subject and the number in brackets, which threads the customer's answer whatever their mail program does. */
    static String subject(Ticket ticket, MailTexts texts) {
        String subject = MailIntake.NUMBER_IN_SUBJECT.matcher(ticket.subject()).replaceAll("").strip();
        return texts.replySubject(subject, ticket.number());
    }

    /** The ticket's newest incoming mail — in this transaction too, where the mail being taken in has no ticket yet — was automatic. */
    private static boolean lastMailWasAutomatic(Handle handle, long ticketId) {
        return handle.createQuery("SELECT automatic FROM mail_message WHERE direction = 'IN' AND " + OF_THE_TICKET + " ORDER BY id DESC")
                .bind("id", ticketId).setMaxRows(1).mapTo(Boolean.class).findFirst().orElse(false);
    }

    private static long automaticWithinTheHour(Handle handle, long ticketId, Instant now) {
        return handle.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE ticket_id = :id AND automatic = TRUE AND created_at > :since")
                .bind("id", ticketId).bind("since", now.minus(Duration.ofHours(1))).mapTo(Long.class).one();
    }

    /** A ticket that did not come by mail is answered from its group's mailbox, else from the first one. */
    private static Optional<MailboxRow> anyMailbox(Handle handle, Long groupId) {
        List<MailboxRow> enabled = MailboxStore.enabled(handle);
        return enabled.stream().filter(box -> groupId != null && groupId.equals(box.groupId())).findFirst()
                .or(() -> enabled.stream().findFirst());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
