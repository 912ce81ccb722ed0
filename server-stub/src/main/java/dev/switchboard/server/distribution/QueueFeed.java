package dev.switchboard.server.distribution;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kind's waiting queues as agents see them: {@code <kind>.queue} ({@code chat.queue}) to every
 * workstation after its welcome and whenever a queue it shows changes, at most once a second per
 * workstation (a busy queue changes many times a second; the workstation only needs the latest),
 * and the same answer for {@code GET /api/v1/queue}.
 *
 * <p>The queue drain hands over the queue it has just read ({@link #update}); changes made
 * elsewhere only mark the queues stale ({@link #changed}), and the next {@link #tick} reads them.
 * The subscribers are per connection, the queues a copy of the database (ADR 0008).
 */
public final class QueueFeed {

    private static final Logger LOG = LoggerFactory.getLogger(QueueFeed.class);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final WorkStore store;
    private final String message;
    private final Map<String, Subscriber> subscribers = new HashMap<>();
    /** Every group's queue as last read; null until first read. */
    private Map<Long, GroupQueue> groups;
    private volatile boolean stale = true;
    /** Who belongs to which group may have changed: every workstation's view is compared again. */
    private volatile boolean membershipsChanged;

    /** One workstation, what it was sent last and when. */
    private static final class Subscriber {
        final AgentPeer peer;
        Instant lastSent;
        QueueSnapshot lastSnapshot;
        boolean dirty;

        Subscriber(AgentPeer peer) {
            this.peer = peer;
        }
    }

    QueueFeed(Jdbi jdbi, Clock clock, WorkKind kind, WorkStore store) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.store = store;
        this.message = kind.queueMessage();
    }

    /** The caller's queues, read now. */
    QueueSnapshot snapshot(Principal caller) {
        caller.require(Role.AGENT);
        Map<Long, GroupQueue> current = read();
        Set<Long> memberOf = jdbi.withHandle(RoutingSnapshot::memberships).getOrDefault(caller.agentId(), Set.of());
        return WaitingQueues.visibleTo(caller.role(), memberOf, current);
    }

    /** A workstation connected (its welcome is out): it gets its queues at once. */
    public synchronized void connected(AgentPeer peer) {
        if (groups == null || stale) {
            replace(read());
        }
        Subscriber subscriber = new Subscriber(peer);
        subscribers.put(peer.id(), subscriber);
        Principal principal = peer.principal();
        Set<Long> memberOf = jdbi.withHandle(RoutingSnapshot::memberships).getOrDefault(principal.agentId(), Set.of());
        send(subscriber, WaitingQueues.visibleTo(principal.role(), memberOf, groups));
    }

    public synchronized void closed(AgentPeer peer) {
        subscribers.remove(peer.id());
    }

    /** The queue as just read by the drain, in serving order. */
    synchronized void update(List<WorkItem> queue) {
        stale = false;
        replace(WaitingQueues.byGroup(queue, jdbi.withHandle(RoutingSnapshot::groupNames)));
        flush();
    }

    /** Something changed a queue outside the drain; the next tick reads the queues again. */
    void changed() {
        stale = true;
    }

    /** A group was added or renamed. */
    void groupsChanged() {
        stale = true;
    }

    /** An agent changed, maybe their groups: every workstation's view is compared again. */
    void agentsChanged() {
        membershipsChanged = true;
    }

    /** The account of a workstation changed (role, groups): its view is compared again at the next tick. */
    public synchronized void accountChanged(AgentPeer peer) {
        Subscriber subscriber = subscribers.get(peer.id());
        if (subscriber != null) {
            subscriber.dirty = true;
        }
    }

    /** Runs a few times a second: reads stale queues and sends what workstations may be sent now. */
    synchronized void tick() {
        try {
            if (stale) {
                stale = false;
                replace(read());
            }
            if (membershipsChanged) {
                membershipsChanged = false;
                subscribers.values().forEach(subscriber -> subscriber.dirty = true);
            }
            flush();
        } catch (RuntimeException e) {
            LOG.error("sending the {} queues failed", message, e);
        }
    }

    private Map<Long, GroupQueue> read() {
        return jdbi.withHandle(handle -> WaitingQueues.byGroup(store.queued(handle), RoutingSnapshot.groupNames(handle)));
    }

    private void replace(Map<Long, GroupQueue> next) {
        if (!next.equals(groups)) {
            subscribers.values().forEach(subscriber -> subscriber.dirty = true);
        }
        groups = next;
    }

    /** Sends to each workstation whose view changed, unless it got one less than a second ago. */
    private void flush() {
        Instant now = clock.instant();
        List<Subscriber> due = subscribers.values().stream()
                .filter(subscriber -> subscriber.dirty && !now.isBefore(subscriber.lastSent.plus(MIN_INTERVAL)))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        Map<Long, Set<Long>> memberships = jdbi.withHandle(RoutingSnapshot::memberships);
        for (Subscriber subscriber : due) {
            subscriber.dirty = false;
            Principal principal = subscriber.peer.principal();
            QueueSnapshot view = WaitingQueues.visibleTo(principal.role(), memberships.getOrDefault(principal.agentId(), Set.of()), groups);
            if (!view.equals(subscriber.lastSnapshot)) {
                send(subscriber, view);
            }
        }
    }

    private void send(Subscriber subscriber, QueueSnapshot view) {
        subscriber.lastSnapshot = view;
        subscriber.lastSent = clock.instant();
        subscriber.peer.send(Envelope.outgoing(message, null, null, view));
    }
}
