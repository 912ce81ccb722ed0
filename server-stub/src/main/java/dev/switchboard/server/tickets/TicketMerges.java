package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPatches;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.tickets.TicketStatus;
import dev.switchboard.shared.tickets.together.MergeRequest;
import dev.switchboard.shared.tickets.together.SplitRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Merging a ticket into another and splitting a reply off into a new ticket. Whoever sees both
 * tickets may merge them (seeing a ticket is what it takes to change it, ADR 0028); the workstation
 * asks before. A merge is one change-log transaction: the merged ticket's description and every
 * reply and note are copied, in order, to the end of the target's thread (each with its origin in
 * {@code ticket_comment_origin}; the merged ticket keeps its own thread as it was), the merged ticket
 * is closed — past the usual "closed only from solved", as a merge is not a solution — and linked to
 * the target as related, and both histories say so ({@code mergedInto}, {@code mergedFrom}). Rules
 * do not run on a merge: the copies are not new messages and nobody's answer is owed anew.
 */
final class TicketMerges {

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final TicketAccess access;
    private final TicketService tickets;
    private final TicketSlas slas;

    TicketMerges(Jdbi jdbi, ChangeLog changeLog, TicketAccess access, TicketService tickets, TicketSlas slas) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.access = access;
        this.tickets = tickets;
        this.slas = slas;
    }

    /** Merges ticket {@code sourceId} into the request's target; answers the target as it is after. */
    Ticket merge(Principal caller, long sourceId, MergeRequest request) {
        TicketAccess.Scope scope = access.scope(caller);
        if (request.targetId() == null || request.targetId() == sourceId) {
            throw ApiException.invalid("the merge is not valid", List.of(new FieldError("targetId", "another ticket to merge this one into")));
        }
        long targetId = request.targetId();
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            // both rows locked, the lower id first: merges of one pair in both directions at once queue instead of deadlocking
            Ticket first = visible(handle, scope, Math.min(sourceId, targetId));
            Ticket second = visible(handle, scope, Math.max(sourceId, targetId));
            Ticket source = first.id() == sourceId ? first : second;
            Ticket target = first.id() == sourceId ? second : first;
            if (closed(handle, source)) {
                throw new ApiException(ProblemType.CONFLICT, "ticket " + source.number() + " is closed and merges no more");
            }
            if (closed(handle, target)) {
                throw new ApiException(ProblemType.CONFLICT, "ticket " + target.number() + " is closed: merge into a ticket that is not");
            }
            Instant now = tx.now();
            copyThread(tx, source, target);
            List<Long> related = new ArrayList<>(source.relatedIds());
            if (!related.contains(targetId)) {
                related.add(targetId);
            }
            TicketPatch close = new TicketPatch(source.version(), null, null, null, null, TicketStatus.CLOSED, null, null, null, null,
                    related, null);
            Ticket wanted = TicketPatches.apply(source, close);
            List<TicketStore.Change> changes = new ArrayList<>(TicketEdits.diff(source, wanted));
            changes.add(new TicketStore.Change("mergedInto", null, target.number()));
            Ticket closed = TicketService.write(tx, source, wanted, changes, caller.agentId(), null);
            // the target's side: its version moved with the new link, unless the two were related already
            Ticket linked = TicketStore.find(handle, targetId).orElseThrow();
            long version = linked.version() > target.version() ? linked.version() : target.version() + 1;
            if (version > linked.version()) {
                TicketStore.touch(handle, targetId, version, now);
            }
            TicketStore.history(handle, targetId, version, List.of(new TicketStore.Change("mergedFrom", null, source.number())),
                    caller.agentId(), null, now);
            handle.createUpdate("INSERT INTO ticket_merge (source_id, target_id, agent_id, at) VALUES (:source, :target, :agent, :at)")
                    .bind("source", sourceId).bind("target", targetId).bind("agent", caller.agentId()).bind("at", now).execute();
            // the merged ticket's clocks stop with it closed
            if (slas.refresh(handle, closed, now)) {
                tx.record(Ticket.ENTITY, Long.toString(sourceId), ChangeOp.UPSERT, TicketStore.find(handle, sourceId).orElseThrow());
            }
            slas.refresh(handle, TicketStore.find(handle, targetId).orElseThrow(), now);
            Ticket after = TicketStore.find(handle, targetId).orElseThrow();
            tx.record(Ticket.ENTITY, Long.toString(targetId), ChangeOp.UPSERT, after);
            return after;
        });
    }

    /**
     * Makes reply or note {@code commentId} of ticket {@code sourceId} a new ticket: the same requester,
     * group, category, priority and fields, the reply as its description, related to the ticket it
     * came from (whose history then names it). Splitting the same reply again answers that ticket.
     */
    Ticket split(Principal caller, long sourceId, SplitRequest request) {
        if (request.commentId() == null) {
            throw ApiException.invalid("the split is not valid", List.of(new FieldError("commentId", "the reply or note to split off")));
        }
        if (request.subject() != null && (request.subject().isBlank() || request.subject().strip().length() > TicketRules.SUBJECT_MAX)) {
            throw ApiException.invalid("the split is not valid", List.of(new FieldError("subject", TicketRules.SUBJECT_LENGTH)));
        }
        Ticket source = tickets.get(caller, sourceId);
        String body = jdbi.withHandle(handle -> handle.createQuery("SELECT body FROM ticket_comment WHERE id = :id AND ticket_id = :ticket")
                        .bind("id", request.commentId()).bind("ticket", sourceId).mapTo(String.class).findOne())
                .orElseThrow(() -> ApiException.notFound("comment " + request.commentId() + " of ticket " + source.number()));
        String subject = request.subject() != null ? request.subject().strip() : firstLine(body);
        return tickets.create(caller, new NewTicket(subject, body.length() > TicketRules.DESCRIPTION_MAX ? body.substring(0, TicketRules.DESCRIPTION_MAX) : body,
                source.requester().id(), null, source.categoryId(), source.priority(), null, source.assigneeId(), source.groupId(),
                source.channel(), source.tags(), null, null,
                // a mutable list: TicketRules asks it whether it holds a null, which an immutable one answers with an exception
                new ArrayList<>(List.of(sourceId)), source.customFields(), "split:" + request.commentId()));
    }

    private void copyThread(ChangeLog.Tx tx, Ticket source, Ticket target) {
        Handle handle = tx.handle();
        if (source.description() != null) {
            insertCopy(tx, target, new Original(null, CommentKind.INTERNAL_NOTE, source.description(), null,
                    source.requester().name() == null ? source.number() : source.requester().name(), source.requester().id(),
                    source.createdAt()), source.id());
        }
        handle.createQuery("SELECT id, kind, body, author_id, author_name, requester_id, created_at FROM ticket_comment"
                        + " WHERE ticket_id = :id ORDER BY id")
                .bind("id", source.id())
                .map((rs, ctx) -> {
                    long author = rs.getLong("author_id");
                    Long authorId = rs.wasNull() ? null : author;
                    long requester = rs.getLong("requester_id");
                    Long requesterId = rs.wasNull() ? null : requester;
                    return new Original(rs.getLong("id"), CommentKind.valueOf(rs.getString("kind")), rs.getString("body"), authorId,
                            rs.getString("author_name"), requesterId, rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
                })
                .list()
                .forEach(original -> insertCopy(tx, target, original, source.id()));
    }

    /** A reply or note of the merged ticket (its description: {@code id} null), as it was written. */
    private record Original(Long id, CommentKind kind, String body, Long authorId, String authorName, Long requesterId, Instant createdAt) {
    }

    private static void insertCopy(ChangeLog.Tx tx, Ticket target, Original original, long sourceId) {
        Handle handle = tx.handle();
        String clientId = "merge:" + sourceId + ":" + (original.id() == null ? "description" : original.id());
        long id = handle.createUpdate("INSERT INTO ticket_comment (ticket_id, kind, body, author_id, author_name, requester_id, client_id,"
                        + " created_at) VALUES (:ticket, :kind, :body, :author, :authorName, :requester, :clientId, :at)")
                .bind("ticket", target.id()).bind("kind", original.kind().name()).bind("body", original.body())
                .bind("author", original.authorId()).bind("authorName", original.authorName()).bind("requester", original.requesterId())
                .bind("clientId", clientId).bind("at", tx.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("INSERT INTO ticket_comment_origin (comment_id, origin_ticket_id, origin_comment_id, origin_created_at)"
                        + " VALUES (:comment, :ticket, :origin, :at)")
                .bind("comment", id).bind("ticket", sourceId).bind("origin", original.id()).bind("at", original.createdAt()).execute();
        tx.record(TicketComment.ENTITY, Long.toString(id), ChangeOp.UPSERT, new TicketComment(id, target.id(), original.kind(), original.body(),
                original.authorId(), original.authorName(), original.requesterId(), target.groupId(), target.assigneeId(), clientId, tx.now()));
    }

    private static Ticket visible(Handle handle, TicketAccess.Scope scope, long id) {
        return TicketStore.lock(handle, id).filter(scope::sees).orElseThrow(() -> ApiException.notFound("ticket " + id));
    }

    private static boolean closed(Handle handle, Ticket ticket) {
        return TicketSetup.status(handle, ticket.status()).map(status -> status.kind() == StatusKind.CLOSED).orElse(false);
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("").strip();
        return line.length() > TicketRules.SUBJECT_MAX ? line.substring(0, TicketRules.SUBJECT_MAX) : line;
    }
}
