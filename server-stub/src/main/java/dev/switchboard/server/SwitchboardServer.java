package dev.switchboard.server;

import dev.switchboard.server.agents.AgentsFeature;
import dev.switchboard.server.audit.AuditFeature;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.automation.AutomaticMessagesFeature;
import dev.switchboard.server.automation.ChatAutomation;
import dev.switchboard.server.availability.AvailabilityFeature;
import dev.switchboard.server.blocks.BlocksFeature;
import dev.switchboard.server.canned.CannedRepliesFeature;
import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.chat.ChatFeature;
import dev.switchboard.server.customers.CustomersFeature;
import dev.switchboard.server.distribution.DistributionFeature;
import dev.switchboard.server.groups.GroupSetupFeature;
import dev.switchboard.server.history.HistoryFeature;
import dev.switchboard.server.history.HistoryIndexer;
import dev.switchboard.server.intake.IntakeFeature;
import dev.switchboard.server.intake.LeftMessageTickets;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.ClientAddress;
import dev.switchboard.server.infra.Database;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.infra.FeatureSet;
import dev.switchboard.server.hours.BusinessHoursFeature;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.internalchat.InternalChatFeature;
import dev.switchboard.server.levels.CustomerLevelsFeature;
import dev.switchboard.server.mail.MailChannel;
import dev.switchboard.server.mail.MailFeature;
import dev.switchboard.server.invitations.InvitationService;
import dev.switchboard.server.invitations.InvitationsFeature;
import dev.switchboard.server.push.PushFeature;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.realtime.RealtimeFeature;
import dev.switchboard.server.routingrules.RoutingRulesFeature;
import dev.switchboard.server.sensitive.SensitiveWordsFeature;
import dev.switchboard.server.settings.AccountSettingsFeature;
import dev.switchboard.server.sites.SitesFeature;
import dev.switchboard.server.sla.SlaFeature;
import dev.switchboard.server.sla.TicketSla;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncFeature;
import dev.switchboard.server.tickets.PendingReminders;
import dev.switchboard.server.tickets.TicketSlaScheduler;
import dev.switchboard.server.tickets.TicketsFeature;
import dev.switchboard.server.ticketsync.TicketSyncFeature;
import dev.switchboard.server.ticketviews.TicketViewsFeature;
import dev.switchboard.server.triggers.ScheduleRunner;
import dev.switchboard.server.triggers.TriggersFeature;
import dev.switchboard.server.visitors.Visitors;
import dev.switchboard.server.visitors.VisitorsFeature;
import dev.switchboard.server.wrapup.WrapUpFeature;
import dev.switchboard.shared.health.ProtocolVersion;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The backend: installs the features in order, starts them and stops them in reverse. */
public final class SwitchboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardServer.class);

    private final Database database;
    private final ScheduledThreadPoolExecutor timers;
    private final FeatureSet features;
    private final Javalin http;

    private SwitchboardServer(Database database, ScheduledThreadPoolExecutor timers, FeatureSet features, Javalin http) {
        this.database = database;
        this.timers = timers;
        this.features = features;
        this.http = http;
    }

    /**
     * The features, each after those it stands on. Adding a feature is a package of its own and a
     * line here (see docs/decisions/0011-backend-features.md).
     */
    private static List<BackendFeature> features(ServerConfig config) {
        return List.of(
                SwitchboardServer::sharedPlumbing,
                // first: every route after it reads the client's address
                context -> context.routes(new ClientAddress(config.trustedProxies()), new HealthRoutes()),
                new AgentsFeature(config.demo(), config.adminPassword(), config.bcryptCost(), config.sessionIdle(), config.sessionLifetime()),
                new SyncFeature(),
                new AuditFeature(),
                new RealtimeFeature(),
                new SitesFeature(config.demo(), config.demoSettings()),
                new VisitorsFeature(config.regionDatabase(), config.addressLimits().visitorSockets()),
                new BlocksFeature(),
                new InvitationsFeature(),
                new RoutingRulesFeature(config.demo()),
                new CustomerLevelsFeature(config.demoSettings()),
                new DistributionFeature(),
                // issue 11, automatic messages: hours and sensitive words before chat (which checks every message), the sweep after it
                new BusinessHoursFeature(config.demoSettings()),
                new SensitiveWordsFeature(config.demoSettings()),
                new ChatFeature(config.uploads(), config.addressLimits(), config.reconnectGrace()),
                new AutomaticMessagesFeature(config.demoSettings()),
                new CannedRepliesFeature(config.demo()),
                new WrapUpFeature(config.demo()),
                // issue 12, groups: a group's whole setup, after every feature that keeps a part of it
                new GroupSetupFeature(),
                new HistoryFeature(),
                new InternalChatFeature(config.demo()),
                new PushFeature(config.demo()),
                // issue 11, widget gaps: whether anyone of the groups a visitor's chat can reach is there (after routing rules and hours)
                new AvailabilityFeature(),
                // issue 12, administration: each agent's settings on the server
                new AccountSettingsFeature(),
                // issue 13, SLA: policies and the clock of a ticket, counted in the groups' business hours
                new SlaFeature(config.demoSettings()),
                // issue 13, tickets: the minimal customer record (requesters), then tickets (after chat: a ticket links its chat)
                new CustomersFeature(),
                // issue 13, triggers and schedules: before tickets, which run the triggers after every change (ADR 0032)
                new TriggersFeature(config.demoSettings()),
                new TicketsFeature(config.demoSettings()),
                // issue 13, e-mail channel: mailboxes read into tickets, public replies sent (after tickets, ADR 0035)
                new MailFeature(),
                // issue 13, intake: web forms, left messages and files on comments (ADR 0036)
                new IntakeFeature(config.demoSettings()),
                // issue 13, offline ticket work: outbox pushes and the first fill, after the tickets (ADR 0034)
                new TicketSyncFeature(),
                // issue 13, working the queue together: saved views (bulk, merge and viewers are the tickets feature's)
                new TicketViewsFeature());
    }

    /** The two journals nearly every feature writes to, the accounts first among them. */
    private static void sharedPlumbing(FeatureContext context) {
        context.publish(ChangeLog.class, new ChangeLog(context.jdbi(), context.clock()));
        context.publish(AuditLog.class, new AuditLog(context.jdbi(), context.clock()));
    }

    public static SwitchboardServer start(ServerConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        Database database = Database.open(config.dataDir(), config.jdbcUrl());
        try {
            return wire(config, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static SwitchboardServer wire(ServerConfig config, Database database) {
        // two threads: the visitor feed's 20 ms batches must not wait behind slower housekeeping
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "switchboard-timers");
            thread.setDaemon(true);
            return thread;
        });
        // at shutdown, work due now finishes (see close); time-outs set for later are dropped
        timers.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        FeatureSet features = FeatureSet.install(database.jdbi(), config.clock(), config.dataDir(), timers, features(config));
        Javalin http;
        try {
            http = HttpApi.create("0.0.0.0", config.port(), features.routes());
            http.start();
        } catch (RuntimeException e) {
            timers.shutdownNow();
            features.close();
            throw e;
        }
        features.startPeriodicTasks();
        LOG.info("Switchboard {} (protocol {}) listening on port {}, data in {}{}", ProtocolVersion.productVersion(),
                ProtocolVersion.PROTOCOL, http.port(), config.dataDir(), config.demo() ? ", demo data" : "");
        LOG.info("trusted proxies: {}; per address: {}", config.trustedProxies(), config.addressLimits());
        return new SwitchboardServer(database, timers, features, http);
    }

    public int port() {
        return http.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Every endpoint the features registered, for tests that hold them against the role matrix. */
    public List<HttpApi.Endpoint> endpoints() {
        return HttpApi.endpoints(http);
    }

    /** Every message type the agent socket takes, for tests that hold them against the role matrix. */
    public Set<String> agentMessageTypes() {
        return features.require(AgentSocket.class).messageTypes();
    }

    /** Runs the periodic session check now: tests move the clock and call this instead of waiting. */
    public void checkSessionsNow() {
        features.require(AgentSocket.class).checkSessions();
    }

    /** Runs the automatic invitation rules now: tests move the clock and call this instead of waiting. */
    public void runInvitationRulesNow() {
        features.require(InvitationService.class).evaluateRules();
    }

    /** Sweeps the open chats for automatic messages now: tests move the clock and call this instead of waiting. */
    public void sweepAutomaticMessagesNow() {
        features.require(ChatAutomation.class).sweep();
    }

    /** Forgets the automatic messages' state of chats that ended long ago, as the hourly housekeeping would; answers how many. */
    public int forgetEndedChatAutomationNow() {
        return features.require(ChatAutomation.class).forgetEndedChats();
    }

    /** Gives queued chats to free agents now, as the one-second timer would. */
    public void drainChatQueueNow() {
        features.require(Chat.class).drainQueue();
    }

    /** Indexes ended chats for the history search now, as the two-second timer would; answers how many. */
    public int indexHistoryNow() {
        return features.require(HistoryIndexer.class).indexPending(Integer.MAX_VALUE);
    }

    /** Requeues the chats of agents who left, as the five-second timer would: tests move the clock and call this. */
    public void requeueOrphanedChatsNow() {
        features.require(Chat.class).requeueOrphans();
    }

    /** The SLA port the ticket core evaluates tickets through (issue 13), for tests of SLAs against a running backend. */
    public TicketSla ticketSla() {
        return features.require(TicketSla.class);
    }

    /** Announces the SLA warnings and breaches due by the clock's now, as the half-minute timer would; answers how many. */
    public int runSlaSchedulerNow() {
        return features.require(TicketSlaScheduler.class).runNow();
    }

    /** This node's SLA scheduler, for tests that run it slice by slice. */
    public TicketSlaScheduler slaScheduler() {
        return features.require(TicketSlaScheduler.class);
    }

    /** Reaches the pending reminders due by the clock's now, as the half-minute timer would; answers how many this node reached. */
    public int runPendingRemindersNow() {
        return features.require(PendingReminders.class).runNow();
    }

    /** Runs the ticket schedules whose slot has come, as the timer would; answers how many tickets they acted on. */
    public int runTicketSchedulesNow() {
        return features.require(ScheduleRunner.class).runDue();
    }

    /** Reads the connected mailboxes now, as the e-mail channel's timer would; answers how many mails made something. */
    public int pollMailNow() {
        return features.require(MailChannel.class).pollNow();
    }

    /** The e-mail channel of this node: its explicit runs and whether it watches a mailbox with IMAP IDLE (ADR 0041). */
    public MailChannel mailChannel() {
        return features.require(MailChannel.class);
    }

    /** Sends the queued ticket mails that are due now; answers how many went out. */
    public int sendMailNow() {
        return features.require(MailChannel.class).sendNow();
    }

    /** Makes tickets of the messages visitors left in unanswered chats, as the half-minute timer would; answers how many. */
    public int ticketsFromLeftMessagesNow() {
        return features.require(LeftMessageTickets.class).runNow();
    }

    public int openVisitorPages() {
        return features.require(Visitors.class).openPages();
    }

    public int openAgentSockets() {
        return features.require(AgentSocket.class).openConnections();
    }

    /** Stops taking requests, lets running ones finish, then closes the database. */
    @Override
    public void close() {
        LOG.info("shutting down");
        http.stop();
        // work already asked for (routing new chats, a drain) finishes: interrupting a thread in the
        // middle of a database write makes H2 close its file, failing every write after it
        timers.shutdown();
        try {
            if (!timers.awaitTermination(10, TimeUnit.SECONDS)) {
                timers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the writers store what is still queued (chat messages and receipts, then visits), before the database closes
        features.close();
        database.close();
        LOG.info("stopped");
    }
}
