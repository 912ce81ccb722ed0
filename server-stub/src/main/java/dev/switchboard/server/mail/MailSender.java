package dev.switchboard.server.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued mails after their replies committed. Each row is claimed by one node with a
 * conditional update (ADR 0008) for {@link #CLAIM}, sent, then marked sent; a failure waits
 * longer each time (1 minute doubling up to an hour) and is tried again, never dropped. A node that
 * dies between the SMTP server's acceptance and the mark leaves the claim to expire, and the mail
 * goes again with the same Message-ID, which mail programs show once: sent twice at worst, never lost.
 */
final class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    /** A queued mail as it is sent. */
    public record Queued(long id, long mailboxId, String messageId, String toAddress, String toName, String subject, String body,
                         String inReplyTo, String referencesIds, boolean automatic, int attempts) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailSecrets secrets;
    private final String node;

    MailSender(Jdbi jdbi, Clock clock, MailSecrets secrets, String node) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.secrets = secrets;
        this.node = node;
    }

    /**
     * Sends what is due now; answers how many went out. Serialized on this node, so that once a call
     * returns, whatever was due when it began has been tried (the timer's run included); across nodes
     * the claims decide.
     */
    synchronized int sendDue() {
        Instant now = clock.instant();
        List<Long> due = jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= :now"
                        + " AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY id")
                .bind("now", now).setMaxRows(BATCH).mapTo(Long.class).list());
        int sent = 0;
        for (long id : due) {
            if (claim(id, now) && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE mail_outbox SET claimed_by = :node, claimed_until = :until WHERE id = :id"
                        + " AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)")
                .bind("node", node).bind("until", now.plus(CLAIM)).bind("id", id).bind("now", now).execute() == 1);
    }

    private boolean send(long id) {
        Queued mail = jdbi.withHandle(handle -> handle.createQuery("SELECT id, mailbox_id, message_id, to_address, to_name, subject, body,"
                        + " in_reply_to, references_ids, automatic, attempts FROM mail_outbox WHERE id = :id")
                .bind("id", id).map(dev.switchboard.server.infra.RecordMapper.of(Queued.class)).one());
        MailboxRow box = jdbi.withHandle(handle -> MailboxStore.find(handle, mail.mailboxId()).orElseThrow());
        try {
            Session session = MailSessions.smtpSession(box);
            MimeMessage message = message(session, box, mail);
            try (Transport transport = MailSessions.smtp(session, box, secrets)) {
                transport.sendMessage(message, message.getAllRecipients());
            }
            jdbi.useHandle(handle -> handle.createUpdate("UPDATE mail_outbox SET sent_at = :now, attempts = attempts + 1, claimed_until = NULL,"
                    + " last_error = NULL WHERE id = :id").bind("now", clock.instant()).bind("id", id).execute());
            LOG.info("mail sent: outbox={} message={} mailbox={}", id, mail.messageId(), box.id());
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            Duration wait = Duration.ofMinutes(1L << Math.min(mail.attempts(), 6));
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            jdbi.useHandle(handle -> handle.createUpdate("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :next, claimed_until = NULL,"
                            + " last_error = :error WHERE id = :id")
                    .bind("next", clock.instant().plus(wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait))
                    .bind("error", error.length() > 500 ? error.substring(0, 500) : error).bind("id", id).execute());
            LOG.warn("mail not sent, tried again later: outbox={} mailbox={} attempt={} error={}", id, box.id(), mail.attempts() + 1, error);
            return false;
        }
    }

    private MimeMessage message(Session session, MailboxRow box, Queued mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the id stored with the reply: threading and a repeated send both depend on it
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setFrom(new InternetAddress(box.address(), box.name(), StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name()));
        // RFC 2047 encoded words for a Chinese subject, the text as UTF-8 (base64 or quoted-printable, whichever Angus finds shorter)
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", MailTexts.of(box.language()).languageTag());
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (mail.referencesIds() != null) {
            message.setHeader("References", mail.referencesIds());
        }
        // our own mail coming back (a customer's robot echoing it) is recognised by this
        message.setHeader("X-Loop", box.address());
        if (mail.automatic()) {
            message.setHeader("Auto-Submitted", "auto-replied");
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        message.saveChanges();
        return message;
    }
}
