package dev.switchboard.server.visitors;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BatchWriter;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.sites.SiteService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The visitors feature, assembled: tracking, the widget socket, the agent feed and the REST API. */
public final class Visitors {

    /** How often changed visitors are sent to workstations: well under the 50 ms latency goal. */
    public static final Duration FLUSH_INTERVAL = Duration.ofMillis(20);
    private static final Logger LOG = LoggerFactory.getLogger(Visitors.class);

    private final VisitorTracker tracker;
    private final VisitorService service;
    private final VisitorSocket socket;
    private final VisitorFeed feed;
    private final VisitorRoutes routes;
    private final BatchWriter writer;

    /** @param socketsPerAddress widget sockets one client address may have open at once (0: no limit) */
    public Visitors(Jdbi jdbi, Clock clock, SiteService sites, RegionLookup regions, Callers callers, ScheduledExecutorService timers,
                    AuditLog audit, int socketsPerAddress) {
        this.tracker = new VisitorTracker(clock);
        this.writer = new BatchWriter(jdbi, "visitor-writer");
        VisitorRecorder recorder = new VisitorRecorder(writer, clock, tracker, new SourceAnalyzer(), new DeviceDetector(), regions);
        this.service = new VisitorService(jdbi, tracker, recorder, audit);
        this.socket = new VisitorSocket(sites, recorder, tracker, (visitorId, ip) -> false, timers,
                new SocketsPerAddress(socketsPerAddress));
        this.feed = new VisitorFeed(tracker);
        this.routes = new VisitorRoutes(service, callers);
    }

    /** Starts sending batches to workstations and registers the feed on the agent socket. */
    public void start(AgentSocket agentSocket, ScheduledExecutorService timers) {
        agentSocket.addHandler(feed);
        timers.scheduleWithFixedDelay(() -> {
            try {
                feed.flush();
            } catch (RuntimeException e) {
                LOG.error("visitor batch failed", e);
            }
        }, FLUSH_INTERVAL.toMillis(), FLUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Who may not use the widget; nobody is refused until a gate is set. */
    public void setGate(VisitorGate gate) {
        socket.setGate(gate);
    }

    public void addHandler(VisitorMessageHandler handler) {
        socket.addHandler(handler);
    }

    public void addListener(VisitorListener listener) {
        socket.addListener(listener);
        service.addListener(listener);
    }

    public List<HttpApi.Routes> routes() {
        return List.of(socket, routes);
    }

    public VisitorTracker tracker() {
        return tracker;
    }

    public VisitorService service() {
        return service;
    }

    public int openPages() {
        return socket.openPages();
    }

    /** Writes what is still queued; call after the HTTP server stopped and before the database closes. */
    public void close() {
        writer.close();
    }
}
