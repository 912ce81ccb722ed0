package dev.switchboard.server;

import dev.switchboard.server.agents.AccountBootstrap;
import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.agents.AgentRoutes;
import dev.switchboard.server.agents.AgentService;
import dev.switchboard.server.agents.GroupService;
import dev.switchboard.server.agents.Presence;
import dev.switchboard.server.auth.AuthRoutes;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.LoginThrottle;
import dev.switchboard.server.auth.PasswordHasher;
import dev.switchboard.server.infra.Database;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncRoutes;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.health.ProtocolVersion;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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

    private SwitchboardServer(Database database, Javalin http, AgentSocket agentSocket, ScheduledExecutorService housekeeping) {
        this.database = database;
        this.http = http;
        this.agentSocket = agentSocket;
        this.housekeeping = housekeeping;
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
        ChangeLog changeLog = new ChangeLog(database.jdbi(), config.clock());
        PasswordHasher hasher = new PasswordHasher(config.bcryptCost());
        AuthService auth = new AuthService(database.jdbi(), new AgentDirectory(database.jdbi()), hasher,
                LoginThrottle.standard(config.clock()), config.clock(), config.sessionIdle(), config.sessionLifetime());
        AgentService agents = new AgentService(database.jdbi(), changeLog, hasher, auth);
        GroupService groups = new GroupService(database.jdbi(), changeLog);
        Presence presence = new Presence(changeLog);
        SyncService sync = new SyncService(changeLog);
        Callers callers = new Callers(auth);
        AgentSocket agentSocket = new AgentSocket(callers, auth, presence, sync);
        auth.addListener(agentSocket);

        AccountBootstrap bootstrap = new AccountBootstrap(database.jdbi(), agents, groups);
        if (config.demo()) {
            bootstrap.seedDemo();
        } else {
            bootstrap.ensureAdmin(config.adminPassword(), System.out);
        }
        presence.resetAll();

        Javalin http = HttpApi.create("0.0.0.0", config.port(), List.of(
                new HealthRoutes(),
                new AuthRoutes(auth, callers),
                new AgentRoutes(agents, groups, callers),
                new SyncRoutes(sync, callers),
                agentSocket));
        http.start();

        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "switchboard-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(() -> runSafely(agentSocket::checkSessions), 1, 1, TimeUnit.MINUTES);
        housekeeping.scheduleWithFixedDelay(() -> runSafely(auth::purgeEnded), 1, 60, TimeUnit.MINUTES);
        LOG.info("Switchboard {} (protocol {}) listening on port {}, data in {}{}", ProtocolVersion.productVersion(),
                ProtocolVersion.PROTOCOL, http.port(), config.dataDir(), config.demo() ? ", demo data" : "");
        return new SwitchboardServer(database, http, agentSocket, housekeeping);
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

    public int openAgentSockets() {
        return agentSocket.openConnections();
    }

    /** Stops taking requests, lets running ones finish, then closes the database. */
    @Override
    public void close() {
        LOG.info("shutting down");
        housekeeping.shutdownNow();
        http.stop();
        database.close();
        LOG.info("stopped");
    }
}
