package dev.switchboard.server.distribution;

import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out {@link WorkQueue}'s decisions for one kind: asks the pure {@link Router} for each
 * waiting item, then assigns it to an agent who auto-accepts, offers it to one who does not, or
 * writes it into its group's queue, each with its step of the routing history. Not thread-safe on
 * purpose: the queue calls it only while holding its lock that serializes decisions.
 */
final class QueueDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(QueueDispatch.class);

    private final WorkKind kind;
    private final WorkClient client;
    private final Jdbi jdbi;
    private final Clock clock;
    private final WorkStore store;
    private final AssignmentHistory history;
    private final RoutingHistory steps;
    private final Assignments assignments;
    private final Supplier<List<RoutingRule>> rules;

    QueueDispatch(WorkKind kind, WorkClient client, Jdbi jdbi, Clock clock, WorkStore store, AssignmentHistory history,
                  RoutingHistory steps, Assignments assignments, Supplier<List<RoutingRule>> rules) {
        this.kind = kind;
        this.client = client;
        this.jdbi = jdbi;
        this.clock = clock;
        this.store = store;
        this.history = history;
        this.steps = steps;
        this.assignments = assignments;
        this.rules = rules;
    }

    /** Routes one item again on its requester's state (an agent declined it): given, offered to another, or left waiting. */
    void routeAgain(WorkItem item) {
        RoutingBatch batch = jdbi.withHandle(handle -> RoutingBatch.forRequester(handle, store, kind, item.requesterId(), clock.instant(),
                rules.get(), history));
        List<WorkStore.Ownership> given = new ArrayList<>();
        Map<Long, RoutingDecision> toQueue = new LinkedHashMap<>();
        route(item, batch, given, toQueue);
        assignments.handOut(given);
        queueAll(toQueue);
    }

    /**
     * Routes waiting items in serving order on one read of the agents' state, adding those given to
     * agents to {@code handedOut}; true when one was given, offered or queued.
     */
    boolean giveOut(List<WorkItem> routable, Instant now, Set<Long> handedOut) {
        if (routable.isEmpty()) {
            return false;
        }
        RoutingBatch batch = jdbi.withHandle(handle -> RoutingBatch.forQueue(handle, store, kind, now, rules.get(), history));
        List<WorkStore.Ownership> given = new ArrayList<>();
        Map<Long, RoutingDecision> toQueue = new LinkedHashMap<>();
        boolean changed = false;
        for (WorkItem item : routable) {
            Long group = item.groupId();
            // nobody of the group can take an item: it keeps its place, no need to ask the router
            if (group == null || batch.hasRoomIn(group)) {
                changed |= route(item, batch, given, toQueue);
            }
            if (given.size() == Assignments.PER_TRANSACTION) {
                // the longest-waiting requesters hear they are served before the rest are decided, not after
                given.forEach(ownership -> handedOut.add(ownership.item().id()));
                assignments.handOut(given);
                given.clear();
            }
        }
        given.forEach(ownership -> handedOut.add(ownership.item().id()));
        assignments.handOut(given);
        queueAll(toQueue);
        return changed;
    }

    boolean withdraw(long itemId, long agentId, String why) {
        boolean withdrawn = jdbi.inTransaction(handle -> store.withdraw(handle, itemId, agentId));
        if (withdrawn) {
            LOG.info("{} offer withdrawn: id={} agent={} reason={}", kind.name(), itemId, agentId, why);
            client.offerWithdrawn(itemId, agentId);
        }
        return withdrawn;
    }

    /**
     * Decides for one waiting item: an agent who auto-accepts joins {@code given} (written later,
     * with the others), one who does not is offered it now; without an agent a new item joins
     * {@code toQueue}, to be written into its group's queue with the others ({@link #queueAll}).
     * The batch counts the item against the agent either way. True when anything changed.
     */
    private boolean route(WorkItem item, RoutingBatch batch, List<WorkStore.Ownership> given, Map<Long, RoutingDecision> toQueue) {
        RoutingDecision decision = Router.route(client.attributes(item), batch.stateFor(item));
        Optional<Long> agentId = decision.agentId();
        if (agentId.isEmpty()) {
            if (item.groupId() == null) {
                toQueue.put(item.id(), decision);
                return true;
            }
            return false;
        }
        String name = decision.candidates().stream().filter(c -> c.agentId() == agentId.get()).findFirst().map(c -> c.name()).orElse("");
        Instant now = clock.instant();
        if (batch.autoAccepts(agentId.get())) {
            batch.given(agentId.get(), now);
            given.add(new WorkStore.Ownership(item, decision.groupId(), agentId.get(), name, decision, now));
        } else {
            batch.offered(agentId.get());
            jdbi.useTransaction(handle -> store.offer(handle, item.id(), decision.groupId(), agentId.get(), StoredRouting.json(decision), now));
            int timeout = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, decision.groupId())).acceptTimeoutSeconds();
            LOG.info("{} offered: id={} agent={} for {}s", kind.name(), item.id(), agentId.get(), timeout);
            client.offered(item.id(), agentId.get(), now.plusSeconds(timeout));
        }
        return true;
    }

    /** New items that found no agent join their groups' queues, in one transaction, each with its step of the routing history. */
    private void queueAll(Map<Long, RoutingDecision> toQueue) {
        if (toQueue.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            toQueue.forEach((id, decision) -> store.queue(handle, id, decision.groupId(), StoredRouting.json(decision)));
            steps.recordAll(handle, toQueue.entrySet().stream().map(entry -> new WorkStep(entry.getKey(),
                    RoutingStepType.QUEUED, null, null, null, entry.getValue().groupId(), null, now)).toList());
        });
        toQueue.forEach((id, decision) -> LOG.info("{} queued: id={} group={} rule={}", kind.name(), id, decision.groupId(), decision.ruleName()));
    }
}
