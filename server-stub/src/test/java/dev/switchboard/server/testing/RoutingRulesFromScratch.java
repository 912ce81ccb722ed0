package dev.switchboard.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A demo backend comes with routing rules for its pre-chat form's questions (ADR 0013); tests of
 * rules themselves start from none.
 */
public final class RoutingRulesFromScratch {

    private RoutingRulesFromScratch() {
    }

    /** Deletes every routing rule, as the administrator whose token is given. */
    public static void removeAll(ApiClient api, String adminToken) {
        for (JsonNode rule : api.get("/api/v1/routing-rules", adminToken).json()) {
            ApiResponse deleted = api.send("DELETE", "/api/v1/routing-rules/" + rule.path("id").asLong(), adminToken, null, null);
            if (deleted.status() != 204) {
                throw new AssertionError("could not delete routing rule " + rule + ": " + deleted.status() + " " + deleted.body());
            }
        }
    }
}
