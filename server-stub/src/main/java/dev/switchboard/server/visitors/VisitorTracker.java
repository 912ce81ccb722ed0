package dev.switchboard.server.visitors;

import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Who is on the sites right now, in memory: the visitor list's source of truth. Changes mark a
 * visitor dirty; the feed drains the dirty set into batches for the workstations.
 */
public final class VisitorTracker {

    /** Visitors stay in the list this long after leaving, shown as LEFT. */
    static final Duration LEFT_VISIBLE = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, LiveVisitor> visitors = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    /**
     * Visitors with a chat that is not over, whether a page of theirs is open or not, so that a
     * visitor who comes back to a chat shows as chatting at once. The chat feature keeps it: it
     * reads the open chats when the backend starts and tells of every start and end.
     */
    private final Set<String> inChat = ConcurrentHashMap.newKeySet();
    private volatile Instant lastEviction = Instant.EPOCH;

    public VisitorTracker(Clock clock) {
        this.clock = clock;
    }

    /** Changes a live visitor under its monitor and queues the change for the workstations. */
    void update(String visitorId, Consumer<LiveVisitor> change) {
        LiveVisitor visitor = visitors.get(visitorId);
        if (visitor == null) {
            return;
        }
        synchronized (visitor) {
            change.accept(visitor);
            visitor.version++;
        }
        dirty.add(visitorId);
    }

    LiveVisitor getOrCreate(String visitorId, String site) {
        return visitors.computeIfAbsent(visitorId, id -> new LiveVisitor(id, site));
    }

    void markDirty(String visitorId) {
        dirty.add(visitorId);
    }

    Optional<LiveVisitor> live(String visitorId) {
        return Optional.ofNullable(visitors.get(visitorId));
    }

    /** A snapshot of one visitor, if they are in the list. */
    public Optional<VisitorSummary> summary(String visitorId) {
        return live(visitorId).map(visitor -> {
            synchronized (visitor) {
                return visitor.summary();
            }
        });
    }

    /** Everyone in the list now. */
    public List<VisitorSummary> all() {
        List<VisitorSummary> summaries = new ArrayList<>(visitors.size());
        for (LiveVisitor visitor : visitors.values()) {
            synchronized (visitor) {
                summaries.add(visitor.summary());
            }
        }
        return summaries;
    }

    /** Sends a message to every open page of the visitor; false when none is open. */
    public boolean sendToVisitor(String visitorId, Envelope envelope) {
        List<VisitorPage> pages = pagesOf(visitorId);
        pages.forEach(page -> page.send(envelope));
        return !pages.isEmpty();
    }

    /** Closes every open page of the visitor (and of anyone on {@code ip}) after sending them {@code envelope}. */
    public void disconnect(String visitorId, String ip, Envelope envelope, int code, String reason) {
        for (LiveVisitor visitor : visitors.values()) {
            List<VisitorPage> pages;
            synchronized (visitor) {
                boolean match = visitor.id.equals(visitorId)
                        || (ip != null && visitor.pages.stream().anyMatch(page -> ip.equals(page.ip)));
                if (!match) {
                    continue;
                }
                visitor.blocked = true;
                visitor.version++;
                pages = List.copyOf(visitor.pages);
            }
            dirty.add(visitor.id);
            pages.forEach(page -> {
                page.send(envelope);
                page.close(code, reason);
            });
        }
    }

    /** The visitor has a chat that is not over: they show as chatting, and are not invited. */
    public void chatOpened(String visitorId) {
        inChat.add(visitorId);
        update(visitorId, this::settle);
    }

    /** The visitor's chat is over: they show as browsing again (or invited, if an invitation is open). */
    public void chatEnded(String visitorId) {
        if (inChat.remove(visitorId)) {
            update(visitorId, this::settle);
        }
    }

    /** Visitors whose chats were open when the backend started. */
    public void chatsOpen(Collection<String> visitorIds) {
        visitorIds.forEach(this::chatOpened);
    }

    /** The visitor was shown an invitation that is still open. */
    public void invited(String visitorId, long invitationId) {
        update(visitorId, visitor -> {
            visitor.pendingInvitationId = invitationId;
            settle(visitor);
        });
    }

    /** The visitor's open invitation was answered or expired. */
    public void invitationClosed(String visitorId, long invitationId) {
        update(visitorId, visitor -> {
            if (visitor.pendingInvitationId != null && visitor.pendingInvitationId == invitationId) {
                visitor.pendingInvitationId = null;
                settle(visitor);
            }
        });
    }

    /** What a visitor with a page open is doing: chatting before invited before browsing. Under the visitor's monitor. */
    VisitorStatus presentStatus(LiveVisitor visitor) {
        if (inChat.contains(visitor.id)) {
            return VisitorStatus.CHATTING;
        }
        return visitor.pendingInvitationId != null ? VisitorStatus.INVITED : VisitorStatus.BROWSING;
    }

    /** A visitor who left stays LEFT until a page of theirs opens again. */
    private void settle(LiveVisitor visitor) {
        if (visitor.status != VisitorStatus.LEFT) {
            visitor.status = presentStatus(visitor);
        }
    }

    /** The id of the visitor's open invitation, if any. */
    public Optional<Long> pendingInvitation(String visitorId) {
        return live(visitorId).map(visitor -> {
            synchronized (visitor) {
                return visitor.pendingInvitationId;
            }
        });
    }

    /** The id of the visit the visitor is on now. */
    public Optional<Long> currentVisitId(String visitorId) {
        return live(visitorId).map(visitor -> {
            synchronized (visitor) {
                return visitor.visit == null ? null : visitor.visit.id();
            }
        });
    }

    /** Whether the visitor has at least one page open now. */
    public boolean isOnline(String visitorId) {
        return !pagesOf(visitorId).isEmpty();
    }

    public void setBlocked(String visitorId, boolean blocked) {
        update(visitorId, visitor -> visitor.blocked = blocked);
    }

    List<VisitorPage> pagesOf(String visitorId) {
        LiveVisitor visitor = visitors.get(visitorId);
        if (visitor == null) {
            return List.of();
        }
        synchronized (visitor) {
            return List.copyOf(visitor.pages);
        }
    }

    /** The visitors changed since the last drain, and the ids that dropped out of the list. */
    Batch drain() {
        Instant now = clock.instant();
        if (Duration.between(lastEviction, now).toMillis() >= 1000) {
            lastEviction = now;
            evictLeft(now.minus(LEFT_VISIBLE));
        }
        List<VisitorSummary> upserts = new ArrayList<>();
        for (String id : drainSet(dirty)) {
            summary(id).ifPresent(upserts::add);
        }
        List<String> gone = drainSet(removed);
        gone.removeIf(visitors::containsKey);
        return new Batch(upserts, gone);
    }

    /** Scanning every visitor is too much for every batch; once a second is enough for a 5-minute rule. */
    private void evictLeft(Instant evictBefore) {
        for (LiveVisitor visitor : visitors.values()) {
            synchronized (visitor) {
                if (visitor.status == VisitorStatus.LEFT && visitor.pages.isEmpty() && visitor.leftAt != null
                        && visitor.leftAt.isBefore(evictBefore)) {
                    visitors.remove(visitor.id, visitor);
                    removed.add(visitor.id);
                }
            }
        }
    }

    /** What {@link #drain()} found. */
    record Batch(List<VisitorSummary> upserts, List<String> removed) {
        boolean isEmpty() {
            return upserts.isEmpty() && removed.isEmpty();
        }
    }

    public int onlineCount() {
        return visitors.size();
    }

    private static List<String> drainSet(Set<String> set) {
        List<String> drained = new ArrayList<>();
        for (String id : set) {
            if (set.remove(id)) {
                drained.add(id);
            }
        }
        return drained;
    }
}
