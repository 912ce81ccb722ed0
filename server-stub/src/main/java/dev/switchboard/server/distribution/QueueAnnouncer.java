package dev.switchboard.server.distribution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out waiting requesters' places in their group's queue and the estimated wait, and whether
 * they waited longer than the group allows or their group has nobody online (a chat's visitor is
 * then offered to leave a message); the kind's client tells them. One pass over the queue with
 * what it needs read once, so a long queue costs a few queries, not a few per item. Called only
 * under the queue's decision lock. What was told is owned by the queue's owner (ADR 0008): a new
 * owner starts empty and tells everyone again at the next tick.
 */
final class QueueAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(QueueAnnouncer.class);
    /** Recent handle times move slowly; reading them scans the day's ended items, so not on every announcement. */
    private static final Duration HANDLE_TIME_REFRESH = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final WorkStore store;
    private final WorkClient client;
    /** What each waiting requester was told last. */
    private final Map<Long, WorkClient.QueuePlace> told = new HashMap<>();
    private int handleSeconds;
    private Instant handleSecondsRead;

    QueueAnnouncer(Jdbi jdbi, Clock clock, WorkStore store, WorkClient client) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.store = store;
        this.client = client;
    }

    /**
     * Announces to the waiting requesters of {@code queue} (in serving order).
     *
     * @param everyone true: every requester hears their place again (the once-a-second refresh,
     *                 which also reaches pages opened since); false: only requesters not told yet
     *                 and those now overdue, so that a burst of changes does not send the whole
     *                 queue again each time
     */
    void announce(List<WorkItem> queue, boolean everyone) {
        Set<Long> waiting = new HashSet<>();
        queue.forEach(item -> waiting.add(item.id()));
        told.keySet().retainAll(waiting);
        if (queue.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, Integer> online = jdbi.withHandle(RoutingSnapshot::onlineByGroup);
        Map<Long, RoutingSnapshot.GroupTimings> timings = new HashMap<>();
        Map<Long, Integer> places = new HashMap<>();
        List<WorkClient.QueuePlace> toTell = new ArrayList<>();
        List<Long> newlyOverdue = new ArrayList<>();
        for (WorkItem item : queue) {
            Long group = item.groupId();
            if (group == null) {
                // just arrived and not routed yet: its own routing announces it
                continue;
            }
            int position = places.merge(group, 1, Integer::sum);
            RoutingSnapshot.GroupTimings groupTimings = timings.computeIfAbsent(group, id -> jdbi.withHandle(h -> RoutingSnapshot.timings(h, id)));
            WorkClient.QueuePlace place = place(item, position, online.getOrDefault(group, 0), groupTimings, now, newlyOverdue);
            WorkClient.QueuePlace before = told.get(place.itemId());
            if (everyone || before == null || before.overdue() != place.overdue()) {
                toTell.add(place);
            }
        }
        tell(toTell, newlyOverdue);
    }

    /** Announces to one item just queued (or asked for again); the places of the others are refreshed within a second. */
    void announceOne(long itemId) {
        jdbi.withHandle(handle -> store.queued(handle, itemId)).ifPresent(item -> {
            Long group = item.groupId();
            if (group == null) {
                return;
            }
            int ahead = jdbi.withHandle(handle -> store.queuedAhead(handle, group, itemId));
            int online = jdbi.withHandle(RoutingSnapshot::onlineByGroup).getOrDefault(group, 0);
            RoutingSnapshot.GroupTimings timings = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, group));
            List<Long> newlyOverdue = new ArrayList<>();
            WorkClient.QueuePlace place = place(item, ahead + 1, online, timings, clock.instant(), newlyOverdue);
            tell(List.of(place), newlyOverdue);
        });
    }

    private WorkClient.QueuePlace place(WorkItem item, int position, int online, RoutingSnapshot.GroupTimings timings, Instant now,
                                        List<Long> newlyOverdue) {
        boolean overdue = item.overdueTold() || online == 0 || item.arrivedAt().plusSeconds(timings.maxWaitSeconds()).isBefore(now);
        if (overdue && !item.overdueTold()) {
            newlyOverdue.add(item.id());
            LOG.info("waited too long, told so: item={} online={}", item.id(), online);
        }
        int estimate = position * handleSeconds(now) / Math.max(1, online);
        return new WorkClient.QueuePlace(item.id(), item.requesterId(), position, estimate, overdue);
    }

    private void tell(List<WorkClient.QueuePlace> places, List<Long> newlyOverdue) {
        if (!newlyOverdue.isEmpty()) {
            jdbi.useTransaction(handle -> store.markOverdueTold(handle, newlyOverdue));
        }
        places.forEach(place -> told.put(place.itemId(), place));
        client.waiting(places);
    }

    private int handleSeconds(Instant now) {
        if (handleSecondsRead == null || !now.isBefore(handleSecondsRead.plus(HANDLE_TIME_REFRESH)) || now.isBefore(handleSecondsRead)) {
            handleSeconds = jdbi.withHandle(handle -> store.averageHandleSeconds(handle, now));
            handleSecondsRead = now;
        }
        return handleSeconds;
    }
}
