package dev.switchboard.server.sync;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/** What of the change log a caller may read, by REST pages or as a live feed. */
public final class SyncService {

    public static final int MAX_PAGE = 1000;
    public static final int DEFAULT_PAGE = 500;

    private final ChangeLog changeLog;

    public SyncService(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    public ChangePage page(Principal caller, long after, int limit) {
        caller.require(Role.AGENT);
        ChangeLog.Page page = changeLog.page(after, limit, visibleTo(caller));
        return new ChangePage(page.changes(), page.next(), page.hasMore());
    }

    public AutoCloseable follow(Principal caller, long after, Consumer<Change> sink, LongConsumer caughtUp) {
        caller.require(Role.AGENT);
        return changeLog.follow(after, visibleTo(caller), sink, caughtUp);
    }

    /**
     * Agents and groups are visible to every agent: colleagues are needed for transfers and
     * presence. Entities with narrower audiences (a ticket, a conversation) add their rule here.
     */
    private static Predicate<Change> visibleTo(Principal caller) {
        return change -> true;
    }
}
