package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why routing placed a chat where it is, as stored on the conversation at its last routing: the
 * rule that matched ({@code ruleId} null for the fallback), the group and its strategy, the agent
 * chosen (null: the chat waited in the group's queue), and every agent considered with the reason
 * they were chosen or passed over.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingReasons(Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Long agentId,
                             List<Candidate> candidates) {

    public RoutingReasons {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** One agent looked at, and the verdict. */
    public record Candidate(long agentId, String name, boolean chosen, String reason) {
    }
}
