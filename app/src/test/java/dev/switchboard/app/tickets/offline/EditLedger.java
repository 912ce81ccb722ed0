package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;

/**
 * What the agents did, as the test knows it: per client the last value written to each field that
 * takes unique values (subject, description, tags, pending reminder) of each ticket, every reply and
 * note, every ticket made offline; and every outbox entry as it went over the wire. The checks hold
 * the backend and the replicas against it.
 */
final class EditLedger {

    /** A ticket as a client names it: its backend id, or the local key of the create that made it there. */
    record TicketRef(Long id, String localKey) {

        static TicketRef of(long id) {
            return new TicketRef(id, null);
        }

        static TicketRef made(String localKey) {
            return new TicketRef(null, localKey);
        }
    }

    /** A ticket one client made: its local key and the requester's phone, unique to it (the backend keeps both). */
    record Made(String client, String localKey, String phone, Map<String, String> values) {
    }

    record Comment(String client, String body) {
    }

    /** client -> ticket -> field (as the history names it) -> the last value written. */
    final Map<String, Map<TicketRef, Map<String, String>>> lastValues = new ConcurrentHashMap<>();
    final Map<String, Made> made = new ConcurrentHashMap<>();
    final Map<String, Comment> comments = new ConcurrentHashMap<>();
    /** client -> mutation id -> the entry as last sent. */
    final Map<String, Map<Long, TicketMutation>> sent = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> nextRequest = new CompletableFuture<>();

    void wrote(String client, TicketRef ticket, TicketPatch patch) {
        Map<String, String> fields = lastValues.computeIfAbsent(client, name -> new ConcurrentHashMap<>())
                .computeIfAbsent(ticket, ref -> new LinkedHashMap<>());
        synchronized (fields) {
            fields.putAll(uniqueValues(patch));
        }
    }

    void made(String client, String localKey, String phone, Map<String, String> values) {
        made.put(localKey, new Made(client, localKey, phone, values));
    }

    void commented(String client, String body) {
        comments.put(body, new Comment(client, body));
    }

    void sent(String client, TicketSyncRequest request) {
        nextRequest.complete(null);
        Map<Long, TicketMutation> mine = sent.computeIfAbsent(client, name -> new ConcurrentHashMap<>());
        request.mutations().forEach(mutation -> mine.put(mutation.mutationId(), mutation));
    }

    /** Completes when the next push goes out. */
    CompletableFuture<Void> nextRequest() {
        nextRequest = new CompletableFuture<>();
        return nextRequest;
    }

    /** The fields of {@code patch} the test gives unique values, as the history writes them. */
    static Map<String, String> uniqueValues(TicketPatch patch) {
        Map<String, String> values = new LinkedHashMap<>();
        if (patch.subject() != null) {
            values.put("subject", patch.subject());
        }
        if (patch.description() != null) {
            values.put("description", patch.description());
        }
        if (patch.tags() != null) {
            values.put("tags", String.join(", ", patch.tags()));
        }
        if (patch.pendingUntil() != null && patch.pendingUntil().isPresent()) {
            values.put("pendingUntil", patch.pendingUntil().get().toString());
        }
        return values;
    }

    static List<String> uniqueFields() {
        return List.of("subject", "description", "tags", "pendingUntil");
    }
}
