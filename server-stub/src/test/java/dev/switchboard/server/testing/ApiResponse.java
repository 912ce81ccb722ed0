package dev.switchboard.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.json.Json;

/** A finished HTTP exchange as tests look at it. */
public record ApiResponse(int status, String contentType, String body, okhttp3.Headers headers) {

    public JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (Exception e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + body, e);
        }
    }

    public boolean isProblem() {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    /** The problem type's last segment, e.g. {@code bad-credentials}. */
    public String problemSlug() {
        String type = json().path("type").asText();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
