package dev.switchboard.server.distribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.server.distribution.Router;
import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A routing decision as kept with its item. A decision lists every agent of the group with
 * a verdict: with a hundred agents that was 9 KB of JSON per chat, and writing it was most of the
 * cost of handing out a long queue. Stored compactly instead: each candidate an array, and the
 * verdict left out where it is the usual one (free, but the chosen agent came first), which is
 * rebuilt on reading. Reasons stored before (objects with named fields) are still read.
 */
public final class StoredRouting {

    private static final Logger LOG = LoggerFactory.getLogger(StoredRouting.class);
    private static final ObjectReader LEGACY_READER = Json.mapper().readerFor(RoutingReasons.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The stored form: {@code candidates} as {@code [agentId, name, chosen, reason or null]}. */
    record Compact(Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Long agentId, List<Candidate> candidates) {

        @JsonFormat(shape = JsonFormat.Shape.ARRAY)
        record Candidate(long agentId, String name, boolean chosen, String reason) {
        }
    }

    private StoredRouting() {
    }

    static String json(RoutingDecision decision) {
        String usual = Router.passedOver(decision.candidates().stream().filter(RoutingDecision.Candidate::chosen).findFirst()
                .map(RoutingDecision.Candidate::name).orElse(null));
        List<Compact.Candidate> candidates = new ArrayList<>(decision.candidates().size());
        for (RoutingDecision.Candidate c : decision.candidates()) {
            candidates.add(new Compact.Candidate(c.agentId(), c.name(), c.chosen(), usual.equals(c.reason()) ? null : c.reason()));
        }
        Compact compact = new Compact(decision.ruleId(), decision.ruleName(), decision.groupId(), decision.strategy(),
                decision.agentId().orElse(null), candidates);
        try {
            return Json.mapper().writeValueAsString(compact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("routing decisions always serialize", e);
        }
    }

    /** A decision as shown to agents. */
    static RoutingReasons reasons(RoutingDecision d) {
        return new RoutingReasons(d.ruleId(), d.ruleName(), d.groupId(), d.strategy(), d.agentId().orElse(null),
                d.candidates().stream().map(c -> new RoutingReasons.Candidate(c.agentId(), c.name(), c.chosen(), c.reason())).toList());
    }

    /** The reasons as shown to agents; null when none were stored or they cannot be read. */
    public static RoutingReasons read(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode tree = Json.mapper().readTree(json);
            JsonNode first = tree.path("candidates").path(0);
            if (!first.isArray()) {
                return LEGACY_READER.readValue(tree);
            }
            Compact compact = Json.mapper().treeToValue(tree, Compact.class);
            List<RoutingReasons.Candidate> candidates = compact.candidates().stream()
                    .map(c -> new RoutingReasons.Candidate(c.agentId(), c.name(), c.chosen(), c.reason())).toList();
            String usual = Router.passedOver(chosenName(candidates));
            return new RoutingReasons(compact.ruleId(), compact.ruleName(), compact.groupId(), compact.strategy(), compact.agentId(),
                    candidates.stream().map(c -> c.reason() != null ? c
                            : new RoutingReasons.Candidate(c.agentId(), c.name(), c.chosen(), usual)).toList());
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("stored routing reasons are not readable: {}", e.getMessage());
            return null;
        }
    }

    private static String chosenName(List<RoutingReasons.Candidate> candidates) {
        return candidates.stream().filter(RoutingReasons.Candidate::chosen).findFirst().map(RoutingReasons.Candidate::name).orElse(null);
    }
}
