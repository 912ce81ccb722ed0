package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.shared.routing.RoutingReason;
import dev.switchboard.shared.routing.RoutingReasonCode;
import dev.switchboard.shared.routing.RoutingStep;
import java.util.List;
import java.util.Map;

/**
 * Why routing placed a chat where it is, as stored on the conversation at its last routing: the
 * rule that matched ({@code ruleId} null for the fallback), the group and its strategy, the agent
 * chosen (null: the chat waited in the group's queue), and every agent considered with the reason
 * they were chosen or passed over; and the chat's routing history, oldest first (routed, queued,
 * taken, transferred, requeued, ...), which says how it came to each agent since.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingReasons(Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Long agentId,
                             List<Candidate> candidates, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RoutingStep> history) {

    public RoutingReasons {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The decision alone, without history. */
    public RoutingReasons(Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Long agentId, List<Candidate> candidates) {
        this(ruleId, ruleName, groupId, strategy, agentId, candidates, List.of());
    }

    /** The same decision with this history. */
    public RoutingReasons withHistory(List<RoutingStep> steps) {
        return new RoutingReasons(ruleId, ruleName, groupId, strategy, agentId, candidates, steps);
    }

    /**
     * One agent looked at, and the verdict: {@code reason} in English, and as {@code code} with
     * {@code params} for clients to word in their reader's language (both null in reasons stored
     * before codes existed, which have the English only).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(long agentId, String name, boolean chosen, String reason, RoutingReasonCode code, Map<String, String> params) {

        public Candidate {
            params = params == null || params.isEmpty() ? null : Map.copyOf(params);
        }

        /** A verdict stored before codes: English only. */
        public Candidate(long agentId, String name, boolean chosen, String reason) {
            this(agentId, name, chosen, reason, null, null);
        }

        public Candidate(long agentId, String name, boolean chosen, RoutingReason reason) {
            this(agentId, name, chosen, reason.english(), reason.code(), reason.params());
        }

        /** The structured reason, when there is one. */
        public java.util.Optional<RoutingReason> structured() {
            return code == null ? java.util.Optional.empty() : java.util.Optional.of(new RoutingReason(code, params));
        }
    }
}
