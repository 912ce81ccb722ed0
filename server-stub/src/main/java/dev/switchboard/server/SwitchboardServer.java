package dev.switchboard.server;

import dev.switchboard.server.agents.AccountBootstrap;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.canned.CannedReplyRoutes;
import dev.switchboard.server.canned.CannedReplyService;
import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.distribution.Distribution;
import dev.switchboard.server.audit.AuditRoutes;
import dev.switchboard.server.blocks.BlockRoutes;
import dev.switchboard.server.blocks.BlockService;
import dev.switchboard.server.invitations.InvitationRoutes;
import dev.switchboard.server.invitations.InvitationRuleService;
import dev.switchboard.server.invitations.InvitationService;
import dev.switchboard.server.sites.SiteRoutes;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.sites.WidgetRoutes;
import dev.switchboard.server.visitors.RegionLookup;
import dev.switchboard.server.visitors.Visitors;
import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.agents.AgentRoutes;
import dev.switchboard.server.agents.AgentService;
import dev.switchboard.server.agents.GroupService;
import dev.switchboard.server.agents.Presence;
import dev.switchboard.server.auth.AuthRoutes;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.LoginThrottle;
import dev.switchboard.server.auth.PasswordChanges;
import dev.switchboard.server.auth.PasswordHasher;
import dev.switchboard.server.auth.PasswordPolicy;
import dev.switchboard.server.infra.ClientAddress;
import dev.switchboard.server.infra.Database;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.routingrules.RoutingDryRun;
import dev.switchboard.server.routingrules.RoutingRuleRoutes;
import dev.switchboard.server.routingrules.RoutingRuleService;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncRoutes;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.health.ProtocolVersion;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The backend: wires the features together, starts them in order and stops them in reverse. */
public final class SwitchboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardServer.class);

    private final Database database;
    private final Javalin http;
    private final AgentSocket agentSocket;
    private final ScheduledExecutorService housekeeping;
    private final Visitors visitors;
    private final InvitationService invitations;
    private final Chat chat;

    private SwitchboardServer(Database database, Javalin http, AgentSocket agentSocket, ScheduledExecutorService housekeeping,
                              Visitors visitors, InvitationService invitations, Chat chat) {
        this.database = database;
        this.http = http;
        this.agentSocket = agentSocket;
        this.housekeeping = housekeeping;
        this.visitors = visitors;
        this.invitations = invitations;
        this.chat = chat;
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
        ChangeLog changeLog = new ChangeLog(database.jdbi(), config.clock());
        PasswordHasher hasher = new PasswordHasher(config.bcryptCost());
        AgentDirectory directory = new AgentDirectory(database.jdbi());
        AuthService auth = new AuthService(database.jdbi(), directory, hasher,
                LoginThrottle.standard(config.clock()), config.clock(), config.sessionIdle(), config.sessionLifetime());
        PasswordPolicy passwordPolicy = PasswordPolicy.standard();
        AgentService agents = new AgentService(database.jdbi(), changeLog, hasher, passwordPolicy, auth);
        AuditLog audit = new AuditLog(database.jdbi(), config.clock());
        GroupService groups = new GroupService(database.jdbi(), changeLog, audit);
        Presence presence = new Presence(changeLog);
        SyncService sync = new SyncService(changeLog);
        Callers callers = new Callers(auth);
        AgentSocket agentSocket = new AgentSocket(callers, auth, presence, sync);
        auth.addListener(agentSocket);
        auth.addAccountListener(agentSocket);

        AccountBootstrap bootstrap = new AccountBootstrap(database.jdbi(), agents, groups, hasher);
        if (config.demo()) {
            bootstrap.seedDemo();
        } else {
            bootstrap.ensureAdmin(config.adminPassword(), config.dataDir(), System.out);
        }
        presence.resetAll();
        SiteService sites = new SiteService(database.jdbi());
        sites.ensureDefaultSite(config.demo());

        RegionLookup regions = config.regionDatabase().map(RegionLookup::load).orElse(RegionLookup.NONE);
        Visitors visitors = new Visitors(database.jdbi(), config.clock(), sites, regions, callers, timers, audit,
                config.addressLimits().visitorSockets());
        BlockService blocks = new BlockService(database.jdbi(), config.clock(), audit, visitors.service(), visitors.tracker());
        visitors.setGate(blocks);
        InvitationRuleService rules = new InvitationRuleService(database.jdbi(), sites);
        InvitationService invitations = new InvitationService(database.jdbi(), config.clock(), visitors.tracker(), rules, directory);
        visitors.addListener(invitations);
        visitors.start(agentSocket, timers);
        RoutingRuleService routingRules = new RoutingRuleService(database.jdbi(), audit);
        Distribution distribution = new Distribution(database.jdbi(), config.clock(), timers, routingRules::active, changeLog, visitors);
        Chat chat = new Chat(database.jdbi(), config.clock(), config.dataDir(), visitors, agentSocket, directory, callers, sites, distribution,
                config.uploads(), config.addressLimits());

        List<HttpApi.Routes> routes = new ArrayList<>(List.of(
                // first: every route after it reads the client's address
                new ClientAddress(config.trustedProxies()),
                new HealthRoutes(),
                new AuthRoutes(auth, new PasswordChanges(directory, hasher, passwordPolicy, auth, config.clock()), callers),
                new AgentRoutes(agents, groups, callers),
                new SyncRoutes(sync, callers),
                agentSocket,
                new SiteRoutes(sites, callers),
                new WidgetRoutes(sites, directory::anyAgentAvailable, config.demo()),
                new BlockRoutes(blocks, callers),
                new InvitationRoutes(invitations, rules, callers),
                new AuditRoutes(audit, callers),
                new RoutingRuleRoutes(routingRules, new RoutingDryRun(chat::previewRouting), callers),
                new CannedReplyRoutes(new CannedReplyService(database.jdbi(), changeLog, directory, sync), callers)));
        routes.addAll(chat.routes());
        routes.addAll(visitors.routes());
        Javalin http = HttpApi.create("0.0.0.0", config.port(), routes);
        http.start();

        timers.scheduleWithFixedDelay(() -> runSafely(agentSocket::checkSessions), 1, 1, TimeUnit.MINUTES);
        timers.scheduleWithFixedDelay(() -> runSafely(auth::purgeEnded), 1, 60, TimeUnit.MINUTES);
        timers.scheduleWithFixedDelay(() -> runSafely(invitations::evaluateRules), 1, 1, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(() -> runSafely(invitations::forgetOffline), 10, 10, TimeUnit.MINUTES);
        timers.scheduleWithFixedDelay(() -> runSafely(chat::drainQueue), 1, 1, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(() -> runSafely(() -> bootstrap.forgetChangedAdminPassword(config.dataDir())), 1, 1, TimeUnit.MINUTES);
        LOG.info("Switchboard {} (protocol {}) listening on port {}, data in {}{}", ProtocolVersion.productVersion(),
                ProtocolVersion.PROTOCOL, http.port(), config.dataDir(), config.demo() ? ", demo data" : "");
        LOG.info("trusted proxies: {}; per address: {}", config.trustedProxies(), config.addressLimits());
        return new SwitchboardServer(database, http, agentSocket, timers, visitors, invitations, chat);
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("housekeeping failed", e);
        }
    }

    public int port() {
        return http.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Runs the periodic session check now: tests move the clock and call this instead of waiting. */
    public void checkSessionsNow() {
        agentSocket.checkSessions();
    }

    /** Runs the automatic invitation rules now: tests move the clock and call this instead of waiting. */
    public void runInvitationRulesNow() {
        invitations.evaluateRules();
    }

    /** Gives queued chats to free agents now, as the one-second timer would. */
    public void drainChatQueueNow() {
        chat.drainQueue();
    }

    public int openVisitorPages() {
        return visitors.openPages();
    }

    public int openAgentSockets() {
        return agentSocket.openConnections();
    }

    /** Stops taking requests, lets running ones finish, then closes the database. */
    @Override
    public void close() {
        LOG.info("shutting down");
        http.stop();
        // work already asked for (routing new chats, a drain) finishes: interrupting a thread in the
        // middle of a database write makes H2 close its file, failing every write after it
        housekeeping.shutdown();
        try {
            if (!housekeeping.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                housekeeping.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        visitors.close();
        chat.close();
        database.close();
        LOG.info("stopped");
    }
}
