package dev.switchboard.shared.tickets;

/**
 * Body of {@code POST /api/v1/ticket-statuses} (all but {@code version}; {@code pausesSla} defaults
 * to false, {@code position} to last) and {@code PUT /api/v1/ticket-statuses/{key}} ({@code key}
 * and {@code kind} must stay as they are; {@code version} is the one the status was read at).
 */
public record NewTicketStatus(String key, String name, String nameZh, StatusKind kind, Boolean pausesSla, Integer position,
                              Long version) {
}
