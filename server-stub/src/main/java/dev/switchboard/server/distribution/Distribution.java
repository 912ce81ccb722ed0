package dev.switchboard.server.distribution;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.visitors.VisitorListener;
import dev.switchboard.server.visitors.Visitors;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.levels.CustomerLevel;
import dev.switchboard.shared.sync.EntityTypes;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The work distribution engine, assembled: one {@link WorkQueue} per kind of work (chats now;
 * tickets and callbacks next), all routed on the same rules, strategies, groups and agents, and
 * kept moving by what changes them: an agent who comes online takes waiting items at once, a
 * requester made VIP moves ahead (and every waiting one when an administrator changes a level's
 * priority), workstations see changed groups and memberships. A feature
 * registers its kind with its {@link WorkClient} and gets the kind's queue back (ADR 0010).
 */
public final class Distribution {

    /** How often queue changes are looked for and sent to workstations that may get one. */
    private static final long QUEUE_TICK_MILLIS = 250;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ScheduledExecutorService background;
    private final Supplier<List<RoutingRule>> rules;
    private final LevelPriorities priorities;
    /** The kinds registered at start: configuration, the same on every node (ADR 0008). */
    private final List<WorkQueue> queues = new CopyOnWriteArrayList<>();

    /**
     * @param background runs routing off the callers' threads, and the queue views' ticks
     * @param rules      the enabled routing rules in order, read for every run of decisions: keep them in memory
     * @param priorities the queue priority of each customer level, read from the database for every new item
     */
    public Distribution(Jdbi jdbi, Clock clock, ScheduledExecutorService background, Supplier<List<RoutingRule>> rules,
                        LevelPriorities priorities, ChangeLog changeLog, Visitors visitors) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.background = background;
        this.rules = rules;
        this.priorities = priorities;
        // an agent who comes online, or frees up, takes the longest-waiting item at once
        changeLog.addListener(change -> {
            if (EntityTypes.AGENT.equals(change.entity()) && change.data() != null
                    && AgentStatus.ONLINE.name().equals(change.data().path("status").asText())) {
                queues.forEach(WorkQueue::drainLater);
            }
            if (EntityTypes.AGENT.equals(change.entity())) {
                queues.forEach(queue -> queue.feed().agentsChanged());
            } else if (EntityTypes.GROUP.equals(change.entity())) {
                queues.forEach(queue -> queue.feed().groupsChanged());
            } else if (CustomerLevel.ENTITY.equals(change.entity())) {
                // a level's priority changed (or the level went): waiting items take it now, not only the next ones
                queues.forEach(WorkQueue::reprioritizeAll);
            }
        });
        // a visitor made VIP while waiting moves ahead now, not only with their next item
        visitors.addListener(new VisitorListener() {
            @Override
            public void customerLevelChanged(String visitorId, String level) {
                queues.forEach(queue -> queue.reprioritize(visitorId));
            }
        });
    }

    /** Distributes a kind of work from now on; {@code client} is told of every outcome. */
    public WorkQueue register(WorkKind kind, WorkClient client) {
        if (queues.stream().anyMatch(queue -> queue.kind().name().equals(kind.name()))) {
            throw new IllegalStateException("the kind " + kind.name() + " is distributed already");
        }
        WorkQueue queue = new WorkQueue(kind, client, jdbi, clock, background, rules, priorities);
        queues.add(queue);
        background.scheduleWithFixedDelay(queue.feed()::tick, QUEUE_TICK_MILLIS, QUEUE_TICK_MILLIS, TimeUnit.MILLISECONDS);
        return queue;
    }
}
