package dev.switchboard.server.visitors;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.sites.SiteService;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Live visitors: the widget socket, tracking, the visitor list on agent sockets and {@code /api/v1/visitors}. Publishes {@link Visitors}. */
public final class VisitorsFeature implements BackendFeature {

    private final Optional<Path> regionDatabase;
    private final int socketsPerAddress;

    /**
     * @param regionDatabase    an ip2region xdb file or an IP2Location LITE CSV to tell visitors' regions, or empty for none
     * @param socketsPerAddress widget sockets one client address may have open at once (0: no limit)
     */
    public VisitorsFeature(Optional<Path> regionDatabase, int socketsPerAddress) {
        this.regionDatabase = regionDatabase;
        this.socketsPerAddress = socketsPerAddress;
    }

    @Override
    public void install(FeatureContext context) {
        RegionLookup regions = regionDatabase.map(RegionLookup::load).orElse(RegionLookup.NONE);
        // Blocks stand on the visitors (they look visitors up and disconnect them) and the widget
        // socket asks the blocks at every hello: that edge of the cycle is resolved once all are installed.
        Supplier<VisitorGate> gate = context.later(VisitorGate.class);
        Visitors visitors = new Visitors(context.jdbi(), context.clock(), context.require(SiteService.class), regions,
                context.require(Callers.class), context.timers(), context.require(AuditLog.class), socketsPerAddress,
                (visitorId, ip) -> gate.get().isBlocked(visitorId, ip));
        context.require(AgentSocket.class).addHandler(visitors.feed());
        context.routes(visitors.routes().toArray(HttpApi.Routes[]::new));
        context.every(Visitors.FLUSH_INTERVAL, Visitors.FLUSH_INTERVAL, "visitor batch", visitors::flushFeed);
        context.onClose("visitor writer", visitors::close);
        context.publish(Visitors.class, visitors);
    }
}
