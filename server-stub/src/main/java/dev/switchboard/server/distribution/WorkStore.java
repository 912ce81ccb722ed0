package dev.switchboard.server.distribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * SQL on one kind's items, in the columns every kind keeps ({@link WorkKind}): the queue in serving
 * order, offers, ownership, and the reasons of routing decisions. Callers own the transaction.
 */
final class WorkStore {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() { };
    private static final String QUEUED_COLUMNS = "id, visitor_id, site, prechat, group_id, priority, client_address, created_at, "
            + "offered_to, offered_at, declined_by, leave_message_offered, assigned_at";
    private static final RowMapper<QueuedRow> QUEUED = ConstructorMapper.of(QueuedRow.class);
    private static final RowMapper<AgentCount> AGENT_COUNT = ConstructorMapper.of(AgentCount.class);
    private static final RowMapper<AgentTime> AGENT_TIME = ConstructorMapper.of(AgentTime.class);
    private static final RowMapper<Served> SERVED = ConstructorMapper.of(Served.class);
    private static final RowMapper<Span> SPAN = ConstructorMapper.of(Span.class);
    private static final RowMapper<StoredReasons> STORED_REASONS = ConstructorMapper.of(StoredReasons.class);
    private static final RowMapper<Tier> TIER = ConstructorMapper.of(Tier.class);
    private static final RowMapper<FairQueueOrder.AddressCount> ADDRESS_COUNT = ConstructorMapper.of(FairQueueOrder.AddressCount.class);

    private final WorkKind kind;
    private final String table;

    WorkStore(WorkKind kind) {
        this.kind = kind;
        this.table = kind.table();
    }

    /**
     * An agent is to take an item.
     *
     * @param decision why the agent was chosen; null for an accepted offer, which keeps the reasons stored with the offer, and
     *                 for an item picked by hand
     * @param how      the step of the routing history: routed (by the rules), taken or assigned (by hand)
     * @param actorId  who picked it by hand; null when routed
     * @param note     a supervisor's reason
     */
    record Ownership(WorkItem item, long groupId, long agentId, String agentName, RoutingDecision decision, Instant at,
                     RoutingStepType how, Long actorId, String note) {

        /** Given by the rules (at once, or an accepted offer when {@code decision} is null). */
        Ownership(WorkItem item, long groupId, long agentId, String agentName, RoutingDecision decision, Instant at) {
            this(item, groupId, agentId, agentName, decision, at, RoutingStepType.ROUTED, null, null);
        }

        /** For the log: the rule that matched, or how the item came. */
        String why() {
            if (how != RoutingStepType.ROUTED) {
                return how.name().toLowerCase(java.util.Locale.ROOT) + " by " + actorId;
            }
            return decision == null ? "accepted offer" : decision.ruleName();
        }

        WorkStep step() {
            return new WorkStep(item.id(), how, agentId, actorId, null, groupId, note, at);
        }
    }

    // rows as read: public because Jdbi's ConstructorMapper builds them, matching columns to components by name

    /** A waiting item's row. */
    public record QueuedRow(long id, String visitorId, String site, String prechat, Long groupId, int priority, String clientAddress,
                     Instant createdAt, Long offeredTo, Instant offeredAt, String declinedBy, boolean leaveMessageOffered, Instant assignedAt) {

        WorkItem item() {
            return new WorkItem(id, visitorId, site, answers(prechat), groupId, priority, clientAddress, createdAt, offeredTo, offeredAt,
                    agents(declinedBy), leaveMessageOffered, assignedAt != null);
        }
    }

    public record AgentCount(long agentId, int n) {
    }

    public record AgentTime(long agentId, Instant assignedAt) {
    }

    public record Served(String visitorId, long agentId, Instant assignedAt) {
    }

    public record Span(Instant assignedAt, Instant endedAt) {
    }

    public record StoredReasons(long itemId, String routing) {
    }

    public record Tier(int priority, String clientAddress, Instant assignedAt) {
    }

    /** The waiting items in serving order. */
    List<WorkItem> queued(Handle handle) {
        return FairQueueOrder.servingOrder(handle.createQuery("SELECT " + QUEUED_COLUMNS + " FROM " + table
                        + " WHERE status = 'QUEUED' ORDER BY priority DESC, id")
                .map(QUEUED).map(QueuedRow::item).list());
    }

    /** Those of the items still waiting, in serving order among themselves. */
    List<WorkItem> queued(Handle handle, List<Long> ids) {
        return FairQueueOrder.servingOrder(handle.createQuery("SELECT " + QUEUED_COLUMNS + " FROM " + table
                        + " WHERE id IN (<ids>) AND status = 'QUEUED' ORDER BY priority DESC, id")
                .bindList("ids", ids).map(QUEUED).map(QueuedRow::item).list());
    }

    Optional<WorkItem> queued(Handle handle, long id) {
        return handle.createQuery("SELECT " + QUEUED_COLUMNS + " FROM " + table + " WHERE id = :id AND status = 'QUEUED'")
                .bind("id", id).map(QUEUED).map(QueuedRow::item).findOne();
    }

    /** The requester's waiting items take the priority of their customer level as it is now; how many moved. */
    int reprioritize(Handle handle, String requesterId, LevelPriorities priorities) {
        int priority = priorityOf(handle, requesterId, priorities);
        return handle.createUpdate("UPDATE " + table + " SET priority = :priority WHERE visitor_id = :visitor AND status = 'QUEUED'"
                + " AND priority <> :priority").bind("priority", priority).bind("visitor", requesterId).execute();
    }

    /** Every waiting item takes the priority of its requester's level as configured now (a level changed); how many moved. */
    int reprioritizeAll(Handle handle, LevelPriorities priorities) {
        List<String> requesters = handle.createQuery("SELECT DISTINCT visitor_id FROM " + table + " WHERE status = 'QUEUED'")
                .mapTo(String.class).list();
        int moved = 0;
        for (String requester : requesters) {
            moved += reprioritize(handle, requester, priorities);
        }
        return moved;
    }

    /** The priority of a new item: that of the customer level staff gave the requester, as configured (0 for most). */
    static int priorityOf(Handle handle, String requesterId, LevelPriorities priorities) {
        List<String> level = handle.createQuery("SELECT customer_level FROM visitor WHERE id = :id").bind("id", requesterId)
                .mapTo(String.class).list();
        return level.isEmpty() ? 0 : priorities.priorityOf(handle, level.get(0));
    }

    /** The item waits in the group's queue. */
    void queue(Handle handle, long id, long groupId, String routing) {
        handle.createUpdate("UPDATE " + table + " SET group_id = :group WHERE id = :id").bind("group", groupId).bind("id", id).execute();
        saveRouting(handle, id, routing);
    }

    void offer(Handle handle, long id, long groupId, long agentId, String routing, Instant now) {
        handle.createUpdate("UPDATE " + table + " SET group_id = :group, offered_to = :agent, offered_at = :now WHERE id = :id")
                .bind("group", groupId).bind("agent", agentId).bind("now", now).bind("id", id).execute();
        saveRouting(handle, id, routing);
    }

    /** Takes the offer back from the agent, who is not offered this item again; false when it was not theirs (any more). */
    boolean withdraw(Handle handle, long id, long agentId) {
        return handle.createUpdate("UPDATE " + table + " SET offered_to = NULL, offered_at = NULL, declined_by = declined_by || :agent || ','"
                        + " WHERE id = :id AND offered_to = :agentId AND status = 'QUEUED'")
                .bind("agent", String.valueOf(agentId)).bind("agentId", agentId).bind("id", id).execute() > 0;
    }

    void markOverdueTold(Handle handle, List<Long> ids) {
        handle.createUpdate("UPDATE " + table + " SET leave_message_offered = TRUE WHERE id IN (<ids>)").bindList("ids", ids).execute();
    }

    /** An item held by an agent goes back to a group's queue: nobody owns it until routing gives it out again. */
    void returnToGroup(Handle handle, long id, long groupId) {
        handle.createUpdate("UPDATE " + table + " SET status = 'QUEUED', owner_id = NULL, group_id = :group WHERE id = :id")
                .bind("group", groupId).bind("id", id).execute();
    }

    /**
     * An item its agent left goes back to a group's queue; false when it is no longer theirs or no
     * longer held (ended, moved meanwhile).
     */
    boolean requeue(Handle handle, long id, long ownerId, long groupId) {
        return handle.createUpdate("UPDATE " + table + " SET status = 'QUEUED', owner_id = NULL, group_id = :group"
                        + " WHERE id = :id AND status = 'ACTIVE' AND owner_id = :owner")
                .bind("group", groupId).bind("id", id).bind("owner", ownerId).execute() > 0;
    }

    /** An item held by an agent passes to another. */
    void reassign(Handle handle, long id, long agentId) {
        handle.createUpdate("UPDATE " + table + " SET owner_id = :to WHERE id = :id").bind("to", agentId).bind("id", id).execute();
    }

    /**
     * How many items of the group are served before this one, in serving order: counted by the
     * database per address rather than read, as this runs for every item that starts waiting.
     */
    int queuedAhead(Handle handle, long groupId, long id) {
        Tier tier = handle.createQuery("SELECT priority, client_address, assigned_at FROM " + table + " WHERE id = :id").bind("id", id)
                .map(TIER).one();
        int higher = handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE status = 'QUEUED' AND group_id = :group AND priority > :priority")
                .bind("group", groupId).bind("priority", tier.priority()).mapTo(Integer.class).one();
        boolean returned = tier.assignedAt() != null;
        // items served before come first in their priority, oldest first (FairQueueOrder)
        int returnedAhead = handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE status = 'QUEUED' AND group_id = :group"
                        + " AND priority = :priority AND assigned_at IS NOT NULL AND id < :before")
                .bind("group", groupId).bind("priority", tier.priority()).bind("before", returned ? id : Long.MAX_VALUE)
                .mapTo(Integer.class).one();
        if (returned) {
            return higher + returnedAhead;
        }
        List<FairQueueOrder.AddressCount> sameTier = handle.createQuery("SELECT client_address AS address, COUNT(*) AS waiting,"
                        + " SUM(CASE WHEN id < :id THEN 1 ELSE 0 END) AS older FROM " + table
                        + " WHERE status = 'QUEUED' AND group_id = :group AND priority = :priority AND assigned_at IS NULL"
                        + " GROUP BY client_address")
                .bind("id", id).bind("group", groupId).bind("priority", tier.priority())
                .map(ADDRESS_COUNT).list();
        return higher + returnedAhead + FairQueueOrder.aheadInTier(tier.clientAddress(), sameTier);
    }

    /** Every agent's load: the items they hold and those offered to them (an offer takes a place until taken or withdrawn). */
    Map<Long, Integer> load(Handle handle) {
        return counts(handle.createQuery("SELECT x.agent_id, COUNT(*) AS n FROM ("
                + " SELECT owner_id AS agent_id FROM " + table + " WHERE status = 'ACTIVE'"
                + " UNION ALL"
                + " SELECT offered_to AS agent_id FROM " + table + " WHERE status = 'QUEUED' AND offered_to IS NOT NULL) x"
                + " GROUP BY x.agent_id").map(AGENT_COUNT).list());
    }

    /** How many items each agent was given since {@code since}. */
    Map<Long, Integer> givenSince(Handle handle, Instant since) {
        return counts(handle.createQuery("SELECT owner_id AS agent_id, COUNT(*) AS n FROM " + table
                        + " WHERE assigned_at >= :since AND owner_id IS NOT NULL GROUP BY owner_id")
                .bind("since", since).map(AGENT_COUNT).list());
    }

    /** When each agent was given their latest item. */
    Map<Long, Instant> lastAssigned(Handle handle) {
        Map<Long, Instant> last = new HashMap<>();
        handle.createQuery("SELECT owner_id AS agent_id, MAX(assigned_at) AS assigned_at FROM " + table
                        + " WHERE owner_id IS NOT NULL GROUP BY owner_id")
                .map(AGENT_TIME).forEach(row -> last.put(row.agentId(), row.assignedAt()));
        return last;
    }

    /** Who was given the requester's latest item, and when. */
    Optional<RoutingState.LastServed> lastServed(Handle handle, String requesterId) {
        return handle.createQuery("SELECT owner_id AS agent_id, assigned_at FROM " + table
                        + " WHERE visitor_id = :visitor AND owner_id IS NOT NULL ORDER BY assigned_at DESC, id DESC LIMIT 1")
                .bind("visitor", requesterId).map(AGENT_TIME)
                .map(row -> new RoutingState.LastServed(row.agentId(), row.assignedAt())).findOne();
    }

    /** The same for every requester with an item waiting, in one go. */
    Map<String, RoutingState.LastServed> lastServedOfQueued(Handle handle) {
        Map<String, RoutingState.LastServed> last = new HashMap<>();
        handle.createQuery("SELECT visitor_id, owner_id AS agent_id, assigned_at FROM " + table
                        + " WHERE owner_id IS NOT NULL AND visitor_id IN (SELECT visitor_id FROM " + table + " WHERE status = 'QUEUED')"
                        // in item order: of two given out at the same instant, the later item counts, as in lastServed
                        + " ORDER BY id")
                .map(SERVED)
                .forEach(row -> last.merge(row.visitorId(), new RoutingState.LastServed(row.agentId(), row.assignedAt()),
                        (a, b) -> a.at().isAfter(b.at()) ? a : b));
        return last;
    }

    /** How long items took lately, for waiting-time estimates; five minutes when there is no history. */
    int averageHandleSeconds(Handle handle, Instant now) {
        List<Span> spans = handle.createQuery("SELECT assigned_at, ended_at FROM " + table
                        + " WHERE ended_at >= :since AND assigned_at IS NOT NULL")
                .bind("since", now.minusSeconds(86_400)).map(SPAN).list();
        return spans.isEmpty() ? 300 : (int) spans.stream()
                .mapToLong(span -> Math.max(0, span.endedAt().getEpochSecond() - span.assignedAt().getEpochSecond())).average().orElse(300);
    }

    /**
     * Makes the agents owners of the items still waiting (an item taken back meanwhile is left out
     * of the answer) and keeps the reasons of new decisions; an accepted offer keeps the offer's.
     */
    List<Ownership> takeOwnership(Handle handle, List<Ownership> ownerships) {
        PreparedBatch update = handle.prepareBatch("UPDATE " + table + " SET status = 'ACTIVE', group_id = :group, owner_id = :agent,"
                + " assigned_at = :at, offered_to = NULL, offered_at = NULL WHERE id = :id AND status = 'QUEUED'");
        for (Ownership ownership : ownerships) {
            update.bind("group", ownership.groupId()).bind("agent", ownership.agentId()).bind("at", ownership.at())
                    .bind("id", ownership.item().id()).add();
        }
        int[] updated = update.execute();
        List<Ownership> applied = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] > 0) {
                applied.add(ownerships.get(i));
            }
        }
        return applied;
    }

    /** The decisions' reasons replace those stored. */
    void saveRoutings(Handle handle, List<Ownership> applied) {
        List<Ownership> decided = applied.stream().filter(o -> o.decision() != null).toList();
        if (decided.isEmpty()) {
            return;
        }
        handle.createUpdate("DELETE FROM " + kind.routingTable() + " WHERE " + kind.routingKey() + " IN (<ids>)")
                .bindList("ids", decided.stream().map(o -> o.item().id()).toList()).execute();
        PreparedBatch insert = handle.prepareBatch("INSERT INTO " + kind.routingTable() + " (" + kind.routingKey() + ", routing) VALUES (:id, :routing)");
        decided.forEach(o -> insert.bind("id", o.item().id()).bind("routing", StoredRouting.json(o.decision())).add());
        insert.execute();
    }

    /** The reasons stored with these items, as shown to agents. */
    Map<Long, RoutingReasons> storedReasons(Handle handle, List<Long> ids) {
        Map<Long, RoutingReasons> reasons = new HashMap<>();
        handle.createQuery("SELECT " + kind.routingKey() + " AS item_id, routing FROM " + kind.routingTable()
                        + " WHERE " + kind.routingKey() + " IN (<ids>)")
                .bindList("ids", ids).map(STORED_REASONS)
                .forEach(row -> reasons.put(row.itemId(), StoredRouting.read(row.routing())));
        return reasons;
    }

    /**
     * Keeps the reasons of the item's latest routing decision. They live in a table of their own: a
     * decision lists every agent considered (kilobytes with a large team), and in the item's row
     * they were rewritten with every change of it.
     */
    private void saveRouting(Handle handle, long id, String routing) {
        handle.createUpdate("DELETE FROM " + kind.routingTable() + " WHERE " + kind.routingKey() + " = :id").bind("id", id).execute();
        handle.createUpdate("INSERT INTO " + kind.routingTable() + " (" + kind.routingKey() + ", routing) VALUES (:id, :routing)")
                .bind("id", id).bind("routing", routing).execute();
    }

    private static Map<Long, Integer> counts(List<AgentCount> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put(row.agentId(), row.n()));
        return counts;
    }

    private static Map<String, String> answers(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            Map<String, String> answers = Json.mapper().readValue(json, ANSWERS);
            answers.values().removeIf(Objects::isNull);
            return answers;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored form answers are not valid JSON", e);
        }
    }

    /** {@code ",3,7,"} as agent ids. */
    private static Set<Long> agents(String list) {
        return Arrays.stream(list.split(",")).filter(part -> !part.isBlank()).map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
