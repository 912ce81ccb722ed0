package dev.switchboard.server.ticketsync;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The last outbox mutation id consumed per signed-in account and sync client ({@code ticket_sync_client},
 * V53). Read with its row locked and moved forward inside each mutation's transaction: that the
 * mutation's effects and the new last id commit together is the whole of exactly-once (ADR 0034).
 */
final class SyncClients {

    /** SQLSTATE of a unique violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final Clock clock;

    SyncClients(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Makes sure the client's row exists (last id 0), in a transaction of its own before the
     * mutations': two first pushes at once leave one row (the loser's unique violation is expected),
     * and a mutation's transaction never fails on it, which on PostgreSQL would abort it.
     */
    void register(long accountId, String clientId) {
        if (find(accountId, clientId) != null) {
            return;
        }
        Instant now = clock.instant();
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO ticket_sync_client (account_id, client_id, last_mutation_id, created_at,"
                            + " updated_at) VALUES (:account, :client, 0, :now, :now)")
                    .bind("account", accountId).bind("client", clientId).bind("now", now).execute());
        } catch (UnableToExecuteStatementException e) {
            if (!(e.getCause() instanceof SQLException sql) || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw e;
            }
        }
    }

    /** The last mutation id consumed, as committed; 0 for a client that never pushed. */
    long last(long accountId, String clientId) {
        Long last = find(accountId, clientId);
        return last == null ? 0 : last;
    }

    /** The last mutation id consumed, the client's row locked until {@code handle}'s transaction ends. */
    static long lockLast(Handle handle, long accountId, String clientId) {
        return handle.createQuery("SELECT last_mutation_id FROM ticket_sync_client WHERE account_id = :account AND client_id = :client FOR UPDATE")
                .bind("account", accountId).bind("client", clientId).mapTo(Long.class).findOne()
                .orElseThrow(() -> new IllegalStateException("sync client " + clientId + " of account " + accountId + " was not registered"));
    }

    static void advance(Handle handle, long accountId, String clientId, long mutationId, Instant now) {
        handle.createUpdate("UPDATE ticket_sync_client SET last_mutation_id = :id, updated_at = :now WHERE account_id = :account AND client_id = :client")
                .bind("id", mutationId).bind("now", now).bind("account", accountId).bind("client", clientId).execute();
    }

    /** The versions after {@code base} of the ticket that the client's own changes made. */
    static Set<Long> ownVersions(Handle handle, long ticketId, long base, long accountId, String clientId) {
        return Set.copyOf(handle.createQuery("SELECT version FROM ticket_sync_version WHERE ticket_id = :ticket AND version > :base"
                        + " AND account_id = :account AND client_id = :client")
                .bind("ticket", ticketId).bind("base", base).bind("account", accountId).bind("client", clientId).mapTo(Long.class).list());
    }

    /** Remembers that the client's change made {@code version} of the ticket. */
    static void madeVersion(Handle handle, long ticketId, long version, long accountId, String clientId) {
        handle.createUpdate("INSERT INTO ticket_sync_version (ticket_id, version, account_id, client_id) VALUES (:ticket, :version, :account, :client)")
                .bind("ticket", ticketId).bind("version", version).bind("account", accountId).bind("client", clientId).execute();
    }

    private Long find(long accountId, String clientId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT last_mutation_id FROM ticket_sync_client WHERE account_id = :account"
                        + " AND client_id = :client").bind("account", accountId).bind("client", clientId).mapTo(Long.class).findOne().orElse(null));
    }
}
