package dev.switchboard.server.automation;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.server.agents.GroupSupervision;
import dev.switchboard.server.agents.GroupVersion;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.automation.AutoMessageRules;
import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic messages' settings of sites and groups ({@code site_auto_messages},
 * {@code group_auto_messages}), and what applies to a chat: its group's over its site's.
 * Administrators set a site's; administrators and the group's supervisors a group's (ADR 0021).
 */
public final class AutoMessageSettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(AutoMessageSettingsService.class);
    /** Read for every open chat at each sweep; an edit made on another node (ADR 0008) applies within this long. */
    private static final Duration CACHED = Duration.ofSeconds(5);

    /** Which settings: a site's or a group's. */
    record Scope(String table, String key, Object id) {

        static Scope site(String site) {
            return new Scope("site_auto_messages", "site", site);
        }

        static Scope group(long groupId) {
            return new Scope("group_auto_messages", "group_id", groupId);
        }

        boolean isGroup() {
            return key.equals("group_id");
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final ChangeLog changeLog;
    private final LoadingCache<Scope, AutoMessageSettings> cache;

    AutoMessageSettingsService(Jdbi jdbi, Clock clock, AuditLog audit, ChangeLog changeLog) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.changeLog = changeLog;
        this.cache = Caffeine.newBuilder().expireAfterWrite(CACHED).maximumSize(10_000)
                .build(scope -> jdbi.withHandle(handle -> read(handle, scope)).orElse(AutoMessageSettings.NONE));
    }

    /** What applies to a chat of {@code site} in {@code groupId} (null: not routed yet, the site's). */
    AutoMessageSettings effective(String site, Long groupId) {
        AutoMessageSettings siteSettings = cache.get(Scope.site(site));
        return groupId == null ? siteSettings : cache.get(Scope.group(groupId)).over(siteSettings);
    }

    AutoMessageSettings get(Principal caller, Scope scope) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> {
            requireExists(handle, scope);
            return read(handle, scope).orElse(AutoMessageSettings.NONE);
        });
    }

    AutoMessageSettings replace(Principal caller, Scope scope, AutoMessageSettings settings) {
        caller.require(scope.isGroup() ? Role.SUPERVISOR : Role.ADMIN);
        List<FieldError> errors = AutoMessageRules.check(settings, "");
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the automatic messages are not valid", errors);
        }
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireExists(handle, scope);
            if (scope.isGroup()) {
                GroupSupervision.require(handle, caller, (Long) scope.id());
            }
            write(handle, scope, settings);
            if (scope.isGroup()) {
                GroupVersion.raise(tx, (Long) scope.id());
            }
            audit.record(handle, caller.agentId(), "auto-messages.replace", scope.key() + ":" + scope.id(), null);
            return null;
        });
        cache.invalidate(scope);
        LOG.info("automatic messages set: {}={} by={}", scope.key(), scope.id(), caller.login());
        return settings;
    }

    /** The group's own settings in the caller's transaction (a group's whole setup is read in one). */
    public AutoMessageSettings readGroup(Handle handle, long groupId) {
        return read(handle, Scope.group(groupId)).orElse(AutoMessageSettings.NONE);
    }

    /** Replaces the group's own settings in the caller's transaction, checked already; null removes them. Then {@link #forgetGroup}. */
    public void writeGroup(Handle handle, long groupId, AutoMessageSettings settings) {
        Scope scope = Scope.group(groupId);
        if (settings == null) {
            handle.createUpdate("DELETE FROM " + scope.table() + " WHERE " + scope.key() + " = :id").bind("id", scope.id()).execute();
        } else {
            write(handle, scope, settings);
        }
    }

    /** Drops this node's cached settings of the group after they changed. */
    public void forgetGroup(long groupId) {
        cache.invalidate(Scope.group(groupId));
    }

    /** Demo data: sets {@code settings} unless the scope has some. */
    void seed(Scope scope, AutoMessageSettings settings) {
        jdbi.useTransaction(handle -> {
            if (read(handle, scope).isEmpty()) {
                write(handle, scope, settings);
            }
        });
        cache.invalidate(scope);
    }

    private void write(Handle handle, Scope scope, AutoMessageSettings settings) {
        handle.createUpdate("DELETE FROM " + scope.table() + " WHERE " + scope.key() + " = :id").bind("id", scope.id()).execute();
        handle.createUpdate("INSERT INTO " + scope.table() + " (" + scope.key() + ", settings, updated_at) VALUES (:id, :settings, :now)")
                .bind("id", scope.id()).bind("settings", json(settings)).bind("now", clock.instant()).execute();
    }

    private static Optional<AutoMessageSettings> read(Handle handle, Scope scope) {
        return handle.createQuery("SELECT settings FROM " + scope.table() + " WHERE " + scope.key() + " = :id").bind("id", scope.id())
                .mapTo(String.class).findOne().map(AutoMessageSettingsService::parse);
    }

    private static void requireExists(Handle handle, Scope scope) {
        String table = scope.key().equals("site") ? "site" : "agent_group";
        if (handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id").bind("id", scope.id()).mapTo(Integer.class).one() == 0) {
            throw ApiException.notFound(scope.key().replace("_id", "") + " " + scope.id());
        }
    }

    private static String json(AutoMessageSettings settings) {
        try {
            return Json.mapper().writeValueAsString(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AutoMessageSettings parse(String json) {
        try {
            return Json.mapper().readValue(json, AutoMessageSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored automatic messages do not parse", e);
        }
    }
}
