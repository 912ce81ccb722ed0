package dev.switchboard.server.distribution;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives one kind's items to agents: asks the pure {@link Router} and applies the decision,
 * assigning at once to agents who auto-accept and offering to the others until their group's
 * accept time-out. Decisions are serialized, so two items cannot both take an agent's last free
 * place. The queue is given out on one read of the agents' state (each decision counts the earlier
 * ones) and its assignments are written a few hundred per transaction, so thousands of waiting
 * items go out in well under a second when agents come online.
 *
 * <p>The kind's {@link WorkClient} is told of every outcome. Everything this class keeps in
 * memory belongs to the kind's routing owner (ADR 0008, lease {@code routing:<kind>}; ADR 0010)
 * and is rebuilt from the database by a new owner.
 */
public final class WorkQueue {

    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);

    private final WorkKind kind;
    private final WorkClient client;
    private final Jdbi jdbi;
    private final Clock clock;
    private final WorkStore store;
    private final AssignmentHistory history;
    private final WorkLedger ledger;
    private final Assignments assignments;
    private final QueueAnnouncer announcer;
    private final QueueFeed feed;
    private final QueueDispatch dispatch;
    private final Object deciding = new Object();
    private final Executor background;
    /** A drain is waiting to run: changes until it starts need no second one. */
    private final AtomicBoolean drainPending = new AtomicBoolean();
    /** New items not routed yet, and whether a task to route them is on its way. */
    private final Set<Long> newItems = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean newItemsPending = new AtomicBoolean();
    private final Supplier<List<RoutingRule>> rules;
    private final LevelPriorities priorities;

    WorkQueue(WorkKind kind, WorkClient client, Jdbi jdbi, Clock clock, Executor background, Supplier<List<RoutingRule>> rules,
              LevelPriorities priorities) {
        this.kind = kind;
        this.priorities = priorities;
        this.client = client;
        this.jdbi = jdbi;
        this.clock = clock;
        this.background = background;
        this.rules = rules;
        this.store = new WorkStore(kind);
        this.history = new AssignmentHistory(store);
        RoutingHistory steps = new RoutingHistory(kind);
        this.ledger = new WorkLedger(kind, jdbi, store, steps);
        this.assignments = new Assignments(kind, client, jdbi, store, history, steps);
        this.announcer = new QueueAnnouncer(jdbi, clock, store, client);
        this.feed = new QueueFeed(jdbi, clock, kind, store);
        this.dispatch = new QueueDispatch(kind, client, jdbi, clock, store, history, steps, assignments, rules);
    }

    public WorkKind kind() {
        return kind;
    }

    /** The queues as agents see them. */
    public QueueFeed feed() {
        return feed;
    }

    /** The items' routing histories, requeues of items whose agent left, and the agents' workload. */
    public WorkLedger ledger() {
        return ledger;
    }

    /**
     * Routes a new item (or one sent back to a group): to an agent, offered to one, or into its
     * group's queue. Off the caller's thread and together with the items that came meanwhile: a
     * burst of new items costs one read of the agents' state and one transaction, not one each
     * behind the lock that serializes decisions.
     */
    public void submit(long itemId) {
        newItems.add(itemId);
        if (newItemsPending.compareAndSet(false, true)) {
            inBackground("routing new " + kind.plural(), this::routeNewItems);
        }
    }

    /** Drains the queue soon, off the caller's thread (an agent has room again); callers may hold locks or be answering a socket. */
    public void drainLater() {
        if (!drainPending.compareAndSet(false, true)) {
            return;
        }
        inBackground("draining the " + kind.name() + " queue", () -> {
            drainPending.set(false);
            drain(false);
        });
    }

    /**
     * Withdraws offers that timed out, then gives waiting items (highest priority, then turns
     * between client addresses, then longest waiting) to free agents, and tells every waiting
     * requester their place; runs every second.
     */
    public void drain() {
        drain(true);
    }

    /** The priority a new item of the requester waits with (their customer level's, as configured); for the item's insert transaction. */
    public int priorityFor(Handle handle, String requesterId) {
        return WorkStore.priorityOf(handle, requesterId, priorities);
    }

    /** Puts an item its owner holds back into a group's queue, in the caller's transaction; {@link #submit} it once committed. */
    public void returnToGroup(Handle handle, long itemId, long groupId) {
        store.returnToGroup(handle, itemId, groupId);
    }

    /** Passes an item its owner holds to another agent, in the caller's transaction. */
    public void reassign(Handle handle, long itemId, long agentId) {
        store.reassign(handle, itemId, agentId);
    }

    /**
     * A person gives a waiting item to an agent (ADR 0013): the agent takes it from the queue of one
     * of their groups, or a supervisor assigns it. An offer of it to someone else is withdrawn first.
     * 409 when it no longer waits, or the agent may not take it now (offline; for their own pick:
     * not in its group, or at their capacity).
     */
    public void handTo(long itemId, long agentId, HandPick pick) {
        synchronized (deciding) {
            WorkItem item = jdbi.withHandle(handle -> store.queued(handle, itemId)).filter(waiting -> waiting.groupId() != null)
                    .orElseThrow(() -> new ApiException(ProblemType.CONFLICT, "this " + kind.name() + " is not waiting (any more)"));
            String name = jdbi.withHandle(handle -> HandPicking.check(handle, kind, store, item, agentId, pick, clock.instant()));
            if (item.offeredTo() != null && item.offeredTo() != agentId) {
                dispatch.withdraw(item.id(), item.offeredTo(), pick.how().name().toLowerCase(java.util.Locale.ROOT) + " by hand");
            }
            assignments.handOut(List.of(new WorkStore.Ownership(item, item.groupId(), agentId, name, null, clock.instant(), pick.how(),
                    pick.actorId(), pick.note())));
            afterChange();
        }
    }

    /** Routes a request on the current rules and agents as a new item would be, without assigning or reserving anything. */
    public RoutingDecision preview(RoutingRequest request) {
        return Router.route(request, jdbi.withHandle(handle -> RoutingBatch.newItemState(handle, store, kind, request.visitorId(), clock.instant(),
                rules.get(), history)));
    }

    /** The agent takes the item offered to them; 409 when it is not offered to them (any more). */
    public void accept(Principal agent, long itemId) {
        synchronized (deciding) {
            WorkItem item = jdbi.withHandle(handle -> store.queued(handle, itemId))
                    .filter(w -> w.offeredTo() != null && w.offeredTo() == agent.agentId())
                    .orElseThrow(() -> new ApiException(ProblemType.CONFLICT, "this " + kind.name() + " is not offered to you (any more)"));
            assignments.handOut(List.of(new WorkStore.Ownership(item, item.groupId(), agent.agentId(),
                    jdbi.withHandle(handle -> RoutingSnapshot.agentName(handle, agent.agentId())), null, clock.instant())));
            afterChange();
        }
    }

    /** The agent lets the offer go: the item goes to someone else or waits, and is not offered to them again; 409 as for accept. */
    public void decline(Principal agent, long itemId) {
        synchronized (deciding) {
            if (!dispatch.withdraw(itemId, agent.agentId(), "declined")) {
                throw new ApiException(ProblemType.CONFLICT, "this " + kind.name() + " is not offered to you (any more)");
            }
            jdbi.withHandle(handle -> store.queued(handle, itemId)).ifPresent(dispatch::routeAgain);
            afterChange();
        }
    }

    /** The offers still open for an agent, as they were made: a workstation that reconnects must see them again. */
    public List<WorkClient.OpenOffer> openOffers(long agentId) {
        List<WorkItem> offered = jdbi.withHandle(store::queued).stream()
                .filter(item -> item.offeredTo() != null && item.offeredTo() == agentId && item.offeredAt() != null).toList();
        List<WorkClient.OpenOffer> offers = new ArrayList<>();
        for (WorkItem item : offered) {
            int timeout = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, item.groupId())).acceptTimeoutSeconds();
            offers.add(new WorkClient.OpenOffer(item.id(), item.offeredAt().plusSeconds(timeout)));
        }
        return offers;
    }

    /**
     * An agent's groups changed: offers of items in groups they no longer belong to (any, once
     * disabled) are withdrawn and go to someone else. Off the caller's thread.
     */
    public void withdrawOffersOutsideGroups(long agentId) {
        inBackground("withdrawing offers outside the agent's groups", () -> {
            synchronized (deciding) {
                Set<Long> memberOf = jdbi.withHandle(RoutingSnapshot::memberships).getOrDefault(agentId, Set.of());
                boolean withdrawn = false;
                for (WorkItem item : jdbi.withHandle(store::queued)) {
                    Long group = item.groupId();
                    if (item.offeredTo() != null && item.offeredTo() == agentId && (group == null || !memberOf.contains(group))) {
                        withdrawn |= dispatch.withdraw(item.id(), agentId, "no longer in the group");
                    }
                }
                if (withdrawn) {
                    drainLater();
                }
            }
        });
    }

    /**
     * Staff changed a requester's customer level: an item they have waiting moves to its new place
     * at once, and everyone in the queue hears their place again. Off the caller's thread.
     */
    void reprioritize(String requesterId) {
        reprioritizeLater("moving a waiting " + kind.name() + " to its new priority", handle -> store.reprioritize(handle, requesterId, priorities));
    }

    /** An administrator changed a customer level: every waiting item takes its level's priority as configured now. Off the caller's thread. */
    void reprioritizeAll() {
        reprioritizeLater("moving waiting " + kind.plural() + " to their levels' priorities", handle -> store.reprioritizeAll(handle, priorities));
    }

    private void reprioritizeLater(String what, ToIntFunction<Handle> moving) {
        inBackground(what, () -> {
            synchronized (deciding) {
                if (jdbi.inTransaction(moving::applyAsInt) > 0) {
                    List<WorkItem> queue = jdbi.withHandle(store::queued);
                    announcer.announce(queue, true);
                    feed.update(queue);
                }
            }
        });
    }

    private void routeNewItems() {
        newItemsPending.set(false);
        List<Long> ids = new ArrayList<>(newItems);
        newItems.removeAll(ids);
        if (ids.isEmpty()) {
            return;
        }
        synchronized (deciding) {
            List<WorkItem> waiting = jdbi.withHandle(handle -> store.queued(handle, ids));
            Set<Long> handedOut = new HashSet<>();
            dispatch.giveOut(waiting, clock.instant(), handedOut);
            if (waiting.size() == 1 && handedOut.isEmpty()) {
                announcer.announceOne(waiting.get(0).id());
                feed.changed();
            } else if (waiting.size() > handedOut.size()) {
                // several wait now: one pass over the queue tells each its place (counting the items ahead of each was quadratic)
                List<WorkItem> queue = jdbi.withHandle(store::queued);
                announcer.announce(queue, false);
                feed.update(queue);
            } else {
                feed.changed();
            }
        }
    }

    /** Runs {@code work} off the caller's thread (callers may hold locks or be answering a socket); a failure is logged. */
    private void inBackground(String what, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("{} failed", what, e);
            }
        });
    }

    private void drain(boolean announceToEveryone) {
        synchronized (deciding) {
            Instant now = clock.instant();
            List<WorkItem> queue = jdbi.withHandle(store::queued);
            Map<Long, Integer> acceptTimeouts = new HashMap<>();
            List<WorkItem> routable = new ArrayList<>();
            for (WorkItem item : queue) {
                if (item.offeredTo() == null) {
                    routable.add(item);
                    continue;
                }
                int timeout = acceptTimeouts.computeIfAbsent(item.groupId(),
                        group -> jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, group)).acceptTimeoutSeconds());
                if (!item.offeredAt().plusSeconds(timeout).isAfter(now) && dispatch.withdraw(item.id(), item.offeredTo(), "offer timed out")) {
                    routable.add(item.withdrawn());
                }
            }
            if (dispatch.giveOut(routable, now, new HashSet<>())) {
                queue = jdbi.withHandle(store::queued);
            }
            announcer.announce(queue, announceToEveryone);
            feed.update(queue);
        }
    }

    /** An item left the queue or moved in it: requesters not told yet hear their place; workstations see the queue. */
    private void afterChange() {
        List<WorkItem> queue = jdbi.withHandle(store::queued);
        announcer.announce(queue, false);
        feed.update(queue);
    }
}
