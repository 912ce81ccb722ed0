package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.tickets.together.BulkRequest;
import dev.switchboard.shared.tickets.together.BulkResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One change and/or one reply for several tickets ({@code POST /api/v1/tickets/bulk}). Each ticket
 * goes through the same service calls as a change and a comment made on it alone — sight,
 * validation, status moves, triggers, SLA, change log — in a transaction of its own, so one
 * refused ticket leaves the others changed and the answer says per ticket what happened. Each
 * change is made from the ticket's version read just before; a colleague's change to the same
 * field in between is a conflict, reported for that ticket, and nothing of it is overwritten.
 */
final class TicketBulk {

    private static final Logger LOG = LoggerFactory.getLogger(TicketBulk.class);

    private final TicketService tickets;
    private final TicketComments comments;

    TicketBulk(TicketService tickets, TicketComments comments) {
        this.tickets = tickets;
        this.comments = comments;
    }

    BulkResult apply(Principal caller, BulkRequest request) {
        check(request);
        List<BulkResult.Item> items = new ArrayList<>();
        for (long id : request.ticketIds()) {
            items.add(applyTo(caller, id, request));
        }
        int failed = (int) items.stream().filter(item -> item.problem() != null).count();
        if (failed > 0) {
            LOG.info("bulk change by login={}: {} of {} tickets refused", caller.login(), failed, items.size());
        }
        return new BulkResult(items, items.size() - failed, failed);
    }

    private BulkResult.Item applyTo(Principal caller, long id, BulkRequest request) {
        try {
            Ticket current = tickets.get(caller, id);
            TicketPatch patch = patchFor(current, request);
            if (!patch.named().isEmpty()) {
                tickets.patch(caller, id, patch);
            }
            if (request.comment() != null) {
                NewTicketComment comment = request.comment();
                String key = comment.clientId() == null ? null : comment.clientId() + ":" + id;
                comments.add(caller, id, new NewTicketComment(comment.kind(), comment.body(), key));
            }
            return new BulkResult.Item(id, 200, tickets.get(caller, id), null);
        } catch (TicketConflictException e) {
            var conflict = e.conflict();
            return new BulkResult.Item(id, conflict.status(), null, new Problem(conflict.type(), conflict.title(), conflict.status(),
                    conflict.detail(), List.of()));
        } catch (ApiException e) {
            return new BulkResult.Item(id, e.problem().status(), null, e.problem());
        }
    }

    /** The request's change for one ticket, from its current version; tags added and removed on top of its own. */
    private static TicketPatch patchFor(Ticket current, BulkRequest request) {
        TicketPatch changes = request.changes();
        List<String> tags = changes == null ? null : changes.tags();
        if (!request.addTags().isEmpty() || !request.removeTags().isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(tags != null ? TicketRules.normalizedTags(tags) : current.tags());
            wanted.addAll(TicketRules.normalizedTags(request.addTags()));
            TicketRules.normalizedTags(request.removeTags()).forEach(wanted::remove);
            tags = List.copyOf(wanted);
        }
        if (changes == null) {
            return new TicketPatch(current.version(), null, null, null, null, null, null, null, tags, null, null, null);
        }
        return new TicketPatch(current.version(), changes.subject(), changes.description(), changes.categoryId(), changes.priority(),
                changes.status(), changes.assigneeId(), changes.groupId(), tags, changes.parentId(), changes.relatedIds(),
                changes.customFields());
    }

    private static void check(BulkRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.ticketIds().isEmpty() || request.ticketIds().size() > BulkRequest.MAX_TICKETS
                || request.ticketIds().stream().anyMatch(id -> id == null || id <= 0)
                || request.ticketIds().stream().distinct().count() != request.ticketIds().size()) {
            errors.add(new FieldError("ticketIds", "1 to " + BulkRequest.MAX_TICKETS + " ticket ids, each once"));
        }
        TicketPatch changes = request.changes();
        boolean changesSomething = changes != null && !changes.named().isEmpty();
        if (changes != null && changes.version() != null) {
            errors.add(new FieldError("changes.version", "none: each ticket is changed from its current version"));
        }
        if (changes != null) {
            TicketRules.check(new TicketPatch(0L, changes.subject(), changes.description(), changes.categoryId(), changes.priority(),
                    changes.status(), changes.assigneeId(), changes.groupId(), changes.tags(), changes.parentId(), changes.relatedIds(),
                    changes.customFields())).forEach(error -> errors.add(new FieldError("changes." + error.field(), error.message())));
        }
        List<String> tags = new ArrayList<>(request.addTags());
        tags.addAll(request.removeTags());
        for (String tag : tags) {
            if (tag == null || !TicketRules.TAG.matcher(tag.strip()).matches()) {
                errors.add(new FieldError(request.addTags().contains(tag) ? "addTags" : "removeTags", TicketRules.TAGS_FORMAT));
                break;
            }
        }
        if (request.comment() != null) {
            TicketRules.check(request.comment()).forEach(error -> errors.add(new FieldError("comment." + error.field(), error.message())));
        }
        if (!changesSomething && tags.isEmpty() && request.comment() == null) {
            errors.add(new FieldError("changes", "a change, tags to add or remove, or a comment"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the bulk change is not valid", errors);
        }
    }
}
