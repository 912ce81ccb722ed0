package dev.switchboard.app.tickets;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.tickets.offline.Drafts;
import dev.switchboard.app.tickets.offline.OfflineTicketCache;
import dev.switchboard.app.tickets.offline.OfflineTickets;
import dev.switchboard.app.tickets.offline.TicketCacheEvent;
import dev.switchboard.app.tickets.offline.TicketChangeKeepers;
import dev.switchboard.app.tickets.offline.TicketFill;
import dev.switchboard.app.tickets.offline.TicketPusher;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * One session's offline tickets (ADR 0038): the cache and outbox of its account, kept from the change
 * log (whose ticket entries the open views then hear through {@link TicketChanges}), the pusher that
 * syncs on every connect and after every edit made meanwhile, the drafts, and the source the views use.
 */
final class OfflineTicketWiring {

    /** Tests only: wraps the snapshot reads of the sessions joined from now on (a gate that holds a fill between pages). */
    static volatile UnaryOperator<TicketFill.Pages> snapshotReadsForTests = UnaryOperator.identity();

    private final OfflineTickets tickets;
    private final Drafts drafts;
    private final TicketSyncStatus status;
    private final OfflineTicketSource source;
    private final TicketsApi online;
    private final Executor fx;

    private OfflineTicketWiring(OfflineTickets tickets, Drafts drafts, TicketSyncStatus status, OfflineTicketSource source, TicketsApi online,
                                Executor fx) {
        this.fx = fx;
        this.tickets = tickets;
        this.drafts = drafts;
        this.status = status;
        this.source = source;
        this.online = online;
    }

    static OfflineTicketWiring join(SessionContext session, TicketChanges changes) {
        AppContext app = session.app();
        Session account = session.session();
        OfflineTicketCache cache = session.require(OfflineTicketCache.class);
        // the outbox and drafts belong to this account on this server
        String accountKey = account.server() + "|" + account.agent().id();
        OfflineTickets tickets = new OfflineTickets(cache.db(), accountKey, account.agent().id(),
                account.agent().displayName(), account.agent().role(), app.clock(), n -> app.i18n().get("tickets.offline.provisional", n));
        TicketSyncStatus status = new TicketSyncStatus(tickets, app.fx());
        TicketPusher pusher = new TicketPusher(tickets, app.clock(),
                request -> app.api().send(account.server(), account.token(), "POST", ApiPath.of("sync", "tickets"), request,
                        TicketSyncResponse.class),
                app.background().io(), status::progress);
        AtomicBoolean connected = new AtomicBoolean();
        TicketsApi online = new TicketsApi(app.api(), account, app.background().io());
        OfflineTicketSource source = new OfflineTicketSource(online, tickets, pusher, connected::get, account.agent().id());
        Drafts drafts = new Drafts(cache.db(), accountKey, app.clock(), app.background().scheduler());

        TicketFill fill = new TicketFill(cache.db(), accountKey, tickets, snapshotReadsForTests.apply(
                (after, limit) -> app.api().send(account.server(), account.token(), "GET",
                        ApiPath.of("sync", "tickets", "snapshot").query("after", after).query("limit", limit), null, TicketSnapshotPage.class)),
                app.background().io());
        fill.listen(status::filling);

        TicketChangeKeepers.of(tickets, fill).forEach(session::sync);
        tickets.listen(events -> changes.announce(events.stream().map(OfflineTicketWiring::event).toList()));
        tickets.listen(events -> status.refresh()); // an edit, a sync result: the pending count and the problems may have moved
        session.beforeConnect(() -> drafts.load().thenRun(status::refresh));
        // before the socket subscribes: its first page's seq is what the change log need not send again
        session.beforeConnect(fill::prepare);
        session.onConnectionChanged(state -> {
            connected.set(state == ConnectionState.CONNECTED);
            status.connected(state == ConnectionState.CONNECTED);
            if (state == ConnectionState.CONNECTED) {
                CompletableFuture<Void> filled = fill.resume();
                // what waits goes first, then what changed meanwhile is read (the change log brings the rest); during a
                // first fill that read waits for it (the fill brings every ticket; the list read would compete with it)
                pusher.push().thenCompose(ignored -> filled).thenCompose(ignored -> source.refresh()).exceptionally(unreachable -> null);
            }
        });
        session.onClose(drafts::flush);
        session.onClose(() -> {
            fill.close();
            return CompletableFuture.completedFuture(null);
        });
        return new OfflineTicketWiring(tickets, drafts, status, source, online, app.fx());
    }

    TicketSource source() {
        return source;
    }

    TicketsApi online() {
        return online;
    }

    Drafts drafts() {
        return drafts;
    }

    TicketSyncStatus status() {
        return status;
    }

    Executor fx() {
        return fx;
    }

    OfflineTickets tickets() {
        return tickets;
    }

    private static TicketEvent event(TicketCacheEvent event) {
        if (event instanceof TicketCacheEvent.Shown shown) {
            return new TicketEvent.Changed(shown.ticket());
        }
        if (event instanceof TicketCacheEvent.Commented commented) {
            return new TicketEvent.Commented(commented.comment());
        }
        return new TicketEvent.OutOfSight(((TicketCacheEvent.Gone) event).ticketId());
    }
}
