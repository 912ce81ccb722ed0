package dev.switchboard.server.mail;

import dev.switchboard.server.tickets.ChannelFiles;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the unseen mail of each enabled mailbox this node holds the lease of, every mailbox's
 * interval and whenever its IMAP IDLE watch hears of new mail ({@link MailWatchers}), and hands each
 * mail to the {@link MailIntake}. A mail is marked seen only after what it
 * made committed; a crash in between leaves it unseen, and the next read finds its Message-ID
 * already processed and only marks it. A mail that cannot be read stays unseen and is tried at the
 * next poll (the mailbox's {@code lastError} says why). No mailbox configured, nothing connects.
 */
final class MailPoller {

    private static final Logger LOG = LoggerFactory.getLogger(MailPoller.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailSecrets secrets;
    private final MailboxLease lease;
    private final MailIntake intake;

    MailPoller(Jdbi jdbi, Clock clock, MailSecrets secrets, MailboxLease lease, MailIntake intake) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.secrets = secrets;
        this.lease = lease;
        this.intake = intake;
    }

    /** The timer's turn: the mailboxes whose interval has passed. */
    void pollDue() {
        poll(false);
    }

    /**
     * Reads every enabled mailbox this node holds now, whatever its interval; answers what became of
     * the mails. Serialized on this node (the timer and a test's explicit call take turns); across
     * nodes the lease decides.
     */
    synchronized Map<MailIntake.Outcome, Integer> poll(boolean now) {
        Map<MailIntake.Outcome, Integer> outcomes = new EnumMap<>(MailIntake.Outcome.class);
        for (MailboxRow box : jdbi.withHandle(MailboxStore::enabled)) {
            OptionalLong epoch = lease.claim(box.id());
            if (epoch.isEmpty()) {
                continue;
            }
            if (!now && box.lastPolledAt() != null && clock.instant().isBefore(box.lastPolledAt().plusSeconds(box.pollSeconds()))) {
                continue;
            }
            readAndRecord(box, epoch.getAsLong(), outcomes);
        }
        return outcomes;
    }

    /** The IDLE watch's turn ({@link MailboxWatcher}): the server told of new mail in mailbox {@code id}; read if it is still this node's. */
    synchronized void readWatched(long id) {
        Optional<MailboxRow> box = jdbi.withHandle(handle -> MailboxStore.find(handle, id)).filter(MailboxRow::enabled);
        OptionalLong epoch = box.isPresent() ? lease.claim(id) : OptionalLong.empty();
        if (epoch.isPresent()) {
            readAndRecord(box.get(), epoch.getAsLong(), new EnumMap<>(MailIntake.Outcome.class));
        }
    }

    private void readAndRecord(MailboxRow box, long epoch, Map<MailIntake.Outcome, Integer> outcomes) {
        Instant at = clock.instant();
        String error = null;
        try {
            read(box, epoch, outcomes);
        } catch (MessagingException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("mailbox {} could not be read: {}", box.id(), error);
        }
        String failure = error;
        jdbi.useHandle(handle -> MailboxStore.polled(handle, box.id(), at, failure));
    }

    private void read(MailboxRow box, long epoch, Map<MailIntake.Outcome, Integer> outcomes) throws MessagingException {
        try (Store store = MailSessions.imap(box, secrets)) {
            Folder folder = store.getFolder(box.imapFolder());
            folder.open(Folder.READ_WRITE);
            try {
                long validity = folder instanceof UIDFolder uids ? uids.getUIDValidity() : 0;
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    long uid = folder instanceof UIDFolder uids ? uids.getUID(message) : message.getMessageNumber();
                    String fallbackId = "<" + uid + "." + validity + ".mailbox-" + box.id() + "@switchboard.invalid>";
                    MailIntake.Outcome outcome;
                    IncomingMail mail;
                    try (ChannelFiles files = intake.newFiles()) {
                        try {
                            mail = MailParser.parse((MimeMessage) message, fallbackId, files);
                        } catch (IOException | MessagingException | RuntimeException unreadable) {
                            LOG.warn("mail uid={} of mailbox {} could not be read and stays unseen: {}", uid, box.id(), unreadable.toString());
                            continue;
                        }
                        try {
                            outcome = intake.take(box, epoch, mail);
                        } catch (MailIntake.LeaseLost lost) {
                            throw lost;
                        } catch (RuntimeException refused) {
                            if (!UniqueViolation.in(refused)) {
                                LOG.warn("mail uid={} of mailbox {} was not taken in and stays unseen: {}", uid, box.id(), refused.toString());
                                continue;
                            }
                            // another reader committed the same Message-ID at the same moment: it is processed
                            outcome = MailIntake.Outcome.ALREADY_PROCESSED;
                        }
                        if (outcome != MailIntake.Outcome.ALREADY_PROCESSED) {
                            // committed: its files' rows exist, the files move into place (closing deletes them otherwise)
                            files.keep();
                        }
                    }
                    // only now, after the commit: a crash before this line leaves the mail unseen and it is recognised next time
                    message.setFlag(Flags.Flag.SEEN, true);
                    outcomes.merge(outcome, 1, Integer::sum);
                    LOG.info("mail taken in: mailbox={} uid={} kind={} outcome={}", box.id(), uid, mail.kind(), outcome);
                }
            } finally {
                folder.close(false);
            }
        }
    }
}
