package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * The zero-loss claims, held against the backend once every outbox is empty: every replica equals
 * the backend; every ticket, reply and note an agent made exists exactly once or was reported to
 * them; the last value an agent gave a field is in the ticket's history exactly once, or was
 * reported as a conflict or a refusal; a conflict was reported only where someone else changed the
 * field after the version the edit was made from, and no applied edit overwrote such a change.
 */
final class ZeroLossChecks {

    private final KillableBackend backend;
    private final EditLedger ledger;
    private final List<SyncClient> clients;
    private final Map<Long, Ticket> tickets = new HashMap<>();
    private final Map<Long, List<TicketComment>> comments = new HashMap<>();
    private final Map<Long, List<TicketHistoryEntry>> history = new HashMap<>();
    private final Map<String, Long> byPhone = new HashMap<>();
    private final Map<String, List<SyncProblem>> problems = new HashMap<>();

    ZeroLossChecks(KillableBackend backend, EditLedger ledger, List<SyncClient> clients) {
        this.backend = backend;
        this.ledger = ledger;
        this.clients = clients;
    }

    void verify(SoftAssertions softly) {
        for (Ticket ticket : backend.tickets()) {
            tickets.put(ticket.id(), ticket);
            comments.put(ticket.id(), backend.comments(ticket.id()));
            history.put(ticket.id(), backend.history(ticket.id()));
            softly.assertThat(byPhone.put(ticket.requester().phone(), ticket.id())).as("one ticket per create, %s", ticket.requester()).isNull();
        }
        for (SyncClient client : clients) {
            problems.put(client.name(), client.tickets().problems().join());
            replicaEqualsTheBackend(softly, client);
        }
        everyTicketMadeIsThereOnce(softly);
        everyReplyAndNoteIsThereOnce(softly);
        everyLastValueIsThereOrReported(softly);
        conflictsWhereAndOnlyWhereSomeoneElseChangedTheField(softly);
    }

    private void replicaEqualsTheBackend(SoftAssertions softly, SyncClient client) {
        softly.assertThat(client.tickets().pending().join()).as("%s: nothing waits", client.name()).isZero();
        Map<Long, Ticket> replica = client.tickets().tickets().join().stream().collect(Collectors.toMap(Ticket::id, ticket -> ticket));
        softly.assertThat(replica.keySet()).as("%s: the same tickets", client.name()).containsExactlyInAnyOrderElementsOf(tickets.keySet());
        for (Ticket ticket : tickets.values()) {
            Ticket mine = replica.get(ticket.id());
            if (mine != null) {
                softly.assertThat(visible(mine)).as("%s: ticket %s", client.name(), ticket.number()).isEqualTo(visible(ticket));
                softly.assertThat(client.tickets().comments(ticket.id()).join()).extracting(TicketComment::id, TicketComment::body)
                        .as("%s: the thread of %s", client.name(), ticket.number())
                        .containsExactlyElementsOf(comments.get(ticket.id()).stream()
                                .map(comment -> org.assertj.core.groups.Tuple.tuple(comment.id(), comment.body())).toList());
            }
        }
    }

    private static List<Object> visible(Ticket ticket) {
        return java.util.Arrays.asList(ticket.id(), ticket.number(), ticket.subject(), ticket.description(), ticket.priority(), ticket.status(),
                ticket.assigneeId(), ticket.groupId(), ticket.tags(), ticket.pendingUntil(), ticket.version());
    }

    private void everyTicketMadeIsThereOnce(SoftAssertions softly) {
        for (EditLedger.Made made : ledger.made.values()) {
            boolean refused = problems.get(made.client()).stream().anyMatch(problem -> problem.mutation().kind() == TicketMutationKind.CREATE
                    && made.localKey().equals(problem.mutation().localKey()));
            softly.assertThat(byPhone.containsKey(made.phone()) || refused).as("%s made %s: there, or its refusal reported", made.client(),
                    made.localKey()).isTrue();
        }
    }

    private void everyReplyAndNoteIsThereOnce(SoftAssertions softly) {
        Map<String, Long> count = comments.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(TicketComment::body, Collectors.counting()));
        count.forEach((body, times) -> softly.assertThat(times).as("%s exists once", body).isEqualTo(1));
        for (EditLedger.Comment written : ledger.comments.values()) {
            boolean refused = problems.get(written.client()).stream().anyMatch(problem -> problem.mutation().kind() == TicketMutationKind.COMMENT
                    && written.body().equals(problem.mutation().comment().body()));
            softly.assertThat(count.containsKey(written.body()) || refused).as("%s wrote %s: there, or its refusal reported",
                    written.client(), written.body()).isTrue();
        }
    }

    private void everyLastValueIsThereOrReported(SoftAssertions softly) {
        Map<String, Long> written = history.values().stream().flatMap(List::stream).filter(row -> row.toValue() != null)
                .filter(row -> EditLedger.uniqueFields().contains(row.field()))
                .collect(Collectors.groupingBy(row -> row.field() + "=" + row.toValue(), Collectors.counting()));
        written.forEach((value, times) -> softly.assertThat(times).as("%s applied once", value).isEqualTo(1));
        ledger.lastValues.forEach((client, byTicket) -> byTicket.forEach((ref, fields) -> {
            Long id = ref.id() != null ? ref.id() : byPhone.get(ledger.made.get(ref.localKey()).phone());
            fields.forEach((field, value) -> {
                boolean there = written.containsKey(field + "=" + value) || (ref.localKey() != null && id != null && atCreation(id, field, value));
                boolean reported = problems.get(client).stream().anyMatch(problem -> concerns(problem, id, ref) && names(problem, field, value));
                softly.assertThat(there || reported).as("%s set %s of %s to %s: there, or reported", client, field, ref, value).isTrue();
            });
        }));
    }

    /** A value folded into the create of a ticket made offline is its value at creation. */
    private boolean atCreation(long id, String field, String value) {
        List<TicketHistoryEntry> rows = history.get(id).stream().filter(row -> row.field().equals(field)).toList();
        return rows.isEmpty() ? Objects.equals(text(tickets.get(id), field), value) : Objects.equals(rows.get(0).fromValue(), value);
    }

    /** A field the test gives unique values, as the history writes it. */
    private static String text(Ticket ticket, String field) {
        return switch (field) {
            case "subject" -> ticket.subject();
            case "description" -> ticket.description();
            case "tags" -> String.join(", ", ticket.tags());
            default -> ticket.pendingUntil() == null ? null : ticket.pendingUntil().toString();
        };
    }

    private static boolean concerns(SyncProblem problem, Long id, EditLedger.TicketRef ref) {
        return Objects.equals(problem.ticketId(), id) || (ref.localKey() != null && ref.localKey().equals(problem.mutation().localKey()));
    }

    private static boolean names(SyncProblem problem, String field, String value) {
        TicketMutation mutation = problem.mutation();
        if (mutation.kind() != TicketMutationKind.PATCH || !value.equals(EditLedger.uniqueValues(mutation.patch()).get(field))) {
            return false;
        }
        return problem.outcome() == TicketMutationOutcome.REJECTED || problem.conflicts().contains(field);
    }

    private void conflictsWhereAndOnlyWhereSomeoneElseChangedTheField(SoftAssertions softly) {
        for (SyncClient client : clients) {
            for (SyncProblem problem : problems.get(client.name())) {
                if (problem.outcome() != TicketMutationOutcome.CONFLICT || problem.problem() != null) {
                    continue; // judged after a lost answer: it may have been a refusal (LostAnswers)
                }
                long base = problem.mutation().patch().version();
                for (String field : problem.conflicts()) {
                    softly.assertThat(changedByOthers(problem.ticketId(), field, base, Long.MAX_VALUE, client.agentId()))
                            .as("%s's conflict on %s of ticket %s from version %s: someone else changed it", client.name(), field,
                                    problem.ticketId(), base).isNotEmpty();
                }
            }
            for (TicketMutation mutation : ledger.sent.getOrDefault(client.name(), Map.of()).values()) {
                if (mutation.kind() != TicketMutationKind.PATCH) {
                    continue;
                }
                EditLedger.uniqueValues(mutation.patch()).forEach((field, value) -> history.values().stream().flatMap(List::stream)
                        .filter(row -> row.field().equals(field) && value.equals(row.toValue())).findFirst().ifPresent(applied ->
                                softly.assertThat(changedByOthers(applied.ticketId(), field, mutation.patch().version(), applied.version(),
                                        client.agentId())).as("%s's %s=%s from version %s overwrote without a conflict", client.name(), field,
                                        value, mutation.patch().version()).isEmpty()));
            }
        }
    }

    /** The history rows of {@code field} after {@code base} and before {@code before} made by anyone but {@code agent} (or by a rule). */
    private List<TicketHistoryEntry> changedByOthers(Long ticketId, String field, long base, long before, long agent) {
        List<TicketHistoryEntry> rows = new ArrayList<>();
        for (TicketHistoryEntry row : history.getOrDefault(ticketId, List.of())) {
            if (row.field().equals(field) && row.version() > base && row.version() < before
                    && (row.rule() != null || !Objects.equals(row.agentId(), agent))) {
                rows.add(row);
            }
        }
        return rows;
    }
}
