package dev.switchboard.server.ticketsync;

import static dev.switchboard.server.ticketsync.TicketSyncPushTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPage;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Filling an empty workstation cache: the tickets the account may see, keyset-paged by id, and the
 * change log followed from the first page's position brings every change made while paging.
 */
class TicketSnapshotTest {

    static final String SNAPSHOT = "/api/v1/sync/tickets/snapshot";
    static final long PRESALES = 1;
    static final long AFTERSALES = 2;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String admin = backend.token("admin");

    @Test
    void pagesHoldWhatTheAccountMaySeeAndTheLogFromTheFirstPageBringsWhatChangedMeanwhile() {
        for (int i = 0; i < 12; i++) {
            create(alice, "Pre-sales " + i, PRESALES);
            if (i % 2 == 0) {
                create(bob, "After-sales " + i, AFTERSALES);
            }
        }
        long cursor = ChangesSeen.cursor(api, alice);

        TicketSnapshotPage first = page(alice, 0, 5);
        assertThat(first.seq()).as("the log's position before the page was read").isEqualTo(cursor);
        assertThat(first.tickets()).hasSize(5);
        assertThat(first.hasMore()).isTrue();
        Ticket readEarly = first.tickets().get(0);
        ApiResponse changed = api.patch("/api/v1/tickets/" + readEarly.id(), alice, body("version", 1, "subject", "Changed after its page"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Ticket madeWhilePaging = create(alice, "Made while paging", PRESALES);

        Map<Long, Ticket> cache = new TreeMap<>();
        List<Long> order = new ArrayList<>();
        TicketSnapshotPage page = first;
        while (true) {
            page.tickets().forEach(ticket -> {
                order.add(ticket.id());
                cache.put(ticket.id(), ticket);
            });
            if (!page.hasMore()) {
                break;
            }
            page = page(alice, page.nextAfter(), 5);
        }
        assertThat(order).as("by id, each once").isSorted().doesNotHaveDuplicates().hasSize(13).contains(madeWhilePaging.id());
        assertThat(cache.get(readEarly.id()).subject()).as("read before it changed").isEqualTo("Pre-sales 0");

        for (Change change : ChangesSeen.since(api, alice, first.seq(), Ticket.ENTITY)) {
            Ticket ticket = Json.mapper().convertValue(change.data(), Ticket.class);
            cache.put(ticket.id(), ticket);
        }
        assertThat(cache).as("the cache equals the backend").isEqualTo(visible(alice));
        assertThat(cache.get(readEarly.id()).subject()).isEqualTo("Changed after its page");
    }

    @Test
    void aSubscribeThatNamesTheTicketsCoveredGetsNoTicketEntryUpToTheSnapshotButEveryOtherChange() {
        Ticket early = create(alice, "Before the snapshot", PRESALES);
        ApiResponse group = api.post("/api/v1/groups", admin, Map.of("name", "Returns 退货"));
        assertThat(group.status()).as(group.body()).isEqualTo(201);
        long snapshot = page(alice, 0, 5).seq();
        Ticket late = create(alice, "After the snapshot", PRESALES);

        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            socket.await(MessageTypes.WELCOME);
            socket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0, Map.of(Ticket.ENTITY, snapshot)));
            List<Envelope> backlog = socket.collectUntil(MessageTypes.SYNC_CAUGHT_UP);
            List<Change> changes = backlog.stream().filter(e -> e.type().equals(MessageTypes.CHANGE))
                    .map(e -> Json.mapper().convertValue(e.payload(), Change.class)).toList();

            assertThat(changes).filteredOn(change -> change.entity().equals(Ticket.ENTITY)).as("only those after the snapshot")
                    .extracting(Change::entityId).containsExactly(String.valueOf(late.id()));
            assertThat(changes).as("other entities from the start").anyMatch(change -> change.entity().equals("group")
                    && change.entityId().equals(group.json().path("id").asText()));
            assertThat(early.id()).isLessThan(late.id());
        }
        long all = page(alice, 0, 5).seq();
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            socket.await(MessageTypes.WELCOME);
            socket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0, Map.of(Ticket.ENTITY, all)));
            List<Envelope> backlog = socket.collectUntil(MessageTypes.SYNC_CAUGHT_UP);
            assertThat(backlog).filteredOn(e -> e.type().equals(MessageTypes.CHANGE))
                    .noneMatch(e -> Ticket.ENTITY.equals(e.payload().path("entity").asText()));
            assertThat(backlog.get(backlog.size() - 1).seq()).as("caught up past the covered tail, not short of it")
                    .isGreaterThanOrEqualTo(all);
        }
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            socket.await(MessageTypes.WELCOME);
            socket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0, Map.of(Ticket.ENTITY, -1L)));
            assertThat(socket.await(MessageTypes.ERROR).payload().toString()).contains("covered");
        }
    }

    @Test
    void eachAccountGetsItsOwnTicketsAndTheLimitIsBounded() {
        create(alice, "Hers", PRESALES);
        create(bob, "His", AFTERSALES);
        create(admin, "Nobody's", null);

        assertThat(page(bob, 0, 10).tickets()).extracting(Ticket::subject).containsExactly("His");
        assertThat(page(bob, 0, 10).total()).as("the first page counts what the account may see").isEqualTo(1);
        TicketSnapshotPage firstOfThree = page(admin, 0, 1);
        assertThat(firstOfThree.total()).as("all of them, not the page").isEqualTo(3);
        assertThat(page(admin, firstOfThree.nextAfter(), 1).total()).as("later pages are not counted again").isNull();
        TicketSnapshotPage all = page(admin, 0, 10);
        assertThat(all.tickets()).extracting(Ticket::subject).containsExactly("Hers", "His", "Nobody's");
        assertThat(all.hasMore()).isFalse();
        assertThat(all.nextAfter()).isEqualTo(all.tickets().get(2).id());
        TicketSnapshotPage past = page(admin, all.nextAfter(), 10);
        assertThat(past.tickets()).isEmpty();
        assertThat(past.nextAfter()).as("stays where it was").isEqualTo(all.nextAfter());
        assertThat(api.get(SNAPSHOT, admin).as(TicketSnapshotPage.class).tickets()).as("defaults").hasSize(3);

        assertThat(api.get(SNAPSHOT + "?limit=0", admin).status()).isEqualTo(400);
        assertThat(api.get(SNAPSHOT + "?limit=" + (TicketSnapshotPage.MAX_LIMIT + 1), admin).status()).isEqualTo(400);
        assertThat(api.get(SNAPSHOT + "?after=-1", admin).status()).isEqualTo(400);
        assertThat(api.get(SNAPSHOT, null).status()).isEqualTo(401);
    }

    private TicketSnapshotPage page(String token, long after, int limit) {
        ApiResponse response = api.get(SNAPSHOT + "?after=" + after + "&limit=" + limit, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.as(TicketSnapshotPage.class);
    }

    private Map<Long, Ticket> visible(String token) {
        Map<Long, Ticket> all = new TreeMap<>();
        api.get("/api/v1/tickets?limit=100", token).as(TicketPage.class).tickets().forEach(ticket -> all.put(ticket.id(), ticket));
        return all;
    }

    private Ticket create(String token, String subject, Long groupId) {
        Map<String, Object> body = body("subject", subject, "requester", Map.of("name", "Customer", "email", "customer@example.com"));
        if (groupId != null) {
            body.put("groupId", groupId);
        }
        ApiResponse response = api.post("/api/v1/tickets", token, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.as(Ticket.class);
    }
}
