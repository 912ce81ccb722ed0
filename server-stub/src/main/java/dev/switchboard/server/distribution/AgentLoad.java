package dev.switchboard.server.distribution;

import dev.switchboard.shared.agents.AgentStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An agent as routing sees them at one moment: status, capacity, load, groups with skill levels
 * (1 to 10), and when they last got a chat.
 */
public record AgentLoad(long agentId, String name, AgentStatus status, int maxChats, int openChats, int chatsToday,
                        Set<Long> groupIds, Map<Long, Integer> skills, Instant lastAssignedAt) {

    public AgentLoad {
        groupIds = Set.copyOf(groupIds);
        skills = Map.copyOf(skills);
    }

    /** The same agent after being given one more chat at {@code at}. */
    public AgentLoad withChatGiven(Instant at) {
        return new AgentLoad(agentId, name, status, maxChats, openChats + 1, chatsToday + 1, groupIds, skills, at);
    }

    /** The same agent while one more chat is offered to them: it takes a place until accepted or withdrawn. */
    public AgentLoad withChatOffered() {
        return new AgentLoad(agentId, name, status, maxChats, openChats + 1, chatsToday, groupIds, skills, lastAssignedAt);
    }

    int skillIn(long groupId) {
        return skills.getOrDefault(groupId, 0);
    }
}
