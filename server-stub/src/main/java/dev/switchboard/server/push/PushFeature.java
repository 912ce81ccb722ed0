package dev.switchboard.server.push;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.visitors.Visitors;

/**
 * Messages and window ads to visitors on the site (消息推送 / 窗口广告): segments of visitors,
 * {@code /api/v1/segments}; pushes within caps and their counts, {@code /api/v1/push}; the widget's
 * reports on the visitor socket. With demo data, a few segments of the demo shop's visitors.
 */
public final class PushFeature implements BackendFeature {

    private final boolean demo;

    /** @param demo seed the demo's segments */
    public PushFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        Visitors visitors = context.require(Visitors.class);
        SegmentService segments = new SegmentService(context.jdbi(), context.clock(), context.require(SiteService.class));
        PushService pushes = new PushService(context.jdbi(), context.clock(), visitors.tracker(), segments);
        visitors.addHandler(pushes);
        if (demo) {
            DemoSegments.seed(context.jdbi(), context.clock());
        }
        context.routes(new PushRoutes(segments, pushes, context.require(Callers.class)));
    }
}
