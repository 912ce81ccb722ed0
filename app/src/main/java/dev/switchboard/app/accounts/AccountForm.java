package dev.switchboard.app.accounts;

import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.Role;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the account editor's fields hold, and the requests made of it. FX thread. */
final class AccountForm {

    static final String DEFAULT_MAX_CHATS = "5";

    final StringProperty login = new SimpleStringProperty("");
    final StringProperty displayName = new SimpleStringProperty("");
    final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.AGENT);
    final StringProperty maxChats = new SimpleStringProperty(DEFAULT_MAX_CHATS);
    final Memberships memberships = new Memberships();
    final PasswordChoice firstPassword = new PasswordChoice();

    /** Empty, for a new account. */
    void clear(TeamSnapshot team) {
        login.set("");
        displayName.set("");
        role.set(Role.AGENT);
        maxChats.set(DEFAULT_MAX_CHATS);
        firstPassword.clear();
        memberships.none(team);
    }

    void fill(Agent agent, TeamSnapshot team) {
        login.set(agent.login());
        displayName.set(agent.displayName());
        role.set(agent.role());
        maxChats.set(Integer.toString(agent.maxChats()));
        memberships.of(agent, team);
    }

    /** The typed chat limit, or null when it is not a whole number. */
    Integer maxChats() {
        try {
            return Integer.valueOf(maxChats.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    NewAgent newAgent(String password, int limit) {
        return new NewAgent(login.get().strip(), displayName.get(), password, role.get(), memberships.groupIds(), limit, memberships.skills());
    }

    /** Everything the form holds, on top of {@code base}'s account version; the role only when {@code withRole}. */
    AgentPatch patch(Agent base, int limit, boolean withRole) {
        return new AgentPatch(displayName.get(), null, withRole ? role.get() : null, memberships.groupIds(), limit, null, memberships.skills(),
                base.accountVersion());
    }

    String describe(AccountDescription description) {
        return description.of(displayName.get(), role.get(), memberships.list(), maxChats.get());
    }
}
