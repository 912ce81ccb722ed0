package dev.switchboard.server.mail;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.server.tickets.TicketChannels;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.mail.Mailbox;
import java.time.Duration;
import java.util.UUID;

/**
 * The e-mail channel of tickets (issue 13, ADR 0035): {@code /api/v1/mailboxes} for administrators;
 * mail read over IMAP becomes tickets and customers' replies, public replies go out over SMTP from
 * an outbox. Installed after the ticket core, whose {@link TicketChannels} it uses. Without a
 * mailbox configured nothing connects anywhere (the demo has none): the timers only find no rows.
 *
 * <p>State (ADR 0008): this node's id, made at start, names it as a lease holder and outbox claimer;
 * everything else is in the database.
 */
public final class MailFeature implements BackendFeature {

    private static final Duration POLL_TICK = Duration.ofSeconds(5);
    private static final Duration SEND_TICK = Duration.ofSeconds(2);
    /** How long "test connection" waits for each server: long enough for a slow server, short enough for a person waiting. */
    private static final Duration TEST_TIMEOUT = Duration.ofSeconds(10);

    @Override
    public void install(FeatureContext context) {
        String node = UUID.randomUUID().toString();
        MailSecrets secrets = MailSecrets.load(context.dataDir());
        TicketChannels channels = context.require(TicketChannels.class);
        channels.replies().onPublicReply(new MailOutbox(channels));
        MailboxLease lease = new MailboxLease(context.jdbi(), context.clock(), node);
        MailPoller poller = new MailPoller(context.jdbi(), context.clock(), secrets, lease, new MailIntake(channels));
        MailSender sender = new MailSender(context.jdbi(), context.clock(), secrets, node);
        MailWatchers watchers = new MailWatchers(context.jdbi(), context.clock(), secrets, lease, poller);
        context.publish(MailChannel.class, new MailChannel(poller, sender, watchers));
        context.routes(new MailboxRoutes(new MailboxService(context.jdbi(), context.require(ChangeLog.class), context.clock(), context.require(AuditLog.class), secrets,
                new MailboxTester(TEST_TIMEOUT)),
                context.require(Callers.class)));
        context.every(POLL_TICK, POLL_TICK, "reading the mailboxes of the e-mail channel", poller::pollDue);
        // IMAP IDLE where the server offers it (ADR 0041): started, kept alive and ended on the same tick
        context.every(Duration.ZERO, POLL_TICK, "watching the mailboxes with IMAP IDLE", watchers::reconcile);
        context.every(SEND_TICK, SEND_TICK, "sending queued ticket mails", sender::sendDue);
        // mailboxes are administrators' business: only they hear of their changes
        context.require(SyncService.class).restrict(Mailbox.ENTITY, reader -> change -> reader.role().atLeast(Role.ADMIN));
        // the watches end before the leases are given back: no node idles on a mailbox it no longer holds
        context.onClose("mailbox leases", () -> {
            watchers.close();
            lease.releaseAll();
        });
    }
}
