package dev.switchboard.shared.triggers;

import java.util.List;

/** Body of {@code PUT /api/v1/ticket-triggers/order}: every trigger's id, in the order they run. */
public record TicketTriggerOrder(List<Long> ids) {

    public TicketTriggerOrder {
        ids = ids == null ? null : List.copyOf(ids);
    }
}
