package dev.switchboard.server.distribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.routing.RoutingReason;
import dev.switchboard.shared.routing.RoutingReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A routing decision as kept with its item. A decision lists every agent of the group with
 * a verdict: with a hundred agents that was 9 KB of JSON per chat, and writing it was most of the
 * cost of handing out a long queue. Stored compactly instead: each candidate an array, and the
 * verdict left out where it is the usual one (free, but the chosen agent came first), which is
 * rebuilt on reading. Verdicts are stored as codes with parameters (format 2, ADR 0013), so that
 * clients word them in their reader's language. Both older forms are still read: objects with
 * named fields, and compact arrays with an English sentence; their verdicts have no code.
 */
public final class StoredRouting {

    private static final Logger LOG = LoggerFactory.getLogger(StoredRouting.class);
    private static final ObjectReader LEGACY_READER = Json.mapper().readerFor(RoutingReasons.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The stored form of verdicts as codes. */
    static final int CODES = 2;

    /** The stored form: {@code candidates} as {@code [agentId, name, chosen, code or null, params or null]}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Compact(Integer format, Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Long agentId,
                   List<Candidate> candidates) {

        @JsonFormat(shape = JsonFormat.Shape.ARRAY)
        record Candidate(long agentId, String name, boolean chosen, RoutingReasonCode code, Map<String, String> params) {
        }
    }

    /** The compact form before codes: {@code [agentId, name, chosen, English reason or null]}. */
    record EnglishCompact(Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Long agentId, List<Candidate> candidates) {

        @JsonFormat(shape = JsonFormat.Shape.ARRAY)
        record Candidate(long agentId, String name, boolean chosen, String reason) {
        }
    }

    private StoredRouting() {
    }

    static String json(RoutingDecision decision) {
        RoutingReason usual = Router.passedOver(chosenName(decision));
        List<Compact.Candidate> candidates = new ArrayList<>(decision.candidates().size());
        for (RoutingDecision.Candidate c : decision.candidates()) {
            boolean isUsual = usual.equals(c.reason());
            candidates.add(new Compact.Candidate(c.agentId(), c.name(), c.chosen(), isUsual ? null : c.reason().code(),
                    isUsual || c.reason().params().isEmpty() ? null : c.reason().params()));
        }
        Compact compact = new Compact(CODES, decision.ruleId(), decision.ruleName(), decision.groupId(), decision.strategy(),
                decision.agentId().orElse(null), candidates);
        try {
            return Json.mapper().writeValueAsString(compact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("routing decisions always serialize", e);
        }
    }

    /** A decision as shown to agents (and answered by the rules' dry run). */
    public static RoutingReasons reasons(RoutingDecision d) {
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
            if (tree.path("format").asInt() == CODES) {
                return readCodes(Json.mapper().treeToValue(tree, Compact.class));
            }
            if (!tree.path("candidates").path(0).isArray()) {
                return LEGACY_READER.readValue(tree);
            }
            return readEnglish(Json.mapper().treeToValue(tree, EnglishCompact.class));
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("stored routing reasons are not readable: {}", e.getMessage());
            return null;
        }
    }

    private static RoutingReasons readCodes(Compact compact) {
        String chosen = compact.candidates().stream().filter(Compact.Candidate::chosen).findFirst().map(Compact.Candidate::name).orElse(null);
        RoutingReason usual = Router.passedOver(chosen);
        List<RoutingReasons.Candidate> candidates = compact.candidates().stream()
                .map(c -> new RoutingReasons.Candidate(c.agentId(), c.name(), c.chosen(),
                        c.code() == null ? usual : new RoutingReason(c.code(), c.params())))
                .toList();
        return new RoutingReasons(compact.ruleId(), compact.ruleName(), compact.groupId(), compact.strategy(), compact.agentId(), candidates);
    }

    private static RoutingReasons readEnglish(EnglishCompact compact) {
        String chosen = compact.candidates().stream().filter(EnglishCompact.Candidate::chosen).findFirst()
                .map(EnglishCompact.Candidate::name).orElse(null);
        String usual = Router.passedOver(chosen).english();
        List<RoutingReasons.Candidate> candidates = compact.candidates().stream()
                .map(c -> new RoutingReasons.Candidate(c.agentId(), c.name(), c.chosen(), c.reason() != null ? c.reason() : usual))
                .toList();
        return new RoutingReasons(compact.ruleId(), compact.ruleName(), compact.groupId(), compact.strategy(), compact.agentId(), candidates);
    }

    private static String chosenName(RoutingDecision decision) {
        return decision.candidates().stream().filter(RoutingDecision.Candidate::chosen).findFirst()
                .map(RoutingDecision.Candidate::name).orElse(null);
    }
}
