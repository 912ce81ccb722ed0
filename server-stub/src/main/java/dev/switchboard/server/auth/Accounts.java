package dev.switchboard.server.auth;

import dev.switchboard.shared.agents.Agent;
import java.util.Optional;

/** The accounts that sessions belong to, as the agents feature keeps them. */
public interface Accounts {

    Optional<Account> findByLogin(String login);

    Optional<Agent> findAgent(long agentId);

    /** Stores a new password hash for the account: its owner changed their password. */
    void changePasswordHash(long agentId, String passwordHash);
}
