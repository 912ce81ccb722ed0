package dev.switchboard.server.distribution;

import org.jdbi.v3.core.Handle;

/**
 * The queue priority a customer level gives, as administrators configured it (the customer-levels
 * feature publishes it). Read from the database in the caller's transaction, never from a copy in
 * memory, so that a level changed on any node gives the next item its new priority (ADR 0008, 0026).
 */
@FunctionalInterface
public interface LevelPriorities {

    /** The priority of a requester with this level (null: none); 0 for a label no level has. */
    int priorityOf(Handle handle, String level);
}
