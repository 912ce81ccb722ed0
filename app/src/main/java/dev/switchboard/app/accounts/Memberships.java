package dev.switchboard.app.accounts;

import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.SkillChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The account editor's groups: every synced group, ticked when the account is in it, with its skill there. FX thread. */
final class Memberships {

    private final ObservableList<Membership> list = FXCollections.observableArrayList();

    ObservableList<Membership> list() {
        return list;
    }

    /** A new account: in no group yet. */
    void none(TeamSnapshot team) {
        list.setAll(team.groups().values().stream().map(group -> new Membership(group.id(), group.name(), false, SkillChange.DEFAULT)).toList());
    }

    void of(Agent agent, TeamSnapshot team) {
        List<Membership> next = new ArrayList<>(team.groups().values().stream()
                .map(group -> new Membership(group.id(), group.name(), agent.groupIds().contains(group.id()),
                        agent.skills().getOrDefault(group.id(), SkillChange.DEFAULT)))
                .toList());
        // a group the account is in but this workstation has not synced yet still shows, by its id
        for (long groupId : agent.groupIds()) {
            if (!team.groups().containsKey(groupId)) {
                next.add(new Membership(groupId, "#" + groupId, true, agent.skills().getOrDefault(groupId, SkillChange.DEFAULT)));
            }
        }
        list.setAll(next);
    }

    /** New groups appear as they are synced, renamed ones with their new name; what was ticked and set stays. */
    void follow(TeamSnapshot team) {
        Map<Long, Membership> current = new LinkedHashMap<>();
        list.forEach(m -> current.put(m.groupId(), m));
        List<Membership> next = new ArrayList<>();
        for (Group group : team.groups().values()) {
            Membership kept = current.remove(group.id());
            next.add(kept != null && kept.groupName().equals(group.name()) ? kept
                    : new Membership(group.id(), group.name(), kept != null && kept.memberProperty().get(),
                    kept == null ? SkillChange.DEFAULT : kept.skillProperty().get()));
        }
        current.values().stream().filter(m -> m.memberProperty().get()).forEach(next::add);
        if (!next.equals(list)) {
            list.setAll(next);
        }
    }

    List<Long> groupIds() {
        return list.stream().filter(m -> m.memberProperty().get()).map(Membership::groupId).toList();
    }

    Map<Long, Integer> skills() {
        Map<Long, Integer> skills = new LinkedHashMap<>();
        list.stream().filter(m -> m.memberProperty().get()).forEach(m -> skills.put(m.groupId(), m.skillProperty().get()));
        return skills;
    }
}
