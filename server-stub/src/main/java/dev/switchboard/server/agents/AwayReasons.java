package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.AwayReasonOrder;
import dev.switchboard.shared.agents.AwayReasonRules;
import dev.switchboard.shared.agents.NewAwayReason;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reasons agents give for being away, as administrators configure them ({@code /api/v1/away-reasons}).
 * Changes go through the change log, so workstations offer the new list at once, and into the audit
 * log. A reason agents have given is disabled, not deleted: status intervals name it.
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
            requireFreeNames(handle, request, null);
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
            requireFreeNames(handle, request, id);
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

    /**
     * Deletes a reason nobody ever gave: one that status records or an agent's status name is
     * disabled instead (409 says so), so reports keep their names.
     */
    public void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        AwayReason deleted = changeLog.write(tx -> {
            Handle handle = tx.handle();
            AwayReason current = find(handle, id).orElseThrow(() -> ApiException.notFound("away reason " + id));
            long uses = handle.createQuery("SELECT (SELECT COUNT(*) FROM agent_status_interval WHERE reason_id = :id)"
                    + " + (SELECT COUNT(*) FROM agent WHERE status_reason_id = :id)").bind("id", id).mapTo(Long.class).one();
            if (uses > 0) {
                ProblemType type = ProblemType.CONFLICT;
                throw new ApiException(new Problem(type.uri(), type.title(), type.status(),
                        "agents have given the away reason " + current.name() + ": disable it instead, so that reports keep its name",
                        List.of(new FieldError("id", AwayReasonRules.IN_USE))), Map.of());
            }
            handle.createUpdate("DELETE FROM away_reason WHERE id = :id").bind("id", id).execute();
            tx.record(AwayReason.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            audit.record(handle, caller.agentId(), "away-reason.delete", "away-reason:" + id, current.name() + " / " + current.nameZh());
            return current;
        });
        LOG.info("away reason deleted: id={} name={} by={}", id, deleted.name(), caller.login());
    }

    /** Puts every reason in the given order (the status menus' order); the list must name each reason exactly once. */
    public List<AwayReason> reorder(Principal caller, AwayReasonOrder order) {
        caller.require(Role.ADMIN);
        List<Long> ids = order == null ? null : order.ids();
        if (ids == null || ids.contains(null) || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("the order is not valid", List.of(new FieldError("ids", "every reason's id once, in the new order")));
        }
        List<AwayReason> ordered = changeLog.write(tx -> {
            Handle handle = tx.handle();
            List<AwayReason> before = all(handle);
            if (!before.stream().map(AwayReason::id).collect(Collectors.toSet()).equals(new HashSet<>(ids))) {
                throw new ApiException(ProblemType.CONFLICT, "the order must name exactly the away reasons there are now; reload them and reorder again");
            }
            // a move is no edit of the reason: its version stays, as an editor open on it still holds what it read
            for (int i = 0; i < ids.size(); i++) {
                handle.createUpdate("UPDATE away_reason SET position = :position WHERE id = :id").bind("position", i + 1).bind("id", ids.get(i)).execute();
            }
            List<AwayReason> after = all(handle);
            Set<AwayReason> unmoved = new HashSet<>(before);
            after.stream().filter(reason -> !unmoved.contains(reason))
                    .forEach(reason -> tx.record(AwayReason.ENTITY, Long.toString(reason.id()), ChangeOp.UPSERT, reason));
            audit.record(handle, caller.agentId(), "away-reason.reorder", "away-reasons",
                    ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            return after;
        });
        LOG.info("away reasons reordered: {} by={}", ids, caller.login());
        return ordered;
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

    /**
     * 409 naming the field when another reason has either name (whatever the case): a clash with
     * another reason, shown next to the name, not a stale edit. Two reasons named alike could not
     * be told apart in the status menu.
     */
    private static void requireFreeNames(Handle handle, NewAwayReason request, Long except) {
        List<FieldError> taken = new ArrayList<>();
        for (String[] field : new String[][] {{"name", request.name().strip()}, {"nameZh", request.nameZh().strip()}}) {
            String column = field[0].equals("name") ? "name" : "name_zh";
            boolean used = handle.createQuery("SELECT COUNT(*) FROM away_reason WHERE LOWER(" + column + ") = LOWER(:name) AND id <> :except")
                    .bind("name", field[1]).bind("except", except == null ? -1L : except).mapTo(Integer.class).one() > 0;
            if (used) {
                taken.add(new FieldError(field[0], AwayReasonRules.NAME_TAKEN));
            }
        }
        if (!taken.isEmpty()) {
            ProblemType type = ProblemType.CONFLICT;
            throw new ApiException(new Problem(type.uri(), type.title(), type.status(),
                    "another away reason is named " + request.name().strip() + " or " + request.nameZh().strip(), taken), Map.of());
        }
    }

    private static void requireValid(NewAwayReason request, boolean replacing) {
        List<FieldError> errors = AwayReasonRules.check(request, replacing);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the away reason is not valid", errors);
        }
    }
}
