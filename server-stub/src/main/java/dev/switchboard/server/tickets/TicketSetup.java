package dev.switchboard.server.tickets;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.NewTicketCategory;
import dev.switchboard.shared.tickets.NewTicketStatus;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketSetupRules;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * What administrators set up for tickets: the category tree and the statuses
 * ({@code /api/v1/ticket-categories}, {@code /api/v1/ticket-statuses}). Every agent reads them; changes
 * go through the change log (workstations show them at once) and the audit log.
 */
final class TicketSetup {

    private static final String CATEGORY_COLUMNS = "id, parent_id, name, name_zh, position, enabled, version";
    private static final RowMapper<TicketCategory> CATEGORIES = RecordMapper.of(TicketCategory.class);
    private static final String STATUS_COLUMNS = "status_key, name, name_zh, kind, pauses_sla, position, built_in, version";
    private static final RowMapper<StatusRow> STATUSES = RecordMapper.of(StatusRow.class);

    /** A row of {@code ticket_status} ({@code key} is a word SQL keeps for itself). */
    public record StatusRow(String statusKey, String name, String nameZh, StatusKind kind, boolean pausesSla, int position,
                            boolean builtIn, long version) {
        TicketStatus toStatus() {
            return new TicketStatus(statusKey, name, nameZh, kind, pausesSla, position, builtIn, version);
        }
    }

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;

    TicketSetup(Jdbi jdbi, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
    }

    List<TicketCategory> categories(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(TicketSetup::categories);
    }

    TicketCategory createCategory(Principal caller, NewTicketCategory request) {
        caller.require(Role.ADMIN);
        requireValid(TicketSetupRules.check(request, false), "the category is not valid");
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireParent(handle, request.parentId(), null);
            int position = request.position() != null ? request.position() : lastPosition(handle, request.parentId()) + 1;
            long id = handle.createUpdate("INSERT INTO ticket_category (parent_id, name, name_zh, position, enabled, version)"
                            + " VALUES (:parent, :name, :zh, :position, :enabled, 1)")
                    .bind("parent", request.parentId()).bind("name", request.name().strip()).bind("zh", request.nameZh().strip())
                    .bind("position", position).bind("enabled", !Boolean.FALSE.equals(request.enabled()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            TicketCategory category = category(handle, id).orElseThrow();
            tx.record(TicketCategory.ENTITY, Long.toString(id), ChangeOp.UPSERT, category);
            audit.record(handle, caller.agentId(), "ticket-category.create", "ticket-category:" + id, category.name() + " / " + category.nameZh());
            return category;
        });
    }

    TicketCategory replaceCategory(Principal caller, long id, NewTicketCategory request) {
        caller.require(Role.ADMIN);
        requireValid(TicketSetupRules.check(request, true), "the category is not valid");
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            TicketCategory current = category(handle, id).orElseThrow(() -> ApiException.notFound("ticket category " + id));
            requireParent(handle, request.parentId(), id);
            int changed = handle.createUpdate("UPDATE ticket_category SET parent_id = :parent, name = :name, name_zh = :zh, position = :position,"
                            + " enabled = :enabled, version = version + 1 WHERE id = :id AND version = :version")
                    .bind("parent", request.parentId()).bind("name", request.name().strip()).bind("zh", request.nameZh().strip())
                    .bind("position", request.position() == null ? current.position() : request.position())
                    .bind("enabled", request.enabled() == null ? current.enabled() : request.enabled())
                    .bind("id", id).bind("version", request.version()).execute();
            if (changed == 0) {
                throw stale("ticket category " + id, current.version());
            }
            TicketCategory category = category(handle, id).orElseThrow();
            tx.record(TicketCategory.ENTITY, Long.toString(id), ChangeOp.UPSERT, category);
            audit.record(handle, caller.agentId(), "ticket-category.update", "ticket-category:" + id,
                    category.name() + " / " + category.nameZh() + (category.enabled() ? "" : " (disabled)"));
            return category;
        });
    }

    List<TicketStatus> statuses(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(TicketSetup::statuses);
    }

    TicketStatus createStatus(Principal caller, NewTicketStatus request) {
        caller.require(Role.ADMIN);
        requireValid(TicketSetupRules.check(request, false), "the status is not valid");
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            if (status(handle, request.key()).isPresent()) {
                throw new ApiException(ProblemType.CONFLICT, "a status with the key " + request.key() + " exists");
            }
            int position = request.position() != null ? request.position()
                    : handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM ticket_status").mapTo(Integer.class).one();
            handle.createUpdate("INSERT INTO ticket_status (" + STATUS_COLUMNS + ") VALUES (:key, :name, :zh, :kind, :pauses, :position, FALSE, 1)")
                    .bind("key", request.key()).bind("name", request.name().strip()).bind("zh", request.nameZh().strip())
                    .bind("kind", request.kind().name()).bind("pauses", Boolean.TRUE.equals(request.pausesSla())).bind("position", position)
                    .execute();
            TicketStatus status = status(handle, request.key()).orElseThrow();
            tx.record(TicketStatus.ENTITY, status.key(), ChangeOp.UPSERT, status);
            audit.record(handle, caller.agentId(), "ticket-status.create", "ticket-status:" + status.key(),
                    status.name() + " / " + status.nameZh() + " " + status.kind() + (status.pausesSla() ? " (pauses SLA)" : ""));
            return status;
        });
    }

    /** Names, position and the SLA pause change; the key and the kind stay (tickets and their history name them). */
    TicketStatus replaceStatus(Principal caller, String key, NewTicketStatus request) {
        caller.require(Role.ADMIN);
        requireValid(TicketSetupRules.check(request, true), "the status is not valid");
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            TicketStatus current = status(handle, key).orElseThrow(() -> ApiException.notFound("ticket status " + key));
            if (!current.key().equals(request.key()) || current.kind() != request.kind()) {
                throw ApiException.invalid("the key and the kind of a status stay as they are",
                        List.of(new FieldError(current.key().equals(request.key()) ? "kind" : "key", "as it is: " + current.key() + ", " + current.kind())));
            }
            int changed = handle.createUpdate("UPDATE ticket_status SET name = :name, name_zh = :zh, pauses_sla = :pauses, position = :position,"
                            + " version = version + 1 WHERE status_key = :key AND version = :version")
                    .bind("name", request.name().strip()).bind("zh", request.nameZh().strip())
                    .bind("pauses", request.pausesSla() == null ? current.pausesSla() : request.pausesSla())
                    .bind("position", request.position() == null ? current.position() : request.position())
                    .bind("key", key).bind("version", request.version()).execute();
            if (changed == 0) {
                throw stale("ticket status " + key, current.version());
            }
            TicketStatus status = status(handle, key).orElseThrow();
            tx.record(TicketStatus.ENTITY, key, ChangeOp.UPSERT, status);
            audit.record(handle, caller.agentId(), "ticket-status.update", "ticket-status:" + key,
                    status.name() + " / " + status.nameZh() + (status.pausesSla() ? " (pauses SLA)" : ""));
            return status;
        });
    }

    private static int lastPosition(Handle handle, Long parentId) {
        var query = parentId == null
                ? handle.createQuery("SELECT COALESCE(MAX(position), 0) FROM ticket_category WHERE parent_id IS NULL")
                : handle.createQuery("SELECT COALESCE(MAX(position), 0) FROM ticket_category WHERE parent_id = :parent").bind("parent", parentId);
        return query.mapTo(Integer.class).one();
    }

    static List<TicketCategory> categories(Handle handle) {
        return handle.createQuery("SELECT " + CATEGORY_COLUMNS + " FROM ticket_category ORDER BY position, id").map(CATEGORIES).list();
    }

    static Optional<TicketCategory> category(Handle handle, long id) {
        return handle.createQuery("SELECT " + CATEGORY_COLUMNS + " FROM ticket_category WHERE id = :id").bind("id", id).map(CATEGORIES).findOne();
    }

    static List<TicketStatus> statuses(Handle handle) {
        return handle.createQuery("SELECT " + STATUS_COLUMNS + " FROM ticket_status ORDER BY position, status_key").map(STATUSES)
                .map(StatusRow::toStatus).list();
    }

    static Optional<TicketStatus> status(Handle handle, String key) {
        return handle.createQuery("SELECT " + STATUS_COLUMNS + " FROM ticket_status WHERE status_key = :key").bind("key", key)
                .map(STATUSES).map(StatusRow::toStatus).findOne();
    }

    /** A parent that exists and is not the category itself or below it (the tree stays a tree). */
    private static void requireParent(Handle handle, Long parentId, Long self) {
        Long ancestor = parentId;
        while (ancestor != null) {
            if (ancestor.equals(self)) {
                throw ApiException.invalid("a category cannot be below itself", List.of(new FieldError("parentId", "not the category or one below it")));
            }
            Optional<TicketCategory> found = category(handle, ancestor);
            if (found.isEmpty()) {
                throw ApiException.invalid("unknown parent category", List.of(new FieldError("parentId", "an existing category")));
            }
            ancestor = found.get().parentId();
        }
    }

    private static void requireValid(List<FieldError> errors, String detail) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(detail, errors);
        }
    }

    private static ApiException stale(String what, long now) {
        return new ApiException(ProblemType.CONFLICT, what + " changed meanwhile (now version " + now + "); reload it and apply your change again");
    }
}
