package dev.switchboard.server.sites;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;

/**
 * Sites that embed the widget: their settings and pre-chat forms, {@code /widget.js}, the widget's
 * configuration and, with demo data, the demo shop. Publishes {@link SiteService}.
 */
public final class SitesFeature implements BackendFeature {

    private final boolean demo;
    private final boolean demoSettings;

    /**
     * @param demo         a demo site open to every origin, and the demo shop at {@code /demo/}
     * @param demoSettings the demo site shows agents what visitors type (the typing preview), as {@code --demo} has it
     */
    public SitesFeature(boolean demo, boolean demoSettings) {
        this.demo = demo;
        this.demoSettings = demoSettings;
    }

    @Override
    public void install(FeatureContext context) {
        SiteService sites = new SiteService(context.jdbi());
        sites.ensureDefaultSite(demo, demo && demoSettings);
        Callers callers = context.require(Callers.class);
        AgentDirectory directory = context.require(AgentDirectory.class);
        context.routes(new SiteRoutes(sites, callers), new WidgetRoutes(sites, directory::anyAgentAvailable, demo));
        context.publish(SiteService.class, sites);
    }
}
