package dev.switchboard.server.ticketsync;

import static dev.switchboard.server.ticketsync.Outbox.patch;
import static dev.switchboard.shared.tickets.sync.TicketMutationOutcome.DUPLICATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.ServerProcess;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The backend killed with kill -9 while a client pushes a long outbox, restarted on the same data,
 * and the client pushing its whole outbox again: every entry is applied exactly once — no note twice,
 * every change of a field in the history once, in order.
 */
class TicketSyncCrashTest {

    static final int ENTRIES = 600;
    static final int BATCH = 100;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    final Path data = backend.dataDir();

    @Test
    void entriesPushedAgainAfterTheBackendWasKilledMidPushAreAppliedExactlyOnce() throws Exception {
        List<String> notes = new ArrayList<>();
        List<String> tagValues = new ArrayList<>();
        long lastBeforeTheKill;
        String password;
        int port;
        Outbox outbox;
        try (ServerProcess first = ServerProcess.start(data)) {
            port = first.awaitPort();
            ApiClient api = new ApiClient("http://localhost:" + port);
            password = first.awaitAdminPassword();
            outbox = new Outbox(api, api.token("admin", password));
            String key = outbox.create("Written on the train", (Long) null);
            for (int i = 2; i <= ENTRIES; i++) {
                if (i % 3 == 0) {
                    // every change from the version the agent saw: the outbox's own earlier changes do not collide
                    outbox.patch(null, key, patch("version", 1, "tags", List.of("tag-" + i)));
                    tagValues.add("tag-" + i);
                } else {
                    outbox.comment(null, key, CommentKind.INTERNAL_NOTE, "note " + i, null);
                    notes.add("note " + i);
                }
            }
            CompletableFuture<Void> pushing = CompletableFuture.runAsync(() -> pushInBatches(outbox, outbox.entries()));
            Polling.await("a good part of the outbox applied").atMost(Duration.ofSeconds(120)).until(() -> outbox.lastApplied() >= 250);
            first.kill();
            assertThat(pushing).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(UncheckedIOException.class);
        }
        try (ServerProcess second = ServerProcess.start(data, port)) {
            second.awaitPort();
            ApiClient.forgetConnections();
            lastBeforeTheKill = outbox.lastApplied();
            assertThat(lastBeforeTheKill).as("killed in the middle of the push").isBetween(250L, ENTRIES - 1L);

            List<TicketMutationResult> again = pushInBatches(outbox, outbox.entries());

            assertThat(again).hasSize(ENTRIES);
            assertThat(again).filteredOn(result -> result.mutationId() <= lastBeforeTheKill).extracting(TicketMutationResult::outcome)
                    .containsOnly(DUPLICATE);
            assertThat(again).filteredOn(result -> result.mutationId() > lastBeforeTheKill).extracting(TicketMutationResult::outcome)
                    .doesNotContain(DUPLICATE).doesNotContain(dev.switchboard.shared.tickets.sync.TicketMutationOutcome.REJECTED);
            assertThat(outbox.lastApplied()).isEqualTo(ENTRIES);

            ApiClient api = new ApiClient("http://localhost:" + port);
            String admin = api.token("admin", password);
            JsonNode all = api.get("/api/v1/tickets", admin).json();
            assertThat(all.path("total").asLong()).as("created once").isEqualTo(1);
            Ticket ticket = api.get("/api/v1/tickets/" + all.path("tickets").get(0).path("id").asLong(), admin).as(Ticket.class);
            assertThat(api.get("/api/v1/tickets/" + ticket.id() + "/comments", admin).json().findValuesAsText("body"))
                    .as("every note once, in order").containsExactlyElementsOf(notes);
            List<String> tagChanges = new ArrayList<>();
            for (JsonNode row : api.get("/api/v1/tickets/" + ticket.id() + "/history", admin).json()) {
                if (row.path("field").asText().equals("tags")) {
                    tagChanges.add(row.path("toValue").asText());
                }
            }
            assertThat(tagChanges).as("every change of the field once, in order").containsExactlyElementsOf(tagValues);
            assertThat(ticket.tags()).containsExactly(tagValues.get(tagValues.size() - 1));
            assertThat(ticket.version()).isEqualTo(1 + tagValues.size());
        }
    }

    /** Pushes {@code entries} a batch at a time, as the workstation does; the results in order. */
    private static List<TicketMutationResult> pushInBatches(Outbox outbox, List<TicketMutation> entries) {
        List<TicketMutationResult> results = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += BATCH) {
            ApiResponse response = outbox.send(entries.subList(from, Math.min(entries.size(), from + BATCH)));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            TicketSyncResponse answer = response.as(TicketSyncResponse.class);
            assertThat(answer.results()).as("a whole batch answered").hasSize(Math.min(entries.size(), from + BATCH) - from);
            results.addAll(answer.results());
        }
        return results;
    }
}
