package dev.switchboard.server.sync;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/** What of the change log a caller may read, by REST pages or as a live feed. */
public final class SyncService {

    public static final int MAX_PAGE = 1000;
    public static final int DEFAULT_PAGE = 500;

    /**
     * Who may see one entity type's changes. Built once per reader (a page, a subscription), so it
     * can look up what it needs about the reader once.
     */
    @FunctionalInterface
    public interface Audience {
        Predicate<Change> forReader(Principal reader);
    }

    private final ChangeLog changeLog;
    private final Map<String, Audience> audiences = new ConcurrentHashMap<>();

    public SyncService(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** Narrows who sees changes of {@code entity}; entities without an audience are seen by every agent. */
    public void restrict(String entity, Audience audience) {
        audiences.put(entity, audience);
    }

    public ChangePage page(Principal caller, long after, int limit) {
        caller.require(Role.AGENT);
        ChangeLog.Page page = changeLog.page(after, limit, visibleTo(caller));
        return new ChangePage(page.changes(), page.next(), page.hasMore());
    }

    /** A live feed of one reader; told when the reader's account changed, it filters by the account as it is now. */
    public interface Feed extends AutoCloseable {
        void readerChanged(Principal reader);

        @Override
        void close();
    }

    public Feed follow(Principal caller, long after, Consumer<Change> sink, LongConsumer caughtUp) {
        return follow(caller, after, Map.of(), sink, caughtUp);
    }

    /** As above, without the changes {@code covered} names: entity types the reader has up to a seq from a snapshot. */
    public Feed follow(Principal caller, long after, Map<String, Long> covered, Consumer<Change> sink, LongConsumer caughtUp) {
        caller.require(Role.AGENT);
        AtomicReference<Predicate<Change>> visible = new AtomicReference<>(visibleTo(caller));
        AutoCloseable following = changeLog.follow(after, covered, change -> visible.get().test(change), sink, caughtUp);
        return new Feed() {
            @Override
            public void readerChanged(Principal reader) {
                visible.set(visibleTo(reader));
            }

            @Override
            public void close() {
                try {
                    following.close();
                } catch (Exception e) {
                    throw new IllegalStateException("unfollowing the change log failed", e);
                }
            }
        };
    }

    /**
     * Agents and groups are visible to every agent: colleagues are needed for transfers and
     * presence. Entities with narrower audiences (canned replies, later tickets) register one.
     */
    private Predicate<Change> visibleTo(Principal caller) {
        Map<String, Predicate<Change>> rules = new HashMap<>();
        audiences.forEach((entity, audience) -> rules.put(entity, audience.forReader(caller)));
        return change -> rules.getOrDefault(change.entity(), any -> true).test(change);
    }
}
