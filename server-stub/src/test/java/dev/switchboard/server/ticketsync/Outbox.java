package dev.switchboard.server.ticketsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A workstation's ticket outbox as the tests write it: entries numbered from 1 as they are made, pushed
 * over HTTP as the workstation pushes them. Entries stay until {@link #forget} (a client that lost
 * the answer keeps them and pushes them again).
 */
final class Outbox {

    static final String PUSH = "/api/v1/sync/tickets";

    private final ApiClient api;
    private final String token;
    private final String clientId;
    private final List<TicketMutation> entries = new ArrayList<>();
    private long nextId = 1;

    Outbox(ApiClient api, String token) {
        this(api, token, "ws-" + UUID.randomUUID());
    }

    Outbox(ApiClient api, String token, String clientId) {
        this.api = api;
        this.token = token;
        this.clientId = clientId;
    }

    String clientId() {
        return clientId;
    }

    /** A ticket made offline with a fresh local key; answers the key. */
    String create(String subject, Long groupId) {
        String localKey = "local-" + UUID.randomUUID();
        create(localKey, new NewTicket(subject, null, null, new RequesterInput("Customer", subject.replace(' ', '.') + "@example.com", null, null),
                null, null, null, null, groupId, null, null, null, null, null, null, null));
        return localKey;
    }

    TicketMutation create(String localKey, NewTicket ticket) {
        return add(TicketMutation.create(nextId, localKey, ticket, Instant.now()));
    }

    TicketMutation patch(Long ticketId, String localKey, TicketPatch patch) {
        return add(TicketMutation.patch(nextId, ticketId, localKey, patch, Instant.now()));
    }

    TicketMutation comment(Long ticketId, String localKey, CommentKind kind, String body, String commentClientId) {
        return add(TicketMutation.comment(nextId, ticketId, localKey, new NewTicketComment(kind, body, commentClientId), Instant.now()));
    }

    /** Any entry, numbered next (for malformed ones). */
    TicketMutation add(TicketMutation entry) {
        TicketMutation numbered = new TicketMutation(nextId++, entry.kind(), entry.ticketId(), entry.localKey(), entry.create(), entry.patch(),
                entry.comment(), entry.madeAt());
        entries.add(numbered);
        return numbered;
    }

    List<TicketMutation> entries() {
        return List.copyOf(entries);
    }

    /** Pushes every entry still in the outbox; 200 or the test fails. */
    TicketSyncResponse push() {
        return push(entries);
    }

    TicketSyncResponse push(List<TicketMutation> some) {
        ApiResponse response = send(some);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.as(TicketSyncResponse.class);
    }

    ApiResponse send(List<TicketMutation> some) {
        return api.post(PUSH, token, new TicketSyncRequest(clientId, some));
    }

    /** Drops the entries the backend answered, as the workstation does once it has the answer. */
    void forget(TicketSyncResponse answer) {
        entries.removeIf(entry -> answer.results().stream().anyMatch(result -> result.mutationId() == entry.mutationId()));
    }

    /** Where the backend stands for this client: an empty push. */
    long lastApplied() {
        return push(List.of()).lastAppliedMutationId();
    }

    /** A patch written as JSON name-value pairs (a null clears), read as the backend reads one. */
    static TicketPatch patch(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return Json.mapper().convertValue(body, TicketPatch.class);
    }
}
