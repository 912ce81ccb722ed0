package dev.switchboard.server.ticketviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.together.SavedView;
import dev.switchboard.shared.tickets.together.SavedViewInput;
import dev.switchboard.shared.tickets.together.SavedViewRules;
import dev.switchboard.shared.tickets.together.ViewConditions;
import dev.switchboard.shared.tickets.together.ViewVisibility;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Saved ticket views: anyone keeps personal views; shared ones (with a role, or with a group) are
 * made and changed by administrators, and by supervisors for the groups they are in. A caller sees
 * their own views and the shared ones meant for them; a view they may not see answers 404, one they
 * see but may not change 403. A change names the version it was read at (stale: 409). Changes of
 * shared views are audited.
 */
final class SavedViewService {

    private static final String SELECT = "SELECT id, name, conditions, columns_shown, sort, group_by, visibility, min_role, group_id,"
            + " owner_id, version FROM ticket_view";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final AgentDirectory agents;
    private final AuditLog audit;

    SavedViewService(Jdbi jdbi, AgentDirectory agents, AuditLog audit) {
        this.jdbi = jdbi;
        this.agents = agents;
        this.audit = audit;
    }

    /** The caller's own views and the shared ones meant for them, by name. */
    List<SavedView> list(Principal caller) {
        caller.require(Role.AGENT);
        Set<Long> groups = agents.groupsOf(caller.agentId());
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " ORDER BY LOWER(name), id").map((rs, ctx) -> read(rs)).list())
                .stream().filter(view -> sees(caller, groups, view)).toList();
    }

    SavedView create(Principal caller, SavedViewInput input) {
        caller.require(Role.AGENT);
        check(input);
        requireMayShare(caller, input.visibility(), input.groupId());
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("INSERT INTO ticket_view (name, conditions, columns_shown, sort, group_by, visibility, min_role,"
                            + " group_id, owner_id, version) VALUES (:name, :conditions, :columns, :sort, :groupBy, :visibility, :role,"
                            + " :groupId, :owner, 1)")
                    .bind("name", input.name().strip()).bind("conditions", json(conditions(input))).bind("columns", json(input.columns()))
                    .bind("sort", input.sort()).bind("groupBy", input.groupBy()).bind("visibility", input.visibility().name())
                    .bind("role", input.visibility() == ViewVisibility.ROLE ? input.role().name() : null)
                    .bind("groupId", input.visibility() == ViewVisibility.GROUP ? input.groupId() : null)
                    .bind("owner", caller.agentId())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            SavedView made = find(handle, id).orElseThrow();
            auditShared(handle, caller, made, "ticketView.create");
            return made;
        });
    }

    SavedView update(Principal caller, long id, SavedViewInput input) {
        caller.require(Role.AGENT);
        check(input);
        if (input.version() == null) {
            throw ApiException.invalid("the view is not valid", List.of(new FieldError("version", "the version the change was made from")));
        }
        return jdbi.inTransaction(handle -> {
            SavedView current = changeable(handle, caller, id);
            requireMayShare(caller, input.visibility(), input.groupId());
            int updated = handle.createUpdate("UPDATE ticket_view SET name = :name, conditions = :conditions, columns_shown = :columns,"
                            + " sort = :sort, group_by = :groupBy, visibility = :visibility, min_role = :role, group_id = :groupId,"
                            + " version = version + 1 WHERE id = :id AND version = :version")
                    .bind("name", input.name().strip()).bind("conditions", json(conditions(input))).bind("columns", json(input.columns()))
                    .bind("sort", input.sort()).bind("groupBy", input.groupBy()).bind("visibility", input.visibility().name())
                    .bind("role", input.visibility() == ViewVisibility.ROLE ? input.role().name() : null)
                    .bind("groupId", input.visibility() == ViewVisibility.GROUP ? input.groupId() : null)
                    .bind("id", id).bind("version", input.version())
                    .execute();
            if (updated == 0) {
                throw new ApiException(ProblemType.CONFLICT, "view " + id + " is at version " + current.version() + ", not " + input.version());
            }
            SavedView changed = find(handle, id).orElseThrow();
            auditShared(handle, caller, changed.visibility() == ViewVisibility.PERSONAL ? current : changed, "ticketView.update");
            return changed;
        });
    }

    void delete(Principal caller, long id) {
        caller.require(Role.AGENT);
        jdbi.useTransaction(handle -> {
            SavedView current = changeable(handle, caller, id);
            handle.createUpdate("DELETE FROM ticket_view WHERE id = :id").bind("id", id).execute();
            auditShared(handle, caller, current, "ticketView.delete");
        });
    }

    /** The view if the caller may change it: their own personal view, or a shared one they may share. */
    private SavedView changeable(Handle handle, Principal caller, long id) {
        Set<Long> groups = agents.groupsOf(caller.agentId());
        SavedView view = find(handle, id).filter(found -> sees(caller, groups, found))
                .orElseThrow(() -> ApiException.notFound("ticket view " + id));
        requireMayShare(caller, view.visibility(), view.groupId());
        return view;
    }

    private static boolean sees(Principal caller, Set<Long> groups, SavedView view) {
        return switch (view.visibility()) {
            case PERSONAL -> view.ownerId() == caller.agentId();
            case ROLE -> caller.role().atLeast(view.role());
            case GROUP -> caller.role().atLeast(Role.ADMIN) || groups.contains(view.groupId());
        };
    }

    /** Shared views: administrators any, supervisors those of their groups; personal ones anyone. */
    private void requireMayShare(Principal caller, ViewVisibility visibility, Long groupId) {
        if (visibility == ViewVisibility.PERSONAL || caller.role().atLeast(Role.ADMIN)) {
            return;
        }
        boolean supervisorOfGroup = caller.role().atLeast(Role.SUPERVISOR) && visibility == ViewVisibility.GROUP
                && agents.groupsOf(caller.agentId()).contains(groupId);
        if (!supervisorOfGroup) {
            throw new ApiException(ProblemType.FORBIDDEN, visibility == ViewVisibility.GROUP
                    ? "only the group's supervisors and administrators share views with it"
                    : "only administrators share views with a role");
        }
    }

    private void auditShared(Handle handle, Principal caller, SavedView view, String action) {
        if (view.visibility() != ViewVisibility.PERSONAL) {
            audit.record(handle, caller.agentId(), action, "ticket_view:" + view.id(), view.name());
        }
    }

    private static void check(SavedViewInput input) {
        List<FieldError> errors = SavedViewRules.check(input);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the view is not valid", errors);
        }
    }

    private static ViewConditions conditions(SavedViewInput input) {
        return input.conditions() == null ? ViewConditions.ANY : input.conditions();
    }

    private static Optional<SavedView> find(Handle handle, long id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> read(rs)).findOne();
    }

    private static SavedView read(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            String role = rs.getString("min_role");
            long groupNumber = rs.getLong("group_id");
            Long groupId = rs.wasNull() ? null : groupNumber;
            return new SavedView(rs.getLong("id"), rs.getString("name"), Json.mapper().readValue(rs.getString("conditions"), ViewConditions.class),
                    Json.mapper().readValue(rs.getString("columns_shown"), STRINGS), rs.getString("sort"), rs.getString("group_by"),
                    ViewVisibility.valueOf(rs.getString("visibility")), role == null ? null : Role.valueOf(role),
                    groupId, rs.getLong("owner_id"), rs.getLong("version"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ticket view " + rs.getLong("id") + " holds unreadable JSON", e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
