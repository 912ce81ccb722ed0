package dev.switchboard.shared.levels;

/**
 * Body of {@code POST /api/v1/customer-levels} and {@code PUT /api/v1/customer-levels/{id}}: name and
 * queue priority are required; {@code description} and {@code color} are optional (null or blank for
 * none); {@code position} defaults to last on a creation and to the current place on a replacement;
 * a replacement carries the {@code version} it was read at.
 */
public record NewCustomerLevel(String name, String description, Integer queuePriority, String color, Integer position, Long version) {
}
