package dev.switchboard.shared.tickets;

/**
 * Body of {@code POST /api/v1/ticket-categories} and {@code PUT /api/v1/ticket-categories/{id}}:
 * both names; {@code parentId} (null: at the top), {@code position} (default: last among its
 * siblings) and {@code enabled} (default true); a replacement carries the {@code version} it was
 * read at.
 */
public record NewTicketCategory(Long parentId, String name, String nameZh, Integer position, Boolean enabled, Long version) {
}
