package dev.switchboard.server.mail;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.mail.Mailbox;
import dev.switchboard.shared.mail.MailboxRules;
import dev.switchboard.shared.mail.MailboxTestResult;
import dev.switchboard.shared.mail.NewMailbox;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators connect mailboxes: IMAP to read, SMTP to send, the group new tickets go to.
 * Passwords are encrypted before they are stored and never answered or logged; a change without a
 * password keeps the stored one, only the remove flag removes it (ADR 0046). Settings can be tried
 * before they are saved ({@link MailboxTester}). Every change is in the audit log (without passwords) and in the
 * change log ({@link Mailbox#ENTITY}, as answered: without passwords), so an administrator's open
 * list follows another's change. Nothing is kept in memory: the poller and the sender read the
 * rows each time (ADR 0008).
 */
final class MailboxService {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxService.class);
    private static final Set<String> CONNECTION_FIELDS = Set.of("imapHost", "imapPort", "imapUser", "imapPassword", "imapFolder", "smtpHost",
            "smtpPort", "smtpUser", "smtpPassword");

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final AuditLog audit;
    private final MailSecrets secrets;
    private final MailboxTester tester;

    MailboxService(Jdbi jdbi, ChangeLog changeLog, Clock clock, AuditLog audit, MailSecrets secrets, MailboxTester tester) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.clock = clock;
        this.audit = audit;
        this.secrets = secrets;
        this.tester = tester;
    }

    List<Mailbox> list(Principal caller) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(handle -> MailboxStore.all(handle).stream().map(MailboxRow::toMailbox).toList());
    }

    Mailbox get(Principal caller, long id) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(handle -> found(handle, id).toMailbox());
    }

    Mailbox create(Principal caller, NewMailbox request) {
        caller.require(Role.ADMIN);
        Mailbox created = changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireValid(handle, request, false, null);
            MailboxRow row = row(0, request, null, 1);
            long id = MailboxStore.insert(handle, row, clock.instant());
            audit.record(handle, caller.agentId(), "mailbox.create", target(id), describe(row));
            return recorded(tx, found(handle, id).toMailbox());
        });
        LOG.info("mailbox connected: id={} address={} by={}", created.id(), created.address(), caller.login());
        return created;
    }

    Mailbox replace(Principal caller, long id, NewMailbox request) {
        caller.require(Role.ADMIN);
        Mailbox replaced = changeLog.write(tx -> {
            Handle handle = tx.handle();
            MailboxRow current = found(handle, id);
            requireValid(handle, request, true, id);
            if (request.version() != current.version()) {
                throw stale(id, current.version(), request.version());
            }
            MailboxRow row = row(id, request, current, current.version() + 1);
            if (!MailboxStore.update(handle, row, current.version())) {
                throw stale(id, current.version(), request.version());
            }
            audit.record(handle, caller.agentId(), "mailbox.update", target(id), describe(row));
            return recorded(tx, found(handle, id).toMailbox());
        });
        LOG.info("mailbox changed: id={} version={} by={}", id, replaced.version(), caller.login());
        return replaced;
    }

    /** Tries the settings of a mailbox not stored yet ({@link MailboxTester}); only the connection's fields are checked. */
    MailboxTestResult test(Principal caller, NewMailbox settings) {
        caller.require(Role.ADMIN);
        requireConnectable(settings);
        return tester.test(connectionOf(0, settings), typed(settings.imapPassword()), typed(settings.smtpPassword()));
    }

    /**
     * Tries stored mailbox {@code id} with the settings being edited: a password left out is the stored one, a
     * removed one is none. Nothing is stored, audited or logged beyond the outcome.
     */
    MailboxTestResult test(Principal caller, long id, NewMailbox settings) {
        caller.require(Role.ADMIN);
        MailboxRow stored = jdbi.withHandle(handle -> found(handle, id));
        requireConnectable(settings);
        String imapPassword = settings.removesImapPassword() ? "" : settings.imapPassword() != null ? settings.imapPassword()
                : MailSessions.imapPassword(stored, secrets);
        String smtpPassword = settings.removesSmtpPassword() ? "" : settings.smtpPassword() != null ? settings.smtpPassword()
                : MailSessions.smtpPassword(stored, secrets);
        MailboxTestResult result = tester.test(connectionOf(id, settings), imapPassword, smtpPassword);
        LOG.info("mailbox {} tested by {}: imap {}, smtp {}", id, caller.login(), result.imap().outcome(), result.smtp().outcome());
        return result;
    }

    /** Removes a mailbox that never read or sent a mail; one that did is disabled instead, since tickets thread by its mails. */
    void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            MailboxRow current = found(handle, id);
            long mails = handle.createQuery("SELECT COUNT(*) FROM mail_message WHERE mailbox_id = :id").bind("id", id).mapTo(Long.class).one()
                    + handle.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE mailbox_id = :id").bind("id", id).mapTo(Long.class).one();
            if (mails > 0) {
                throw new ApiException(ProblemType.CONFLICT, "mailbox " + current.address() + " has mails that tickets thread by; disable it instead");
            }
            handle.createUpdate("DELETE FROM mailbox WHERE id = :id").bind("id", id).execute();
            audit.record(handle, caller.agentId(), "mailbox.delete", target(id), describe(current));
            tx.record(Mailbox.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
        LOG.info("mailbox removed: id={} by={}", id, caller.login());
    }

    private static Mailbox recorded(ChangeLog.Tx tx, Mailbox mailbox) {
        tx.record(Mailbox.ENTITY, Long.toString(mailbox.id()), ChangeOp.UPSERT, mailbox);
        return mailbox;
    }

    private MailboxRow row(long id, NewMailbox request, MailboxRow current, long version) {
        return new MailboxRow(id, request.name().strip(), request.address().strip().toLowerCase(java.util.Locale.ROOT), request.imapHost().strip(),
                request.imapPort(), request.imapTls() == null || request.imapTls(), request.imapUser().strip(),
                password(request.imapPassword(), request.removesImapPassword(), current == null ? null : current.imapPassword()),
                request.imapFolder() == null || request.imapFolder().isBlank() ? MailboxRules.DEFAULT_FOLDER : request.imapFolder().strip(),
                request.smtpHost().strip(), request.smtpPort(), request.smtpTls() == null || request.smtpTls(),
                request.smtpUser() == null || request.smtpUser().isBlank() ? null : request.smtpUser().strip(),
                password(request.smtpPassword(), request.removesSmtpPassword(), current == null ? null : current.smtpPassword()), request.groupId(),
                request.pollSeconds() == null ? MailboxRules.DEFAULT_POLL_SECONDS : request.pollSeconds(),
                request.autoRepliesPerHour() == null ? MailboxRules.DEFAULT_AUTO_REPLIES_PER_HOUR : request.autoRepliesPerHour(),
                request.enabled() == null || request.enabled(), version, null, null,
                request.language() != null ? request.language() : current != null ? current.language() : MailboxRules.DEFAULT_LANGUAGE);
    }

    /** Left out keeps what is stored, the remove flag removes it (ADR 0046); anything else is stored encrypted. */
    private String password(String given, boolean remove, String stored) {
        if (remove) {
            return null;
        }
        return given == null ? stored : secrets.encrypt(given);
    }

    /** The settings a connection uses, as a row the sessions take; its passwords are given to the tester in plain text instead. */
    private static MailboxRow connectionOf(long id, NewMailbox settings) {
        return new MailboxRow(id, "", "", settings.imapHost().strip(), settings.imapPort(), settings.imapTls() == null || settings.imapTls(),
                settings.imapUser().strip(), null,
                settings.imapFolder() == null || settings.imapFolder().isBlank() ? MailboxRules.DEFAULT_FOLDER : settings.imapFolder().strip(),
                settings.smtpHost().strip(), settings.smtpPort(), settings.smtpTls() == null || settings.smtpTls(),
                settings.smtpUser() == null || settings.smtpUser().isBlank() ? null : settings.smtpUser().strip(), null, null,
                MailboxRules.DEFAULT_POLL_SECONDS, 0, false, 0, null, null, MailboxRules.DEFAULT_LANGUAGE);
    }

    private static String typed(String password) {
        return password == null ? "" : password;
    }

    /** The shared rules on the fields a connection uses; a test needs no name, address or version yet. */
    private static void requireConnectable(NewMailbox settings) {
        List<FieldError> errors = MailboxRules.check(settings, false).stream().filter(error -> CONNECTION_FIELDS.contains(error.field())).toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the mailbox's connection settings are not valid", errors);
        }
    }

    private static void requireValid(Handle handle, NewMailbox request, boolean replacing, Long id) {
        List<FieldError> errors = new java.util.ArrayList<>(MailboxRules.check(request, replacing));
        if (request.groupId() != null && handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", request.groupId())
                .mapTo(Long.class).one() == 0) {
            errors.add(new FieldError("groupId", "an existing group"));
        }
        if (errors.isEmpty() && handle.createQuery("SELECT COUNT(*) FROM mailbox WHERE address = :address AND id <> :id")
                .bind("address", request.address().strip().toLowerCase(java.util.Locale.ROOT)).bind("id", id == null ? -1 : id)
                .mapTo(Long.class).one() > 0) {
            errors.add(new FieldError("address", "an address no other mailbox has"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the mailbox is not valid", errors);
        }
    }

    private static MailboxRow found(Handle handle, long id) {
        return MailboxStore.find(handle, id).orElseThrow(() -> ApiException.notFound("mailbox " + id));
    }

    private static ApiException stale(long id, long current, Long given) {
        return new ApiException(ProblemType.CONFLICT, "mailbox " + id + " is at version " + current + ", the change was made from " + given
                + "; reload it and change it again");
    }

    private static String target(long id) {
        return "mailbox:" + id;
    }

    /** What the audit log keeps of a mailbox: everything but the passwords, which it only says are set. */
    private static String describe(MailboxRow row) {
        return row.address() + " imap=" + row.imapUser() + "@" + row.imapHost() + ":" + row.imapPort() + (row.imapTls() ? " tls" : "")
                + " password " + (row.imapPassword() != null ? "set" : "not set") + " smtp=" + row.smtpHost() + ":" + row.smtpPort()
                + (row.smtpTls() ? " tls" : "") + " group=" + row.groupId() + " enabled=" + row.enabled() + " language=" + row.language();
    }
}
