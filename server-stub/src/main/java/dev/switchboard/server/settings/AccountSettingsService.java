package dev.switchboard.server.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.settings.AccountSettings;
import dev.switchboard.shared.settings.AccountSettingsRules;
import dev.switchboard.shared.sync.ChangeOp;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of the calling agent: read, and replaced whole when the caller sends the version
 * it read. Every signed-in agent reaches only their own (the account comes from the session, never
 * from the request). The version check is the database's, so it holds across nodes. Each stored
 * version is recorded in the change log, which the account's other open sessions follow.
 */
final class AccountSettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSettingsService.class);

    private final ChangeLog changeLog;
    private final Jdbi jdbi;
    private final Clock clock;

    AccountSettingsService(ChangeLog changeLog, Jdbi jdbi, Clock clock) {
        this.changeLog = changeLog;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The caller's settings, or {@link AccountSettings#NONE} (version 0) while they never stored any. */
    AccountSettings mine(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> find(handle, caller.agentId())).orElse(AccountSettings.NONE);
    }

    /**
     * Stores {@code settings} as the caller's, answering them with the new version; 400 for a
     * document that breaks the shared rules, 409 when {@code settings.version()} is not the stored one.
     */
    AccountSettings replaceMine(Principal caller, AccountSettings settings) {
        caller.require(Role.AGENT);
        List<FieldError> errors = AccountSettingsRules.check(settings);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the settings are not valid", errors);
        }
        long next = settings.version() + 1;
        AccountSettings stored = settings.withVersion(next);
        String document = write(stored);
        // the first write's primary key refuses a second first write; the version check refuses a stale one
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            boolean written = settings.version() == 0
                    ? insert(handle, caller.agentId(), document)
                    : handle.createUpdate("UPDATE account_settings SET document = :document, version = :next,"
                                    + " updated_at = :now WHERE agent_id = :agent AND version = :read")
                            .bind("document", document).bind("next", next).bind("now", clock.instant())
                            .bind("agent", caller.agentId()).bind("read", settings.version())
                            .execute() == 1;
            if (!written) {
                throw new ApiException(ProblemType.CONFLICT, "the settings were changed meanwhile (version " + settings.version()
                        + " is not the current one): read them again");
            }
            tx.record(AccountSettings.ENTITY, Long.toString(caller.agentId()), ChangeOp.UPSERT, stored);
            return null;
        });
        LOG.debug("settings of {} stored, version {}", caller.login(), next);
        return stored;
    }

    private boolean insert(Handle handle, long agentId, String document) {
        try {
            handle.createUpdate("INSERT INTO account_settings (agent_id, document, version, updated_at) VALUES (:agent, :document, 1, :now)")
                    .bind("agent", agentId).bind("document", document).bind("now", clock.instant()).execute();
            return true;
        } catch (UnableToExecuteStatementException e) {
            // SQL state class 23, integrity constraint violation: the row exists, someone stored first
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<AccountSettings> find(Handle handle, long agentId) {
        return handle.createQuery("SELECT document, version FROM account_settings WHERE agent_id = :agent")
                .bind("agent", agentId)
                .map((rs, ctx) -> read(rs.getString(1)).withVersion(rs.getLong(2)))
                .findOne();
    }

    private static String write(AccountSettings settings) {
        try {
            return Json.mapper().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as JSON", e);
        }
    }

    private static AccountSettings read(String document) {
        try {
            return Json.mapper().readValue(document, AccountSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings are not readable", e);
        }
    }
}
