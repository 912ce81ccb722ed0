package dev.switchboard.server.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sla.NewSlaPolicy;
import dev.switchboard.shared.sla.SlaCalendarSource;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaPolicyRules;
import dev.switchboard.shared.sla.SlaUpdateMode;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** SQL for {@code sla_policy} (V47). Callers own the transaction. */
final class SlaPolicyStore {

    private static final String COLUMNS = "id, position, name, enabled, conditions, calendar, calendar_group_id, first_response_minutes, "
            + "update_minutes, update_mode, solution_minutes, warning_percent, raise_priority_to, reassign_group_id, version";
    private static final RowMapper<PolicyRow> ROWS = RecordMapper.of(PolicyRow.class);

    List<SlaPolicy> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sla_policy ORDER BY position, id").map(ROWS).map(PolicyRow::toPolicy).list();
    }

    Optional<SlaPolicy> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sla_policy WHERE id = :id").bind("id", id).map(ROWS).map(PolicyRow::toPolicy)
                .findOne();
    }

    /** Adds the policy after every existing one. */
    long insert(Handle handle, NewSlaPolicy policy) {
        int position = handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM sla_policy").mapTo(Integer.class).one();
        return bind(handle.createUpdate("""
                        INSERT INTO sla_policy (position, name, enabled, conditions, calendar, calendar_group_id, first_response_minutes,
                            update_minutes, update_mode, solution_minutes, warning_percent, raise_priority_to, reassign_group_id, version)
                        VALUES (:position, :name, :enabled, :conditions, :calendar, :calendarGroupId, :firstResponseMinutes,
                            :updateMinutes, :updateMode, :solutionMinutes, :warningPercent, :raisePriorityTo, :reassignGroupId, 1)"""), policy)
                .bind("position", position)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    /** Replaces the policy if it is still at {@code version}; false when it is not (changed meanwhile, or gone). */
    boolean replace(Handle handle, long id, long version, NewSlaPolicy policy) {
        return bind(handle.createUpdate("""
                        UPDATE sla_policy SET name = :name, enabled = :enabled, conditions = :conditions, calendar = :calendar,
                            calendar_group_id = :calendarGroupId, first_response_minutes = :firstResponseMinutes,
                            update_minutes = :updateMinutes, update_mode = :updateMode, solution_minutes = :solutionMinutes,
                            warning_percent = :warningPercent, raise_priority_to = :raisePriorityTo, reassign_group_id = :reassignGroupId,
                            version = version + 1
                        WHERE id = :id AND version = :version"""), policy)
                .bind("id", id).bind("version", version).execute() > 0;
    }

    void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM sla_policy WHERE id = :id").bind("id", id).execute();
    }

    /** Moves a policy; its version stays, as a move does not touch what a PUT replaces. */
    void move(Handle handle, long id, int position) {
        handle.createUpdate("UPDATE sla_policy SET position = :position WHERE id = :id").bind("id", id).bind("position", position).execute();
    }

    boolean groupExists(Handle handle, long groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", groupId).mapTo(Long.class).one() > 0;
    }

    private static Update bind(Update update, NewSlaPolicy p) {
        Conditions conditions = new Conditions(p.priorities(), p.categoryIds(), p.customerLevels().stream().map(String::strip).toList(),
                p.groupIds(), p.channels());
        return update.bind("name", p.name().strip())
                .bind("enabled", p.enabled() == null || p.enabled())
                .bind("conditions", conditions.json())
                .bind("calendar", p.calendar().name())
                .bind("calendarGroupId", p.calendarGroupId())
                .bind("firstResponseMinutes", p.firstResponseMinutes())
                .bind("updateMinutes", p.updateMinutes())
                .bind("updateMode", p.updateMode() == null ? null : p.updateMode().name())
                .bind("solutionMinutes", p.solutionMinutes())
                .bind("warningPercent", p.warningPercent() == null ? SlaPolicyRules.DEFAULT_WARNING_PERCENT : p.warningPercent())
                .bind("raisePriorityTo", p.raisePriorityTo())
                .bind("reassignGroupId", p.reassignGroupId());
    }

    /** The {@code conditions} column's JSON. */
    public record Conditions(List<String> priorities, List<Long> categoryIds, List<String> customerLevels, List<Long> groupIds, List<String> channels) {

        String json() {
            try {
                return Json.mapper().writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Conditions of(String json) {
            try {
                return Json.mapper().readValue(json, Conditions.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("sla_policy.conditions is not the JSON V47 describes: " + json, e);
            }
        }
    }

    /** A policy's row as stored. Public only because Jdbi builds it through a method handle of its own. */
    public record PolicyRow(long id, int position, String name, boolean enabled, String conditions, SlaCalendarSource calendar,
                            Long calendarGroupId, Integer firstResponseMinutes, Integer updateMinutes, SlaUpdateMode updateMode,
                            Integer solutionMinutes, int warningPercent, String raisePriorityTo, Long reassignGroupId, long version) {

        SlaPolicy toPolicy() {
            Conditions c = Conditions.of(conditions);
            return new SlaPolicy(id, position, name, enabled, c.priorities(), c.categoryIds(), c.customerLevels(), c.groupIds(), c.channels(),
                    calendar, calendarGroupId, firstResponseMinutes, updateMinutes, updateMode, solutionMinutes, warningPercent,
                    raisePriorityTo, reassignGroupId, version);
        }
    }
}
