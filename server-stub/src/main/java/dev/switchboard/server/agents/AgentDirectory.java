package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Account;
import dev.switchboard.server.auth.Accounts;
import dev.switchboard.shared.agents.Agent;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Read access to accounts for the auth feature, which must not depend on agent editing. */
public final class AgentDirectory implements Accounts {

    private final Jdbi jdbi;
    private final AgentStore store = new AgentStore();

    public AgentDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return jdbi.withHandle(handle -> store.account(handle, login));
    }

    @Override
    public Optional<Agent> findAgent(long agentId) {
        return jdbi.withHandle(handle -> store.find(handle, agentId));
    }
}
