package dev.switchboard.server.mail;

import dev.switchboard.server.tickets.ChannelFiles;
import dev.switchboard.server.tickets.TicketChannels;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * Turns a mail into a ticket or a comment, in one change-log transaction with the row that records
 * its Message-ID: the unique constraint on that row makes each mail count once, however often it is
 * read (twice in one poll, again after a crash before it was marked seen, by two nodes). Threading:
 * the ticket number in the subject ({@code [T-20261206-0042]}), else the newest mail of ours or the
 * customer's that the mail's In-Reply-To/References name. A bounce becomes an internal note; a mail
 * to a closed ticket a new ticket related to it.
 */
final class MailIntake {

    static final Pattern NUMBER_IN_SUBJECT = Pattern.compile("\\[(T-\\d{8}-\\d{4,})]");
    /** The author of the channel's own notes. */
    static final String AUTHOR = "E-mail";
    static final String UNKNOWN_SENDER = "unknown-sender@mail.invalid";
    private static final Pattern REPLY_PREFIX = Pattern.compile("^((re|fwd?|aw|wg|回复|答复|转发)\\s*[:：]\\s*)+", Pattern.CASE_INSENSITIVE);

    /** What became of a mail. */
    enum Outcome {
        NEW_TICKET,
        COMMENT,
        NOTE,
        /** Its Message-ID was processed before: nothing was written. */
        ALREADY_PROCESSED
    }

    /** This node lost the mailbox's lease meanwhile: the mail is left for the new holder. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(long mailboxId) {
            super("the lease on mailbox " + mailboxId + " moved to another node");
        }
    }

    private final TicketChannels channels;

    MailIntake(TicketChannels channels) {
        this.channels = channels;
    }

    /** Where a mail's files are staged before {@link #take}; the caller keeps them after it made something, and closes them. */
    ChannelFiles newFiles() {
        return channels.newFiles();
    }

    Outcome take(MailboxRow mailbox, long epoch, IncomingMail mail) {
        return channels.write(intake -> {
            Handle handle = intake.tx().handle();
            // fenced by the lease's epoch (ADR 0008): a node that lost the mailbox writes nothing
            long current = handle.createQuery("SELECT lease_epoch FROM mailbox WHERE id = :id").bind("id", mailbox.id()).mapTo(Long.class).one();
            if (current != epoch) {
                throw new LeaseLost(mailbox.id());
            }
            if (handle.createQuery("SELECT COUNT(*) FROM mail_message WHERE mailbox_id = :box AND direction = 'IN' AND message_id = :id")
                    .bind("box", mailbox.id()).bind("id", mail.messageId()).mapTo(Long.class).one() > 0) {
                return Outcome.ALREADY_PROCESSED;
            }
            // written first (its ticket not known yet), so that what the rules do with the new ticket or comment sees that it
            // came by an automatic mail (MailOutbox reads the newest incoming mail in this transaction)
            long row = handle.createUpdate("INSERT INTO mail_message (mailbox_id, direction, message_id, ticket_id, comment_id, automatic, created_at)"
                            + " VALUES (:box, 'IN', :id, NULL, NULL, :automatic, :at)")
                    .bind("box", mailbox.id()).bind("id", mail.messageId()).bind("automatic", mail.automatic()).bind("at", intake.tx().now())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Optional<Ticket> thread = thread(intake, handle, mail);
            Ticket ticket;
            TicketComment comment = null;
            Outcome outcome;
            String uploader = "mail:" + mailbox.id();
            if (thread.isPresent() && !intake.closed(thread.get())) {
                ticket = thread.get();
                if (mail.kind() == IncomingMail.Kind.BOUNCE) {
                    // a bounce's files are the returned mail's: not the customer's, not kept
                    comment = intake.note(ticket, "Mail delivery failed (report from " + sender(mail) + "):\n\n" + text(mail), AUTHOR);
                    outcome = Outcome.NOTE;
                } else {
                    comment = intake.customerReply(ticket, body(mail, ticket), mail.files(), uploader);
                    outcome = Outcome.COMMENT;
                }
            } else {
                ticket = intake.create(newTicket(mailbox, mail, thread.map(Ticket::id)), mail.files(), uploader);
                outcome = Outcome.NEW_TICKET;
            }
            noteRefusedFiles(intake, ticket, mail);
            handle.createUpdate("UPDATE mail_message SET ticket_id = :ticket, comment_id = :comment WHERE id = :row")
                    .bind("ticket", ticket.id()).bind("comment", comment == null ? null : comment.id()).bind("row", row).execute();
            return outcome;
        });
    }

    private static Optional<Ticket> thread(TicketChannels.Intake intake, Handle handle, IncomingMail mail) {
        Matcher number = NUMBER_IN_SUBJECT.matcher(mail.subject());
        if (number.find()) {
            Optional<Ticket> byNumber = intake.lockByNumber(number.group(1));
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        if (mail.threadIds().isEmpty()) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT ticket_id FROM mail_message WHERE message_id IN (<ids>) AND ticket_id IS NOT NULL ORDER BY id DESC")
                .bindList("ids", mail.threadIds()).setMaxRows(1).mapTo(Long.class).findFirst()
                .flatMap(intake::lock);
    }

    private static NewTicket newTicket(MailboxRow mailbox, IncomingMail mail, Optional<Long> closedTicket) {
        String subject = REPLY_PREFIX.matcher(mail.subject()).replaceFirst("").strip();
        subject = subject.isEmpty() ? "(no subject)" : subject.length() > TicketRules.SUBJECT_MAX ? subject.substring(0, TicketRules.SUBJECT_MAX) : subject;
        String name = mail.fromName() == null || mail.fromName().isBlank() ? null
                : mail.fromName().strip().length() > TicketRules.NAME_MAX ? mail.fromName().strip().substring(0, TicketRules.NAME_MAX) : mail.fromName().strip();
        String description = mail.kind() == IncomingMail.Kind.BOUNCE ? "Mail delivery failed (report from " + sender(mail) + "):\n\n" + text(mail)
                : text(mail);
        // a sender without a usable address still gets a ticket (a person reads it); it is nobody's customer record
        String address = mail.fromAddress() != null && mail.fromAddress().length() <= TicketRules.EMAIL_MAX
                && TicketRules.EMAIL.matcher(mail.fromAddress()).matches() ? mail.fromAddress() : UNKNOWN_SENDER;
        return new NewTicket(subject, cut(description), null, new RequesterInput(name, address, null, null), null, null, null, null,
                mailbox.groupId(), TicketChannel.EMAIL, null, null, null, closedTicket.map(List::of).orElse(null), null, null);
    }

    /** The reply's text; from someone other than the requester, it says who wrote it. */
    private static String body(IncomingMail mail, Ticket ticket) {
        boolean requester = mail.fromAddress() != null && mail.fromAddress().equals(ticket.requester().email());
        return cut((requester ? "" : "From " + sender(mail) + ":\n\n") + text(mail));
    }

    private static String text(IncomingMail mail) {
        return mail.text().isBlank() ? "(no text)" : mail.text();
    }

    /** A file the uploads' checks refused is not kept, and never fails the mail: the agents read which and why. */
    private static void noteRefusedFiles(TicketChannels.Intake intake, Ticket ticket, IncomingMail mail) {
        if (mail.kind() == IncomingMail.Kind.BOUNCE || mail.files().refused().isEmpty()) {
            return;
        }
        StringBuilder note = new StringBuilder("Files of the mail from " + sender(mail) + " that were not kept:");
        for (ChannelFiles.Refused file : mail.files().refused()) {
            note.append("\n- ").append(file.name()).append(": ").append(file.reason());
        }
        intake.note(ticket, cut(note.toString()), AUTHOR);
    }

    private static String sender(IncomingMail mail) {
        return mail.fromAddress() == null ? "an unknown sender" : mail.fromAddress();
    }

    private static String cut(String text) {
        int max = TicketRules.BODY_MAX - 20;
        return text.length() <= max ? text : text.substring(0, max) + "\n[… cut]";
    }
}
