package dev.switchboard.shared.visitors;

/** Body of {@code PUT /api/v1/visitors/{id}/level}: the visitor's customer level, or null to clear it. */
public record CustomerLevelChange(String level) {
}
