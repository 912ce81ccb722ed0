package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.agents.Role;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * One workstation's ticket sync as the product runs it — its own H2 cache file, {@link OfflineTickets}
 * with the outbox, the {@link TicketPusher} and the change log's {@link TicketChangeKeepers} — signed
 * in as one agent over the workstation's own {@link ApiClient}. The test takes it offline (every
 * request fails as if the network were gone) and kills it in the middle of a push: the request
 * reaches the backend, its answer is lost, and the client starts again from its cache file alone.
 */
final class SyncClient {

    private final String name;
    private final long agentId;
    private final Path home;
    private final ServerUrl server;
    private final String token;
    private final ApiClient api;
    private final ExecutorService io;
    private final int batchSize;
    private final Consumer<TicketSyncRequest> sent;
    private volatile boolean online = true;
    private volatile boolean dying;
    private CacheDatabase cache;
    private OfflineTickets tickets;
    private TicketPusher pusher;
    private List<SyncedEntities> keepers;
    /** The tickets the agent has in the list (as read at the last fill or pull, and those made since), to pick from. */
    private final List<Long> known = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The change log's position kept in the cache: advanced only after the changes up to it were written. */
    private long cursor;

    SyncClient(String name, String password, Path home, ServerUrl server, ApiClient api, ExecutorService io, int batchSize,
               Consumer<TicketSyncRequest> sent) {
        this.name = name;
        this.home = home;
        this.server = server;
        this.api = api;
        this.io = io;
        this.batchSize = batchSize;
        this.sent = sent;
        var login = api.login(server, new LoginRequest(name, password));
        this.token = login.token();
        this.agentId = login.agent().id();
        open();
    }

    private void open() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        tickets = offlineTickets(cache, server + "|" + agentId, agentId, name);
        pusher = new TicketPusher(tickets, Clock.systemUTC(), this::send, io, progress -> { }, batchSize);
        // this client fills itself (fill()); the keepers' own first fill never starts, so it covers nothing
        keepers = TicketChangeKeepers.of(tickets, new TicketFill(cache, server + "|" + agentId, tickets, (after, limit) -> {
            throw new IllegalStateException("not used");
        }, io));
    }

    /** An agent's offline tickets on {@code cache}, as the workstation makes them (the one place the tests call the constructor). */
    static OfflineTickets offlineTickets(CacheDatabase cache, String account, long agentId, String name) {
        return new OfflineTickets(cache, account, agentId, name, Role.AGENT, Clock.systemUTC(), n -> "Offline " + n);
    }

    String name() {
        return name;
    }

    long agentId() {
        return agentId;
    }

    OfflineTickets tickets() {
        return tickets;
    }

    List<Long> known() {
        return known;
    }

    void made(dev.switchboard.shared.tickets.Ticket ticket) {
        known.add(ticket.id());
    }

    private void readList() {
        known.clear();
        tickets.tickets().join().forEach(ticket -> known.add(ticket.id()));
    }

    boolean online() {
        return online;
    }

    void online(boolean reachable) {
        online = reachable;
    }

    /** Pushes what waits; a push that finds the backend unreachable leaves everything for the next one. */
    CompletableFuture<Void> push() {
        return pusher.push();
    }

    /** Fills an empty cache from the backend's snapshot, then follows the change log from where the snapshot began. */
    void fill() {
        long after = 0;
        long seq = -1;
        TicketSnapshotPage page;
        do {
            page = api.send(server, token, "GET", ApiPath.of("sync", "tickets", "snapshot").query("after", after), null, TicketSnapshotPage.class);
            seq = seq < 0 ? page.seq() : seq;
            tickets.keep(page.tickets()).join();
            after = page.nextAfter();
        } while (page.hasMore());
        cursor = seq;
        readList();
    }

    /** Reads the change log after the cursor into the cache, as the socket would bring it. */
    void pull() {
        ChangePage page;
        do {
            page = api.send(server, token, "GET", ApiPath.of("sync").query("after", cursor).query("limit", 1000), null, ChangePage.class);
            Map<String, List<Change>> byEntity = new LinkedHashMap<>();
            for (Change change : page.changes()) {
                byEntity.computeIfAbsent(change.entity(), entity -> new ArrayList<>()).add(change);
            }
            List<CompletableFuture<Void>> writes = new ArrayList<>();
            for (SyncedEntities keeper : keepers) {
                List<Change> changes = byEntity.get(keeper.entity());
                if (changes != null) {
                    writes.add(keeper.apply(changes));
                }
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
            cursor = page.next();
        } while (page.hasMore());
        readList();
    }

    /**
     * Pushes with the next request's answer lost, as when the workstation dies while the backend
     * answers; then starts again on its cache file, with nothing of the dead one's memory.
     */
    void crashMidPush() {
        dying = true;
        pusher.push().join();
        dying = false;
        cache.close();
        open();
        readList();
    }

    void close() {
        cache.close();
    }

    private TicketSyncResponse send(TicketSyncRequest request) {
        if (!online) {
            throw new UncheckedIOException(new java.net.ConnectException(name + " is offline"));
        }
        sent.accept(request);
        TicketSyncResponse answer = api.send(server, token, "POST", ApiPath.of("sync", "tickets"), request, TicketSyncResponse.class);
        if (dying) {
            throw new IllegalStateException(name + " died before it stored the answer");
        }
        return answer;
    }
}
