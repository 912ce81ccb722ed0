package dev.switchboard.server.sites;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.visitors.SiteSettings;

/**
 * Sites that embed the widget: their settings, look and pre-chat forms (ADR 0023), {@code /widget.js},
 * the widget's configuration, preview pages and, with demo data, the demo shop. Publishes {@link SiteService}.
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
        SiteService sites = new SiteService(context.jdbi(), context.require(ChangeLog.class), context.require(AuditLog.class));
        sites.ensureDefaultSite(demo, demo && demoSettings);
        // sites are administrators' business: agents' workstations never hear of them
        context.require(SyncService.class).restrict(SiteSettings.ENTITY, reader -> change -> reader.role() == Role.ADMIN);
        SitePreviews previews = new SitePreviews(context.jdbi(), sites, context.clock());
        Callers callers = context.require(Callers.class);
        AgentDirectory directory = context.require(AgentDirectory.class);
        context.routes(new SiteRoutes(sites, previews, callers), new WidgetRoutes(sites, previews, directory::anyAgentAvailable, demo));
        context.publish(SiteService.class, sites);
    }
}
