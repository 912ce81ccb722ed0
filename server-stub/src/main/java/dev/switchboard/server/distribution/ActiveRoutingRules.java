package dev.switchboard.server.distribution;

import java.util.List;

/** The enabled routing rules in order, as the routing-rules feature keeps them in memory. */
@FunctionalInterface
public interface ActiveRoutingRules {

    List<RoutingRule> active();
}
