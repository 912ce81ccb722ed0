package dev.switchboard.server.distribution;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.routing.RoutingStep;
import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * One kind's routing histories (ADR 0013): what happened to each item on its way to agents, a row
 * per step in {@code <table>_routing_history}, written in the transaction of the change it records
 * and read with the agents' names as they are now. Callers own the transaction.
 */
final class RoutingHistory {

    /** A row as read: public because Jdbi's mapper builds it. */
    public record StepRow(long itemId, Instant at, RoutingStepType step, Long agentId, String agentName, Long actorId, String actorName,
                          Long fromAgentId, String fromAgentName, Long groupId, String groupName, String note) {

        RoutingStep toStep() {
            return new RoutingStep(at, step, agentId, agentName, actorId, actorName, fromAgentId, fromAgentName, groupId, groupName, note);
        }
    }

    private static final RowMapper<StepRow> STEPS = RecordMapper.of(StepRow.class);
    /** Notes and reasons longer than the column are cut, never refused: the change they explain matters more. */
    static final int MAX_NOTE = 1000;

    private final WorkKind kind;

    RoutingHistory(WorkKind kind) {
        this.kind = kind;
    }

    void record(Handle handle, WorkStep step) {
        recordAll(handle, List.of(step));
    }

    void recordAll(Handle handle, List<WorkStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        PreparedBatch insert = handle.prepareBatch("INSERT INTO " + kind.historyTable() + " (" + kind.routingKey()
                + ", at, step, agent_id, actor_id, from_agent_id, group_id, note)"
                + " VALUES (:item, :at, :step, :agent, :actor, :from, :group, :note)");
        for (WorkStep step : steps) {
            String note = step.note() == null || step.note().isBlank() ? null : step.note().strip();
            insert.bind("item", step.itemId()).bind("at", step.at().truncatedTo(ChronoUnit.MICROS)).bind("step", step.type().name())
                    .bind("agent", step.agentId()).bind("actor", step.actorId()).bind("from", step.fromAgentId())
                    .bind("group", step.groupId()).bind("note", note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE))
                    .add();
        }
        insert.execute();
    }

    /** The histories of these items, oldest step first; items without steps are left out. */
    Map<Long, List<RoutingStep>> read(Handle handle, Collection<Long> itemIds) {
        Map<Long, List<RoutingStep>> histories = new HashMap<>();
        if (itemIds.isEmpty()) {
            return histories;
        }
        handle.createQuery("SELECT h." + kind.routingKey() + " AS item_id, h.at, h.step, h.agent_id, a.display_name AS agent_name,"
                        + " h.actor_id, b.display_name AS actor_name, h.from_agent_id, f.display_name AS from_agent_name, h.group_id, g.name AS group_name, h.note"
                        + " FROM " + kind.historyTable() + " h LEFT JOIN agent a ON a.id = h.agent_id"
                        + " LEFT JOIN agent b ON b.id = h.actor_id LEFT JOIN agent f ON f.id = h.from_agent_id"
                        + " LEFT JOIN agent_group g ON g.id = h.group_id"
                        + " WHERE h." + kind.routingKey() + " IN (<ids>) ORDER BY h." + kind.routingKey() + ", h.id")
                .bindList("ids", new ArrayList<>(itemIds)).map(STEPS)
                .forEach(row -> histories.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(row.toStep()));
        return histories;
    }
}
