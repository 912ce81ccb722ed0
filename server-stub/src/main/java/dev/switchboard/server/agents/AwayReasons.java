package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.NewAwayReason;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reasons agents give for being away, as administrators configure them ({@code /api/v1/away-reasons}).
 * Changes go through the change log, so workstations offer the new list at once, and into the audit
 * log. Reasons are disabled, never deleted: status intervals name them.
 */
public final class AwayReasons {

    private static final Logger LOG = LoggerFactory.getLogger(AwayReasons.class);
    private static final String COLUMNS = "id, name, name_zh, position, enabled, version";
    private static final RowMapper<AwayReason> REASONS = RecordMapper.of(AwayReason.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;

    public AwayReasons(Jdbi jdbi, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
    }

    /** Every reason in position order: those offered now for agents, disabled ones too for supervisors and administrators. */
    public List<AwayReason> list(Principal caller) {
        caller.require(Role.AGENT);
        boolean all = caller.role().atLeast(Role.SUPERVISOR);
        return jdbi.withHandle(handle -> all(handle).stream().filter(reason -> all || reason.enabled()).toList());
    }

    public AwayReason create(Principal caller, NewAwayReason request) {
        caller.require(Role.ADMIN);
        requireValid(request, false);
        AwayReason created = changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireFreeName(handle, request.name().strip(), null);
            int position = request.position() != null ? request.position()
                    : handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM away_reason").mapTo(Integer.class).one();
            long id = handle.createUpdate("INSERT INTO away_reason (name, name_zh, position, enabled, version) VALUES (:name, :zh, :position, :enabled, 1)")
                    .bind("name", request.name().strip()).bind("zh", request.nameZh().strip()).bind("position", position)
                    .bind("enabled", !Boolean.FALSE.equals(request.enabled())).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AwayReason reason = find(handle, id).orElseThrow();
            tx.record(AwayReason.ENTITY, Long.toString(id), ChangeOp.UPSERT, reason);
            audit.record(handle, caller.agentId(), "away-reason.create", "away-reason:" + id, reason.name() + " / " + reason.nameZh());
            return reason;
        });
        LOG.info("away reason created: id={} name={} by={}", created.id(), created.name(), caller.login());
        return created;
    }

    public AwayReason replace(Principal caller, long id, NewAwayReason request) {
        caller.require(Role.ADMIN);
        requireValid(request, true);
        AwayReason replaced = changeLog.write(tx -> {
            Handle handle = tx.handle();
            AwayReason current = find(handle, id).orElseThrow(() -> ApiException.notFound("away reason " + id));
            requireFreeName(handle, request.name().strip(), id);
            int changed = handle.createUpdate("UPDATE away_reason SET name = :name, name_zh = :zh, position = :position, enabled = :enabled,"
                            + " version = version + 1 WHERE id = :id AND version = :version")
                    .bind("name", request.name().strip()).bind("zh", request.nameZh().strip())
                    .bind("position", request.position() == null ? current.position() : request.position())
                    .bind("enabled", request.enabled() == null ? current.enabled() : request.enabled())
                    .bind("id", id).bind("version", request.version()).execute();
            if (changed == 0) {
                throw new ApiException(ProblemType.CONFLICT, "away reason " + id + " changed meanwhile (now version " + current.version()
                        + "); reload it and apply your change again");
            }
            AwayReason reason = find(handle, id).orElseThrow();
            tx.record(AwayReason.ENTITY, Long.toString(id), ChangeOp.UPSERT, reason);
            audit.record(handle, caller.agentId(), "away-reason.update", "away-reason:" + id,
                    reason.name() + " / " + reason.nameZh() + (reason.enabled() ? "" : " (disabled)"));
            return reason;
        });
        LOG.info("away reason changed: id={} by={}", id, caller.login());
        return replaced;
    }

    /** The demo's reasons, those missing added: 小休 break, 用餐 meal, 培训 training, 会议 meeting. */
    void seedDemo() {
        String[][] demo = {{"Break", "小休"}, {"Meal", "用餐"}, {"Training", "培训"}, {"Meeting", "会议"}};
        for (String[] names : demo) {
            changeLog.write(tx -> {
                Handle handle = tx.handle();
                if (handle.createQuery("SELECT COUNT(*) FROM away_reason WHERE name = :name").bind("name", names[0]).mapTo(Integer.class).one() == 0) {
                    long id = handle.createUpdate("INSERT INTO away_reason (name, name_zh, position, enabled, version)"
                                    + " VALUES (:name, :zh, (SELECT COALESCE(MAX(position), 0) + 1 FROM away_reason), TRUE, 1)")
                            .bind("name", names[0]).bind("zh", names[1]).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                    tx.record(AwayReason.ENTITY, Long.toString(id), ChangeOp.UPSERT, find(handle, id).orElseThrow());
                }
                return null;
            });
        }
    }

    /** A reason an agent may give now: null stays null; 400 for one that is unknown or no longer offered. */
    static Long requireOffered(Handle handle, Long reasonId) {
        if (reasonId == null) {
            return null;
        }
        boolean offered = handle.createQuery("SELECT COUNT(*) FROM away_reason WHERE id = :id AND enabled").bind("id", reasonId)
                .mapTo(Integer.class).one() > 0;
        if (!offered) {
            throw ApiException.invalid("unknown away reason", List.of(new FieldError("reasonId", "one of the away reasons offered")));
        }
        return reasonId;
    }

    static List<AwayReason> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM away_reason ORDER BY position, id").map(REASONS).list();
    }

    private static Optional<AwayReason> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM away_reason WHERE id = :id").bind("id", id).map(REASONS).findOne();
    }

    private static void requireFreeName(Handle handle, String name, Long except) {
        boolean taken = handle.createQuery("SELECT COUNT(*) FROM away_reason WHERE name = :name AND id <> :except")
                .bind("name", name).bind("except", except == null ? -1L : except).mapTo(Integer.class).one() > 0;
        if (taken) {
            throw new ApiException(ProblemType.CONFLICT, "an away reason is named " + name + " already");
        }
    }

    private static void requireValid(NewAwayReason request, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw ApiException.invalid("a body is required", List.of(new FieldError("name", "required")));
        }
        named(errors, "name", request.name());
        named(errors, "nameZh", request.nameZh());
        if (request.position() != null && (request.position() < 0 || request.position() > 10_000)) {
            errors.add(new FieldError("position", "0 to 10000"));
        }
        if (replacing && request.version() == null) {
            errors.add(new FieldError("version", "the version the reason was read at"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the away reason is not valid", errors);
        }
    }

    private static void named(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > AwayReason.MAX_NAME) {
            errors.add(new FieldError(field, "1 to " + AwayReason.MAX_NAME + " characters"));
        }
    }
}
