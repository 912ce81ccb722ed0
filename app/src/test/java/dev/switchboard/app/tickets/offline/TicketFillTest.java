package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tickets' first fill through the snapshot ({@link TicketFill}) against a real backend and a real
 * H2 cache file, in pages of {@value #PAGE}: it ends with the cache equal to the backend, resumes after
 * an interruption without reading the pages done again, and neither a page read before a change nor
 * one read before a ticket left the agent's sight undoes what the change log brought meanwhile.
 */
class TicketFillTest {

    private static final int PAGE = 10;
    private static final int TICKETS = 34; // four pages, the last one short
    private static final long PRESALES = 1;
    private static final long AFTERSALES = 2;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();

    @TempDir
    Path home;
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final ApiClient api = new ApiClient();
    private ServerUrl server;
    private String token;
    private long agentId;
    private CacheDatabase cache;
    private OfflineTickets tickets;
    private long cursor;

    @AfterEach
    void close() {
        if (cache != null) {
            cache.close();
        }
        api.close();
        io.shutdownNow();
    }

    @Test
    void aFillEndsWithTheCacheEqualToTheBackend() {
        List<Long> made = make(TICKETS, "admin", PRESALES);
        signIn("admin");
        TicketFill fill = fill(this::page);

        fill.prepare().join();
        TicketFill.Progress first = fill.progress().orElseThrow();
        assertThat(first.done()).isFalse();
        assertThat(first.seq()).as("the log's position before the first page").isPositive();
        assertThat(fill.coveredUpTo()).isEqualTo(first.seq());
        assertThat(cached()).as("the first page, before the socket subscribes").hasSize(PAGE);

        fill.resume().join();

        assertThat(cached()).as("the cache equals the backend").isEqualTo(backendVersions()).containsKeys(made.toArray(Long[]::new));
        TicketFill.Progress done = fill.progress().orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.seq()).as("the first page's seq stays the fill's").isEqualTo(first.seq());
        assertThat(done.written()).isEqualTo(backendVersions().size());
        assertThat(fill.resume()).as("nothing left to do").isDone();
    }

    @Test
    void aFillTellsWhenItRunsHowFarItGotPerPageAndWhenItIsDone() {
        make(TICKETS, "admin", PRESALES);
        signIn("admin");
        long all = backendVersions().size();
        List<TicketFill.Filling> told = new CopyOnWriteArrayList<>();
        // pages read on the thread that asks: one after the other, in a known order
        TicketFill fill = new TicketFill(cache, server + "|" + agentId, tickets, this::page, Runnable::run, PAGE);
        fill.listen(told::add);

        fill.prepare().join();
        assertThat(told).as("the first page, before the socket connects: not running yet, the count from the page")
                .containsExactly(new TicketFill.Filling(false, PAGE, all));

        fill.resume().join();
        List<TicketFill.Filling> expected = new ArrayList<>();
        expected.add(new TicketFill.Filling(false, PAGE, all));
        expected.add(new TicketFill.Filling(true, PAGE, all)); // started
        for (long written = 2L * PAGE; written < all; written += PAGE) {
            expected.add(new TicketFill.Filling(true, written, all)); // once a page
        }
        expected.add(new TicketFill.Filling(false, all, all)); // done, told once
        assertThat(told).isEqualTo(expected);

        fill.resume().join();
        assertThat(told).as("a done fill tells nothing more").hasSize(expected.size());
    }

    @Test
    void aFillResumedAfterARestartTellsTheCountWrittenWithoutATotal() {
        make(TICKETS, "admin", PRESALES);
        signIn("admin");
        fill(this::page).prepare().join();
        cache.close();
        openCache();
        List<TicketFill.Filling> told = new CopyOnWriteArrayList<>();
        TicketFill resumed = new TicketFill(cache, server + "|" + agentId, tickets, this::page, Runnable::run, PAGE);
        resumed.listen(told::add);

        resumed.prepare().join();
        resumed.resume().join();

        assertThat(told.get(0)).as("only the first page counts the tickets").isEqualTo(new TicketFill.Filling(true, PAGE, 0));
        assertThat(told.get(told.size() - 1)).isEqualTo(new TicketFill.Filling(false, backendVersions().size(), 0));
    }

    @Test
    void anInterruptedFillResumesAfterTheLastPageWrittenAndReadsNoPageTwice() {
        make(TICKETS, "admin", PRESALES);
        signIn("admin");
        List<Long> firstRun = new ArrayList<>();
        TicketFill dying = fill((after, limit) -> {
            if (firstRun.size() == 3) {
                cache.close(); // the workstation goes away after three pages are in the file
                throw new IllegalStateException("closed");
            }
            firstRun.add(after);
            return page(after, limit);
        });
        dying.prepare().join();
        dying.resume().join();
        long lastWritten = dying.progress().orElseThrow().lastId();
        assertThat(firstRun).hasSize(3);

        openCache();
        List<Long> secondRun = new ArrayList<>();
        TicketFill resumed = fill((after, limit) -> {
            secondRun.add(after);
            return page(after, limit);
        });
        resumed.prepare().join();
        assertThat(secondRun).as("where it stood is in the cache file: no page read before the socket subscribes").isEmpty();
        assertThat(resumed.progress().orElseThrow().lastId()).isEqualTo(lastWritten);
        resumed.resume().join();

        assertThat(secondRun.get(0)).as("goes on after the last page written").isEqualTo(lastWritten);
        assertThat(secondRun).allMatch(after -> after >= lastWritten);
        Map<Long, Long> backendNow = backendVersions();
        assertThat(cached()).isEqualTo(backendNow);
        assertThat(resumed.progress().orElseThrow().written()).as("each ticket written once").isEqualTo(backendNow.size());
    }

    @Test
    void aTicketChangedDuringTheFillEndsWithItsNewestVersionAndAnOlderPageDoesNotUndoIt() {
        List<Long> made = make(TICKETS, "admin", PRESALES);
        signIn("admin");
        long early = made.get(0);
        long late = made.get(made.size() - 1);
        AtomicInteger reads = new AtomicInteger();
        List<SyncedEntities> keepers = new ArrayList<>();
        TicketFill fill = fill((after, limit) -> {
            if (reads.incrementAndGet() == 2) {
                change(early, "Changed after its page was read"); // its entry comes after the fill's seq
            }
            TicketSnapshotPage page = page(after, limit);
            if (page.tickets().stream().anyMatch(ticket -> ticket.id() == late)) {
                // the change log brings a newer version while this page, read before it, is on its way
                change(late, "Changed after this page was read");
                pull(keepers);
            }
            return page;
        });
        keepers.addAll(TicketChangeKeepers.of(tickets, fill));

        fill.prepare().join();
        cursor = fill.coveredUpTo(); // the socket follows the log from there
        fill.resume().join();

        Ticket lateNow = backendTicket(late);
        assertThat(tickets.ticket(late).join()).as("the older page did not overwrite the newer row").get()
                .extracting(Ticket::version, Ticket::subject).containsExactly(lateNow.version(), "Changed after this page was read");
        pull(keepers);
        assertThat(cached()).isEqualTo(backendVersions());
        assertThat(tickets.ticket(early).join()).get().extracting(Ticket::subject).isEqualTo("Changed after its page was read");
    }

    @Test
    void aTicketThatLeftTheAgentsSightDuringTheFillIsNotBroughtBackByAPageReadBefore() {
        List<Long> made = make(TICKETS, "alice", PRESALES);
        signIn("alice");
        long moved = made.get(made.size() - 1);
        List<SyncedEntities> keepers = new ArrayList<>();
        TicketFill fill = fill((after, limit) -> {
            TicketSnapshotPage page = page(after, limit);
            if (page.tickets().stream().anyMatch(ticket -> ticket.id() == moved)) {
                ApiResponse response = backend.api().patch("/api/v1/tickets/" + moved, backend.token("admin"),
                        Map.of("version", backendTicket(moved).version(), "groupId", AFTERSALES));
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                pull(keepers); // alice's log says it left her sight while the page that has it is on its way
            }
            return page;
        });
        keepers.addAll(TicketChangeKeepers.of(tickets, fill));

        fill.prepare().join();
        cursor = fill.coveredUpTo();
        fill.resume().join();
        pull(keepers);

        assertThat(tickets.ticket(moved).join()).isEmpty();
        assertThat(cached()).doesNotContainKey(moved).isEqualTo(backendVersions());
    }

    // --- the workstation's side

    private void signIn(String login) {
        server = ServerUrl.parse(backend.server().baseUrl());
        LoginResponse session = api.login(server, new LoginRequest(login, TestBackend.PASSWORD));
        token = session.token();
        agentId = session.agent().id();
        openCache();
    }

    private void openCache() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        tickets = SyncClient.offlineTickets(cache, server + "|" + agentId, agentId, "agent");
    }

    private TicketFill fill(TicketFill.Pages pages) {
        return new TicketFill(cache, server + "|" + agentId, tickets, pages, io, PAGE);
    }

    private TicketSnapshotPage page(long after, int limit) {
        return api.send(server, token, "GET", ApiPath.of("sync", "tickets", "snapshot").query("after", after).query("limit", limit), null,
                TicketSnapshotPage.class);
    }

    /** The change log after the cursor into the keepers, as the socket brings it (ticket entries up to the fill's seq left out). */
    private void pull(List<SyncedEntities> keepers) {
        ChangePage page;
        do {
            page = api.send(server, token, "GET", ApiPath.of("sync").query("after", cursor).query("limit", 1000), null, ChangePage.class);
            Map<String, List<Change>> byEntity = new LinkedHashMap<>();
            page.changes().forEach(change -> byEntity.computeIfAbsent(change.entity(), entity -> new ArrayList<>()).add(change));
            List<CompletableFuture<Void>> writes = new ArrayList<>();
            keepers.stream().filter(keeper -> byEntity.containsKey(keeper.entity()))
                    .forEach(keeper -> writes.add(keeper.apply(byEntity.get(keeper.entity()))));
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
            cursor = page.next();
        } while (page.hasMore());
    }

    private Map<Long, Long> cached() {
        return cache.transaction(handle -> {
            Map<Long, Long> versions = new TreeMap<>();
            handle.createQuery("SELECT id, version FROM offline_ticket").map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(entry -> versions.put(entry.getKey(), entry.getValue()));
            return versions;
        }).join();
    }

    // --- the backend's side

    private List<Long> make(int count, String login, long groupId) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ApiResponse made = backend.api().post("/api/v1/tickets", backend.token(login), new NewTicket("工单 ticket " + i, null, null,
                    new RequesterInput("王女士", null, "13900139000", null), null, null, null, null, groupId, TicketChannel.PHONE, null,
                    null, null, null, null, null));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            ids.add(made.as(Ticket.class).id());
        }
        return ids;
    }

    private void change(long id, String subject) {
        ApiResponse changed = backend.api().patch("/api/v1/tickets/" + id, backend.token("admin"),
                Map.of("version", backendTicket(id).version(), "subject", subject));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private Ticket backendTicket(long id) {
        return backend.api().get("/api/v1/tickets/" + id, backend.token("admin")).as(Ticket.class);
    }

    /** What the signed-in account sees on the backend now, read whole. */
    private Map<Long, Long> backendVersions() {
        Map<Long, Long> versions = new TreeMap<>();
        TicketSnapshotPage page;
        long after = 0;
        do {
            page = page(after, TicketSnapshotPage.MAX_LIMIT);
            page.tickets().forEach(ticket -> versions.put(ticket.id(), ticket.version()));
            after = page.nextAfter();
        } while (page.hasMore());
        return versions;
    }
}
