package dev.switchboard.server.distribution;

import dev.switchboard.shared.agents.AgentStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An agent as routing sees them at one moment, for one kind of work: status, capacity (how many
 * items of the kind they hold at once), load (items held and offered to them), items given today,
 * groups with skill levels (1 to 10), and when they last got an item.
 */
public record AgentLoad(long agentId, String name, AgentStatus status, int capacity, int load, int givenToday,
                        Set<Long> groupIds, Map<Long, Integer> skills, Instant lastAssignedAt) {

    public AgentLoad {
        groupIds = Set.copyOf(groupIds);
        skills = Map.copyOf(skills);
    }

    /** The same agent after being given one more item at {@code at}. */
    public AgentLoad withItemGiven(Instant at) {
        return new AgentLoad(agentId, name, status, capacity, load + 1, givenToday + 1, groupIds, skills, at);
    }

    /** The same agent while one more item is offered to them: it takes a place until accepted or withdrawn. */
    public AgentLoad withItemOffered() {
        return new AgentLoad(agentId, name, status, capacity, load + 1, givenToday, groupIds, skills, lastAssignedAt);
    }

    /** Room for one more item. */
    boolean hasRoom() {
        return load < capacity;
    }

    int skillIn(long groupId) {
        return skills.getOrDefault(groupId, 0);
    }
}
