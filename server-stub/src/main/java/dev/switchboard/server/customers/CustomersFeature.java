package dev.switchboard.server.customers;

import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;

/**
 * The minimal customer record (issue 13): a name and contacts, found or made by contact for the
 * requesters of tickets. Publishes {@link Customers}; the customers issue adds its endpoints.
 */
public final class CustomersFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        context.publish(Customers.class, new Customers(context.clock()));
    }
}
