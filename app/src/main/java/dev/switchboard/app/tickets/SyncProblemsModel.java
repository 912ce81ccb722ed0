package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.tickets.offline.OfflineTickets;
import dev.switchboard.app.tickets.offline.SyncProblem;
import dev.switchboard.app.tickets.offline.TicketOverlay;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * The merge view's model: the synced edits the backend did not take as they were. A conflict shows
 * each field both ways (mine, as the agent set it offline; theirs, as the backend kept it); the agent
 * applies theirs again (a new change from the ticket's current version, live or through the outbox)
 * or keeps theirs. Times read in the agent's zone and language, like the other dates. A refusal shows what the agent did and why it was refused, until they have read it.
 * Nothing leaves the list but by the agent's choice. FX thread.
 */
final class SyncProblemsModel {

    /** One field of a conflict, in words. */
    record Sides(String field, String label, String mine, String theirs) {
    }

    private final OfflineTickets tickets;
    private final ObjectProperty<TicketTerms> terms;
    private final TicketSource source;
    private final TicketSyncStatus status;
    private final I18n i18n;
    private final ZoneId zone;
    private final Executor fx;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty open = new SimpleBooleanProperty();
    /** The newest problem the view was opened for: one the agent has not seen opens it again. */
    private long newestOpenedFor;
    /**
     * Held here and added weakly: the problem list lives as long as the session, a page (and this
     * model) is built again each time the agent opens it, and must not stay reachable from the list.
     */
    private final ListChangeListener<SyncProblem> newProblems = change -> openForNewProblems();

    SyncProblemsModel(OfflineTickets tickets, ObjectProperty<TicketTerms> terms, TicketSource source, TicketSyncStatus status, I18n i18n,
                      ZoneId zone, Executor fx) {
        this.tickets = tickets;
        this.terms = terms;
        this.source = source;
        this.status = status;
        this.i18n = i18n;
        this.zone = zone;
        this.fx = fx;
        status.problems().addListener(new WeakListChangeListener<>(newProblems));
    }

    /** Whether the merge view shows: it opens by itself when a problem arrives (a conflict found on reconnecting), the agent may close it. */
    BooleanProperty openProperty() {
        return open;
    }

    private void openForNewProblems() {
        long newest = problems().stream().mapToLong(SyncProblem::mutationId).max().orElse(0);
        if (newest > newestOpenedFor) {
            newestOpenedFor = newest;
            open.set(true);
        } else if (problems().isEmpty()) {
            open.set(false);
        }
    }

    ObservableList<SyncProblem> problems() {
        return status.problems();
    }

    /** Why the last choice could not be carried out. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The ticket the problem is about, as the agent knows it. */
    String title(SyncProblem problem) {
        TicketMutation mutation = problem.mutation();
        String number = problem.theirs() != null ? problem.theirs().number() : problem.ticketId() != null ? "#" + problem.ticketId() : "";
        String subject = problem.theirs() != null ? problem.theirs().subject() : mutation.create() != null ? mutation.create().subject() : "";
        return i18n.get("tickets.sync.problem." + problem.outcome().name() + "." + mutation.kind().name(), number, subject).strip();
    }

    /** A conflict's fields both ways. */
    List<Sides> sides(SyncProblem problem) {
        if (problem.outcome() != TicketMutationOutcome.CONFLICT || problem.theirs() == null || problem.mutation().patch() == null) {
            return List.of();
        }
        Ticket theirs = problem.theirs();
        Ticket mine = TicketOverlay.apply(theirs, problem.mutation().patch(), problem.mutation().madeAt());
        List<Sides> sides = new ArrayList<>();
        for (String field : problem.conflicts()) {
            sides.add(new Sides(field, i18n.get("tickets.field." + field), TicketFields.describe(field, mine, terms.get(), i18n, zone),
                    TicketFields.describe(field, theirs, terms.get(), i18n, zone)));
        }
        return sides;
    }

    /** What a refused edit carried, as typed, and why it was refused. */
    String refusal(SyncProblem problem) {
        TicketMutation mutation = problem.mutation();
        String what = switch (mutation.kind()) {
            case CREATE -> String.join("\n", mutation.create().subject(), mutation.create().description() == null ? "" : mutation.create().description());
            case COMMENT -> mutation.comment().body();
            case PATCH -> String.join(", ", mutation.patch().named());
        };
        String why = problem.problem() == null ? ""
                : SyncProblem.NOT_THERE_AFTER_A_LOST_ANSWER.equals(problem.problem().type()) ? i18n.get("tickets.sync.notThereAfterALostAnswer")
                : problem.problem().detail() != null ? problem.problem().detail() : problem.problem().title();
        return i18n.get("tickets.sync.refusedBecause", what.strip(), why);
    }

    /** Applies the agent's losing values again, from the ticket's current version. */
    void reapplyMine(SyncProblem problem) {
        TicketPatch mine = problem.mutation().patch();
        if (problem.ticketId() == null || mine == null) {
            return;
        }
        tickets.ticket(problem.ticketId()).thenCompose(current -> {
            Ticket now = current.orElse(problem.theirs());
            TicketPatch again = only(mine, problem.conflicts(), now.version());
            return source.patch(now.id(), again);
        }).thenCompose(saved -> tickets.dismiss(problem.mutationId())).whenCompleteAsync((done, failure) -> {
            error.set(failure == null ? "" : i18n.get("tickets.sync.reapplyFailed"));
            status.refresh();
        }, fx);
    }

    /** Keeps the backend's values: the agent's losing ones are dropped by their choice. */
    void keepTheirs(SyncProblem problem) {
        tickets.dismiss(problem.mutationId()).whenCompleteAsync((done, failure) -> status.refresh(), fx);
    }

    /** {@code mine} reduced to {@code fields}, from {@code version}. */
    static TicketPatch only(TicketPatch mine, List<String> fields, long version) {
        return new TicketPatch(version, fields.contains("subject") ? mine.subject() : null,
                fields.contains("description") ? mine.description() : null, fields.contains("categoryId") ? mine.categoryId() : null,
                fields.contains("priority") ? mine.priority() : null, fields.contains("status") ? mine.status() : null,
                fields.contains("assigneeId") ? mine.assigneeId() : null, fields.contains("groupId") ? mine.groupId() : null,
                fields.contains("tags") ? mine.tags() : null, fields.contains("parentId") ? mine.parentId() : null,
                fields.contains("relatedIds") ? mine.relatedIds() : null,
                mine.customFields() == null ? null : customOnly(mine, fields),
                fields.contains("pendingUntil") ? mine.pendingUntil() : null);
    }

    private static java.util.Map<String, Object> customOnly(TicketPatch mine, List<String> fields) {
        java.util.Map<String, Object> kept = new java.util.HashMap<>();
        mine.customFields().forEach((key, value) -> {
            if (fields.contains(TicketPatch.CUSTOM_FIELD_PREFIX + key)) {
                kept.put(key, value);
            }
        });
        return kept.isEmpty() ? null : kept;
    }
}
