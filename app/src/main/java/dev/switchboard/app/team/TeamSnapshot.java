package dev.switchboard.app.team;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable picture of the team (agents and groups) as synced up to change-log position
 * {@code cursor}. Built off the FX thread and handed to the UI whole, so the UI never sees a
 * half-applied batch.
 */
public record TeamSnapshot(SortedMap<Long, Agent> agents, SortedMap<Long, Group> groups, long cursor) {

    public static final TeamSnapshot EMPTY = new TeamSnapshot(new TreeMap<>(), new TreeMap<>(), 0);

    public TeamSnapshot {
        agents = Collections.unmodifiableSortedMap(new TreeMap<>(agents));
        groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
    }

    public static TeamSnapshot of(Collection<Agent> agents, Collection<Group> groups, long cursor) {
        SortedMap<Long, Agent> agentsById = new TreeMap<>();
        agents.forEach(agent -> agentsById.put(agent.id(), agent));
        SortedMap<Long, Group> groupsById = new TreeMap<>();
        groups.forEach(group -> groupsById.put(group.id(), group));
        return new TeamSnapshot(agentsById, groupsById, cursor);
    }

    public Optional<Agent> agent(long id) {
        return Optional.ofNullable(agents.get(id));
    }

    /** Names of the agent's groups; a group not synced yet shows as its id. */
    public List<String> groupNames(Agent agent) {
        return agent.groupIds().stream()
                .map(id -> Optional.ofNullable(groups.get(id)).map(Group::name).orElse("#" + id))
                .toList();
    }
}
