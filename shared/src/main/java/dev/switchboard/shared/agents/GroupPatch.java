package dev.switchboard.shared.agents;

/** Body of {@code PATCH /api/v1/groups/{id}}: absent (null) fields are left as they are. */
public record GroupPatch(String name, String description) {
}
