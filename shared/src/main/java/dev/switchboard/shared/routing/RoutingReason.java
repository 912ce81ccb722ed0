package dev.switchboard.shared.routing;

import java.util.Map;
import java.util.TreeMap;

/**
 * A reason of routing as a code and its parameters (see {@link RoutingReasonCode}), so that each
 * client says it in its reader's language; {@link #english()} is the sentence kept for readers
 * that show text only (logs, the REST API's {@code reason}).
 */
public record RoutingReason(RoutingReasonCode code, Map<String, String> params) {

    public RoutingReason {
        params = params == null ? Map.of() : Map.copyOf(new TreeMap<>(params));
    }

    public static RoutingReason of(RoutingReasonCode code, String... namesAndValues) {
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                params.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new RoutingReason(code, params);
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** The reason as an English sentence, as it was stored before reasons had codes. */
    public String english() {
        return switch (code) {
            case DECLINED_BEFORE -> "already offered this " + param("kind") + " and did not take it";
            case STATUS -> "status " + param("status").toLowerCase(java.util.Locale.ROOT);
            case AT_LIMIT -> "at the " + param("kind") + " limit (" + param("load") + "/" + param("capacity") + ")";
            case PASSED_OVER -> "free, but " + (params.containsKey("chosen") ? param("chosen") : "another agent") + " came first";
            case NEXT_IN_TURN -> "next in turn (" + load() + ")";
            case LEAST_LOADED -> "least loaded (" + load() + ")";
            case HIGHEST_SKILL -> "highest skill " + param("skill") + " (" + load() + ")";
            case SERVED_LAST -> "served this visitor last";
            case LAST_NOT_FREE -> "last agent not free; least loaded (" + load() + ")";
            case INVITED -> "invited the visitor (" + load() + ")";
        };
    }

    private String load() {
        return param("load") + "/" + param("capacity") + " " + param("kinds") + ", " + param("today") + " today";
    }
}
