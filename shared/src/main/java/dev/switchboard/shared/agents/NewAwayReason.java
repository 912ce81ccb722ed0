package dev.switchboard.shared.agents;

/**
 * Body of {@code POST /api/v1/away-reasons} and {@code PUT /api/v1/away-reasons/{id}}: both names;
 * {@code position} (default: last) and {@code enabled} (default true) are optional; a replacement
 * carries the {@code version} it was read at.
 */
public record NewAwayReason(String name, String nameZh, Integer position, Boolean enabled, Long version) {
}
