package dev.switchboard.server.visitors;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BatchWriter;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentMessageHandler;
import dev.switchboard.server.sites.SiteService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.jdbi.v3.core.Jdbi;

/** The visitors feature, assembled: tracking, the widget socket, the agent feed and the REST API. */
public final class Visitors {

    /** How often changed visitors are sent to workstations: well under the 50 ms latency goal. */
    public static final Duration FLUSH_INTERVAL = Duration.ofMillis(20);

    private final VisitorTracker tracker;
    private final VisitorService service;
    private final VisitorSocket socket;
    private final VisitorFeed feed;
    private final VisitorRoutes routes;
    private final BatchWriter writer;

    /**
     * @param socketsPerAddress widget sockets one client address may have open at once (0: no limit)
     * @param gate              who may not use the widget, asked at every hello
     */
    public Visitors(Jdbi jdbi, Clock clock, SiteService sites, RegionLookup regions, Callers callers, ScheduledExecutorService timers,
                    AuditLog audit, int socketsPerAddress, VisitorGate gate) {
        this.tracker = new VisitorTracker(clock);
        this.writer = new BatchWriter(jdbi, "visitor-writer");
        VisitorRecorder recorder = new VisitorRecorder(writer, clock, tracker, new SourceAnalyzer(), new DeviceDetector(), regions);
        this.service = new VisitorService(jdbi, tracker, recorder, audit);
        this.socket = new VisitorSocket(sites, recorder, tracker, gate, timers, new SocketsPerAddress(socketsPerAddress));
        this.feed = new VisitorFeed(tracker);
        this.routes = new VisitorRoutes(service, callers);
    }

    /** The visitor list on agent sockets: {@code visitors.subscribe}. */
    AgentMessageHandler feed() {
        return feed;
    }

    /** Sends what changed since the last flush to the subscribed workstations; runs every {@link #FLUSH_INTERVAL}. */
    void flushFeed() {
        feed.flush();
    }

    public void addHandler(VisitorMessageHandler handler) {
        socket.addHandler(handler);
    }

    public void addListener(VisitorListener listener) {
        socket.addListener(listener);
        service.addListener(listener);
    }

    List<HttpApi.Routes> routes() {
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
    void close() {
        writer.close();
    }
}
