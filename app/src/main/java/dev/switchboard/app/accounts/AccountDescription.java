package dev.switchboard.app.accounts;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.SkillChange;
import java.util.List;
import java.util.Optional;

/** An account's administered fields as lines for people: the two sides of a stale save. */
final class AccountDescription {

    private final I18n i18n;

    AccountDescription(I18n i18n) {
        this.i18n = i18n;
    }

    /** The account as the backend has it. */
    String of(Agent agent, TeamSnapshot team) {
        List<String> groups = agent.groupIds().stream()
                .map(id -> Optional.ofNullable(team.groups().get(id)).map(Group::name).orElse("#" + id)
                        + " (" + agent.skills().getOrDefault(id, SkillChange.DEFAULT) + ")")
                .toList();
        return lines(agent.displayName(), agent.role(), groups, Integer.toString(agent.maxChats()));
    }

    /** The account as the editor's form has it. */
    String of(String name, Role role, List<Membership> memberships, String maxChats) {
        List<String> groups = memberships.stream().filter(m -> m.memberProperty().get())
                .map(m -> m.groupName() + " (" + m.skillProperty().get() + ")").toList();
        return lines(name, role, groups, maxChats);
    }

    private String lines(String name, Role role, List<String> groups, String maxChats) {
        return String.join("\n",
                i18n.get("accounts.field.displayName") + ": " + name,
                i18n.get("accounts.field.role") + ": " + i18n.get("role." + role.name()),
                i18n.get("accounts.field.groups") + ": " + (groups.isEmpty() ? "–" : String.join(", ", groups)),
                i18n.get("accounts.field.maxChats") + ": " + maxChats);
    }
}
