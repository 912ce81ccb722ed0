package dev.switchboard.app.team;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import java.util.List;

/** One batch of synced changes to write to the cache, with the cursor they bring it up to. */
public record TeamUpdate(
        List<Agent> upsertedAgents,
        List<Long> deletedAgents,
        List<Group> upsertedGroups,
        List<Long> deletedGroups,
        long cursor) {

    public TeamUpdate {
        upsertedAgents = List.copyOf(upsertedAgents);
        deletedAgents = List.copyOf(deletedAgents);
        upsertedGroups = List.copyOf(upsertedGroups);
        deletedGroups = List.copyOf(deletedGroups);
    }
}
