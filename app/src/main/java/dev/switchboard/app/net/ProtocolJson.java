package dev.switchboard.app.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.shared.json.Json;

/**
 * JSON for what the workstation receives. The server is strict about what it reads; the client
 * tolerates fields it does not know, because a server of the same protocol generation may add
 * fields (only incompatible changes raise the protocol number). Writing uses the shared mapper.
 */
public final class ProtocolJson {

    private static final ObjectMapper TOLERANT = Json.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProtocolJson() {
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return TOLERANT.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return TOLERANT.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static JsonNode tree(Object value) {
        return Json.mapper().valueToTree(value);
    }
}
