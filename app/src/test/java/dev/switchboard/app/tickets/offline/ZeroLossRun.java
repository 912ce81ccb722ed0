package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One seeded run of the zero-loss scenario: agents' workstations make random edits — many to the
 * same few tickets and fields — while going offline and online, pushing alone and all at once, one
 * of them dying mid-push, the backend killed (idle and in the middle of pushes) and started again;
 * then everyone comes online and syncs until every outbox is empty.
 */
final class ZeroLossRun implements AutoCloseable {

    private static final List<String> STATUSES = List.of("open", "pending", "on_hold", "solved");
    private static final String[] AGENTS = {"wang.fang", "li.lei", "chen.jing"};

    private final Random random;
    private final KillableBackend backend;
    private final EditLedger ledger = new EditLedger();
    private final List<SyncClient> clients = new ArrayList<>();
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final List<ApiClient> apis = new ArrayList<>();
    private final long groupId;
    private int counter;
    /** Where the time went, per kind of step (printed with the run, to keep it within CI's patience). */
    private final Map<String, Long> nanos = new java.util.TreeMap<>();

    ZeroLossRun(long seed, KillableBackend backend, Path homes) {
        this.random = new Random(seed);
        this.backend = backend;
        this.groupId = backend.team(AGENTS);
        for (int i = 0; i < 6; i++) {
            ApiResponse made = backend.api().post("/api/v1/tickets", backend.admin(), new NewTicket("Seeded " + i, "Seeded ticket " + i, null,
                    new RequesterInput("Customer " + i, null, "1390000" + (1000 + i), null), null, null, null, null, groupId,
                    TicketChannel.PHONE, null, null, null, null, null, null));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
        }
        ServerUrl server = ServerUrl.parse(backend.baseUrl());
        for (String agent : AGENTS) {
            ApiClient api = new ApiClient(); // each workstation has its own connections
            apis.add(api);
            SyncClient client = new SyncClient(agent, KillableBackend.PASSWORD, homes.resolve(agent), server, api, io,
                    1 + random.nextInt(12), request -> ledger.sent(agent, request));
            client.fill();
            clients.add(client);
        }
    }

    EditLedger ledger() {
        return ledger;
    }

    List<SyncClient> clients() {
        return clients;
    }

    /** {@code edits} random edits, with faults in between; backend kills at two moments, client deaths at three. */
    void run(int edits) throws Exception {
        int made = 0;
        List<Integer> kills = List.of(edits / 3, 2 * edits / 3);
        List<Integer> deaths = List.of(edits / 5, edits / 2, 4 * edits / 5);
        while (made < edits) {
            double roll = random.nextDouble();
            long start = System.nanoTime();
            String step;
            if (roll < 0.62) {
                step = "edit";
                edit(pick(clients));
                made++;
                if (kills.contains(made)) {
                    step = "kill";
                    killBackend(made == kills.get(0));
                }
                if (deaths.contains(made)) {
                    step = "death";
                    online().stream().max(java.util.Comparator.comparing(client -> client.tickets().pending().join()))
                            .ifPresent(SyncClient::crashMidPush);
                }
            } else if (roll < 0.72) {
                step = "push";
                onlineOne().ifPresent(client -> client.push().join());
            } else if (roll < 0.80) {
                step = "pull";
                onlineOne().ifPresent(SyncClient::pull);
            } else if (roll < 0.85) {
                step = "pushAll";
                pushAllAtOnce();
            } else if (roll < 0.92) {
                step = "toggle";
                SyncClient client = pick(clients);
                client.online(!client.online());
            } else {
                step = "editWhilePushing";
                onlineOne().ifPresent(this::editWhilePushing);
            }
            nanos.merge(step, System.nanoTime() - start, Long::sum);
        }
    }

    /** Milliseconds spent per kind of step. */
    Map<String, Long> millis() {
        Map<String, Long> millis = new java.util.TreeMap<>();
        nanos.forEach((step, time) -> millis.put(step, time / 1_000_000));
        return millis;
    }

    /** Everyone online, pushing and reading until no edit waits anywhere. */
    void settle() {
        clients.forEach(client -> client.online(true));
        for (int round = 0; round < 20; round++) {
            pushAllAtOnce();
            clients.forEach(SyncClient::pull);
            if (clients.stream().allMatch(client -> client.tickets().pending().join() == 0)) {
                clients.forEach(SyncClient::pull);
                return;
            }
        }
        throw new AssertionError("the outboxes never emptied: " + clients.stream().map(c -> c.name() + "=" + c.tickets().pending().join()).toList());
    }

    private void edit(SyncClient client) {
        double roll = random.nextDouble();
        List<Long> seen = client.known();
        if (roll < 0.1 || seen.isEmpty()) {
            create(client);
            return;
        }
        Ticket ticket = client.tickets().ticket(pick(seen)).join().orElse(null);
        if (ticket == null) {
            create(client); // a ticket made here that the backend refused: gone from the list
        } else if (roll < 0.4) {
            comment(client, ticket);
        } else {
            patch(client, ticket);
        }
    }

    private void create(SyncClient client) {
        int n = ++counter;
        String localKey = "zl-" + client.name() + "-" + n;
        String phone = "1380000" + (10_000 + n);
        NewTicket ticket = new NewTicket("Made " + n, "Made offline " + n, null, new RequesterInput("Caller " + n, null, phone, null), null,
                null, null, null, groupId, TicketChannel.PHONE, null, null, null, null, null, localKey);
        client.made(client.tickets().create(ticket).join());
        ledger.made(client.name(), localKey, phone, Map.of("subject", ticket.subject(), "description", ticket.description()));
    }

    private void comment(SyncClient client, Ticket ticket) {
        String body = "C" + ++counter + " " + client.name();
        CommentKind kind = random.nextBoolean() ? CommentKind.PUBLIC_REPLY : CommentKind.INTERNAL_NOTE;
        client.tickets().comment(ticket.id(), new NewTicketComment(kind, body, "c-" + counter)).join();
        ledger.commented(client.name(), body);
    }

    private void patch(SyncClient client, Ticket ticket) {
        int n = ++counter;
        String subject = null;
        String description = null;
        TicketPriority priority = null;
        String status = null;
        Optional<Long> assignee = null;
        List<String> tags = null;
        Optional<Instant> pendingUntil = null;
        int fields = 1 + random.nextInt(2);
        for (int i = 0; i < fields; i++) {
            switch (random.nextInt(7)) {
                case 0 -> subject = "S" + n;
                case 1 -> description = "D" + n;
                case 2 -> priority = pick(List.of(TicketPriority.values()));
                case 3 -> status = pick(STATUSES);
                case 4 -> assignee = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(clients).agentId());
                case 5 -> tags = List.of("t" + n);
                default -> {
                    status = "pending";
                    pendingUntil = Optional.of(Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(2, ChronoUnit.DAYS).plusSeconds(n));
                }
            }
        }
        TicketPatch patch = new TicketPatch(ticket.version(), subject, description, null, priority, status, assignee, null, tags, null, null,
                null, pendingUntil);
        client.tickets().patch(ticket.id(), patch).join();
        ledger.wrote(client.name(), ref(client, ticket), patch);
    }

    /** The ticket as the ledger names it: a ticket made here by the local key of its create, for good. */
    private EditLedger.TicketRef ref(SyncClient client, Ticket ticket) {
        if (ticket.id() > 0) {
            return EditLedger.TicketRef.of(ticket.id());
        }
        return client.tickets().db().transaction(handle -> OfflineRows.outbox(handle, client.tickets().account(), Integer.MAX_VALUE).stream()
                .filter(entry -> entry.mutationId() == -ticket.id()).findFirst().map(entry -> EditLedger.TicketRef.made(entry.localKey()))
                .orElseThrow()).join();
    }

    /** A push under way while the agent goes on editing the same tickets. */
    private void editWhilePushing(SyncClient client) {
        CompletableFuture<Void> pushing = client.push();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            edit(client);
        }
        pushing.join();
    }

    private void pushAllAtOnce() {
        CompletableFuture.allOf(online().stream().map(SyncClient::push).toArray(CompletableFuture[]::new)).join();
    }

    /**
     * SIGKILL of the backend, idle or while every online client pushes (killed once the first request
     * is on its way), and a start on the same data. The clients' pushes fail and keep their entries.
     */
    private void killBackend(boolean whilePushing) throws Exception {
        if (whilePushing) {
            CompletableFuture<Void> onItsWay = ledger.nextRequest();
            List<CompletableFuture<Void>> pushes = online().stream().map(SyncClient::push).toList();
            CompletableFuture.anyOf(onItsWay, CompletableFuture.allOf(pushes.toArray(CompletableFuture[]::new))).get(30, TimeUnit.SECONDS);
            backend.kill();
            CompletableFuture.allOf(pushes.toArray(CompletableFuture[]::new)).join();
        } else {
            backend.kill();
            online().forEach(client -> client.push().join()); // unreachable: nothing moves
        }
        backend.restart();
    }

    private List<SyncClient> online() {
        return clients.stream().filter(SyncClient::online).toList();
    }

    private Optional<SyncClient> onlineOne() {
        List<SyncClient> online = online();
        return online.isEmpty() ? Optional.empty() : Optional.of(pick(online));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    @Override
    public void close() {
        clients.forEach(SyncClient::close);
        apis.forEach(ApiClient::close);
        io.shutdownNow();
    }
}
