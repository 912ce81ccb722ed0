package dev.switchboard.server.auth;

import dev.switchboard.shared.agents.Agent;
import java.util.Optional;

/** The accounts that sessions belong to, as the agents feature keeps them. */
public interface Accounts {

    Optional<Account> findByLogin(String login);

    Optional<Agent> findAgent(long agentId);
}
