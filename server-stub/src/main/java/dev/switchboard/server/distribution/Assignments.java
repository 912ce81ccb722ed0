package dev.switchboard.server.distribution;

import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.routing.RoutingStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a kind's assignments: agents become owners, the kind's client adds its own writes in the
 * same transaction, the history counts them, and the client tells people once committed. Called
 * only under the queue's decision lock.
 */
final class Assignments {

    private static final Logger LOG = LoggerFactory.getLogger(Assignments.class);
    /** Assignments per transaction: large enough to cost few commits, small enough to hold row locks briefly. */
    static final int PER_TRANSACTION = 250;

    private final WorkKind kind;
    private final WorkClient client;
    private final Jdbi jdbi;
    private final WorkStore store;
    private final AssignmentHistory history;
    private final RoutingHistory steps;

    /** What an assignment transaction committed, and what to tell of it. */
    private record Committed(List<WorkStore.Ownership> applied, Runnable tell) {
    }

    Assignments(WorkKind kind, WorkClient client, Jdbi jdbi, WorkStore store, AssignmentHistory history, RoutingHistory steps) {
        this.kind = kind;
        this.steps = steps;
        this.client = client;
        this.jdbi = jdbi;
        this.store = store;
        this.history = history;
    }

    /**
     * Writes the assignments a few hundred per transaction with their steps of the routing history,
     * the client's own writes with them ({@link WorkClient#assigning}), then lets the client tell people.
     */
    void handOut(List<WorkStore.Ownership> given) {
        for (int from = 0; from < given.size(); from += PER_TRANSACTION) {
            List<WorkStore.Ownership> part = given.subList(from, Math.min(given.size(), from + PER_TRANSACTION));
            Committed committed = jdbi.inTransaction(handle -> {
                List<WorkStore.Ownership> applied = store.takeOwnership(handle, part);
                if (applied.isEmpty()) {
                    return new Committed(List.of(), () -> { });
                }
                steps.recordAll(handle, applied.stream().map(WorkStore.Ownership::step).toList());
                Map<Long, RoutingReasons> reasons = reasons(handle, applied);
                Runnable tell = client.assigning(handle, applied.stream().map(o -> new WorkClient.Assignment(o.item().id(), o.agentId(),
                        o.agentName(), o.at(), reasons.get(o.item().id()), o.step())).toList());
                store.saveRoutings(handle, applied);
                return new Committed(applied, tell);
            });
            for (WorkStore.Ownership ownership : committed.applied()) {
                history.given(ownership.agentId(), ownership.at());
                LOG.info("{} assigned: id={} agent={} rule={}", kind.name(), ownership.item().id(), ownership.agentId(), ownership.why());
            }
            committed.tell().run();
        }
    }

    /**
     * The reasons each item is shown with: taken from the decision in hand (reading back thousands
     * of stored decisions, each listing every agent considered, cost more than writing them), or
     * for an accepted offer those stored with it.
     */
    private Map<Long, RoutingReasons> reasons(Handle handle, List<WorkStore.Ownership> applied) {
        Map<Long, RoutingReasons> reasons = new HashMap<>();
        List<Long> accepted = new ArrayList<>();
        for (WorkStore.Ownership ownership : applied) {
            if (ownership.decision() == null) {
                accepted.add(ownership.item().id());
            } else {
                reasons.put(ownership.item().id(), StoredRouting.reasons(ownership.decision()));
            }
        }
        if (!accepted.isEmpty()) {
            reasons.putAll(store.storedReasons(handle, accepted));
        }
        // how each came to whom: the workstation shows the latest step that brought it to its agent
        Map<Long, List<RoutingStep>> histories = steps.read(handle, reasons.keySet());
        reasons.replaceAll((id, decision) -> decision == null ? null : decision.withHistory(histories.getOrDefault(id, List.of())));
        return reasons;
    }
}
