package dev.switchboard.server.auth;

/**
 * Told when an account's role, groups or enabled flag changed, so that the open sockets of its
 * sessions stop using what the account had before.
 */
@FunctionalInterface
public interface AccountChangeListener {

    void accountChanged(long agentId);
}
