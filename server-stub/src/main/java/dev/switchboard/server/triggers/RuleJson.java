package dev.switchboard.server.triggers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.triggers.RuleAction;
import dev.switchboard.shared.triggers.RuleCondition;
import dev.switchboard.shared.triggers.TriggerEvent;
import java.util.List;

/** The JSON columns of triggers and schedules (V51, V52): lists of the shared records. */
final class RuleJson {

    private static final TypeReference<List<RuleCondition>> CONDITIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<RuleAction>> ACTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<TriggerEvent>> EVENTS = new TypeReference<>() {
    };

    private RuleJson() {
    }

    static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<RuleCondition> conditions(String json) {
        return read(json, CONDITIONS);
    }

    static List<RuleAction> actions(String json) {
        return read(json, ACTIONS);
    }

    static List<TriggerEvent> events(String json) {
        return read(json, EVENTS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule's JSON column is not what V51/V52 describe: " + json, e);
        }
    }
}
