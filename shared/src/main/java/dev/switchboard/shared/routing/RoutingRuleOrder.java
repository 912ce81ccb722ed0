package dev.switchboard.shared.routing;

import java.util.List;

/** Body of {@code PUT /api/v1/routing-rules/order}: every rule's id, in the order to try them. */
public record RoutingRuleOrder(List<Long> ids) {

    public RoutingRuleOrder {
        ids = ids == null ? null : List.copyOf(ids);
    }
}
