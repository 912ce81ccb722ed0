package dev.switchboard.shared.agents;

import java.util.List;

/** Body of {@code PUT /api/v1/away-reasons/order}: every reason's id once, in the order the status menus offer them. */
public record AwayReasonOrder(List<Long> ids) {
}
