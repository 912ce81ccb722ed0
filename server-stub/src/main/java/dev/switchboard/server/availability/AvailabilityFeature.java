package dev.switchboard.server.availability;

import dev.switchboard.server.distribution.ActiveRoutingRules;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.visitors.Visitors;

/**
 * Whether anyone can answer a visitor's chat now, as the widget shows it before the chat
 * ({@code availability.ask} on the visitor socket): the groups the routing rules give the visitor,
 * their agents online and their business hours.
 */
public final class AvailabilityFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        Visitors visitors = context.require(Visitors.class);
        visitors.addHandler(new WidgetAvailability(context.jdbi(), context.clock(), context.require(SiteService.class), visitors.tracker(),
                context.require(ActiveRoutingRules.class), context.require(BusinessHoursService.class)));
    }
}
