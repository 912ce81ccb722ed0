package dev.switchboard.shared.sla;

import java.util.List;

/** Body of {@code PUT /api/v1/sla-policies/order}: every policy's id, in the order to try them. */
public record SlaPolicyOrder(List<Long> ids) {

    public SlaPolicyOrder {
        ids = ids == null ? null : List.copyOf(ids);
    }
}
