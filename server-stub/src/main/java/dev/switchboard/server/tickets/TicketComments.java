package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketAttachment;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A ticket's replies and notes: appended, never changed, so they never conflict. A comment does not
 * change the ticket's version (its fields stay as they were); it reaches workstations as an entity
 * of its own in the change log. A closed ticket takes no more comments.
 */
final class TicketComments {

    private static final String SELECT = "SELECT m.id, m.ticket_id, m.kind, m.body, m.author_id, m.author_name, m.requester_id,"
            + " t.group_id AS ticket_group_id, t.assignee_id AS ticket_assignee_id, m.client_id, m.created_at"
            + " FROM ticket_comment m JOIN ticket t ON t.id = m.ticket_id";
    private static final RowMapper<TicketCommentRow> COMMENTS = RecordMapper.of(TicketCommentRow.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final TicketAccess access;
    private final TicketService tickets;
    private final TicketChangeHook hook;
    private final TicketSlas slas;
    private final TicketReplies replies;

    TicketComments(Jdbi jdbi, ChangeLog changeLog, TicketAccess access, TicketService tickets, TicketChangeHook hook, TicketSlas slas,
                   TicketReplies replies) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.access = access;
        this.tickets = tickets;
        this.hook = hook;
        this.slas = slas;
        this.replies = replies;
    }

    List<TicketComment> list(Principal caller, long ticketId) {
        TicketAccess.Scope scope = access.scope(caller);
        return jdbi.withHandle(handle -> {
            visible(handle, scope, ticketId);
            return withFiles(handle, handle.createQuery(SELECT + " WHERE m.ticket_id = :id ORDER BY m.id").bind("id", ticketId).map(COMMENTS).list());
        });
    }

    /** Adds a comment; the same {@code clientId} on the same ticket answers the comment it made before. */
    TicketComment add(Principal caller, long ticketId, NewTicketComment request) {
        TicketAccess.Scope scope = access.scope(caller);
        TicketService.require(TicketRules.check(request), "the comment is not valid");
        return changeLog.write(tx -> add(tx, scope, caller, ticketId, request));
    }

    /** The same in {@code tx} (a synced comment), the request checked already. */
    TicketComment add(ChangeLog.Tx tx, TicketAccess.Scope scope, Principal caller, long ticketId, NewTicketComment request) {
        Handle handle = tx.handle();
        // locked: the SLA stored below is evaluated from every change of the ticket before it
        Ticket ticket = TicketStore.lock(handle, ticketId).filter(scope::sees).orElseThrow(() -> ApiException.notFound("ticket " + ticketId));
        if (request.clientId() != null) {
            Optional<TicketComment> made = made(handle, ticketId, request.clientId());
            if (made.isPresent()) {
                return made.get();
            }
        }
        if (TicketSetup.status(handle, ticket.status()).map(status -> status.kind() == StatusKind.CLOSED).orElse(false)) {
            throw new ApiException(ProblemType.CONFLICT, "ticket " + ticket.number() + " is closed and takes no more comments");
        }
        String author = handle.createQuery("SELECT display_name FROM agent WHERE id = :id").bind("id", caller.agentId()).mapTo(String.class).one();
        // the files it names become its own (ADR 0036): the change-log entry below carries them
        TicketComment comment = insert(tx, ticketId, request.kind() == null ? CommentKind.INTERNAL_NOTE : request.kind(), request.body(),
                caller.agentId(), author, request.clientId(), commentId -> TicketAttachments.attach(handle, caller, ticketId, commentId,
                        request.attachmentIds()));
        if (comment.kind() == CommentKind.PUBLIC_REPLY) {
            replies.replied(tx, ticket, comment, false);
        }
        hook.changed(new TicketRuleSession(tx, tickets), TicketChangeEvent.commented(ticket, TicketChangeEvent.Commenter.AGENT));
        // a public reply meets a first response or an update, and the rules may have changed fields: the readers see the clocks move
        if (slas.refresh(handle, TicketStore.find(handle, ticketId).orElseThrow(), tx.now())) {
            tx.record(Ticket.ENTITY, Long.toString(ticketId), ChangeOp.UPSERT, TicketStore.find(handle, ticketId).orElseThrow());
        }
        return comment;
    }

    /** The comment made on the ticket with {@code clientId}, if any, with its files. */
    static Optional<TicketComment> made(Handle handle, long ticketId, String clientId) {
        return handle.createQuery(SELECT + " WHERE m.ticket_id = :id AND m.client_id = :clientId")
                .bind("id", ticketId).bind("clientId", clientId).map(COMMENTS).findOne()
                .map(row -> withFiles(handle, List.of(row)).get(0));
    }

    /** Writes a comment and its change-log entry; {@code authorId} null with the rule's name as author for a rule's note. */
    static TicketComment insert(ChangeLog.Tx tx, long ticketId, CommentKind kind, String body, Long authorId, String authorName, String clientId) {
        return insert(tx, ticketId, kind, body, authorId, null, authorName, clientId, commentId -> List.of());
    }

    /** The same, written by the customer {@code requesterId} when it is set (a reply that came by e-mail). */
    static TicketComment insert(ChangeLog.Tx tx, long ticketId, CommentKind kind, String body, Long authorId, Long requesterId, String authorName,
                                String clientId) {
        return insert(tx, ticketId, kind, body, authorId, requesterId, authorName, clientId, commentId -> List.of());
    }

    /** The same, with the files {@code files} attaches to the new comment's id before its change-log entry is written. */
    static TicketComment insert(ChangeLog.Tx tx, long ticketId, CommentKind kind, String body, Long authorId, String authorName, String clientId,
                                LongFunction<List<TicketAttachment>> files) {
        return insert(tx, ticketId, kind, body, authorId, null, authorName, clientId, files);
    }

    /** The most general form: by the customer {@code requesterId} when set, with the files {@code files} attaches to the new comment's id. */
    static TicketComment insert(ChangeLog.Tx tx, long ticketId, CommentKind kind, String body, Long authorId, Long requesterId,
                                String authorName, String clientId, LongFunction<List<TicketAttachment>> files) {
        Handle handle = tx.handle();
        long id = handle.createUpdate("INSERT INTO ticket_comment (ticket_id, kind, body, author_id, author_name, requester_id, client_id, created_at)"
                        + " VALUES (:ticket, :kind, :body, :author, :authorName, :requester, :clientId, :at)")
                .bind("ticket", ticketId).bind("kind", kind.name())
                .bind("body", body).bind("author", authorId).bind("authorName", authorName).bind("requester", requesterId)
                .bind("clientId", clientId).bind("at", tx.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        TicketComment comment = handle.createQuery(SELECT + " WHERE m.id = :id").bind("id", id).map(COMMENTS).one().with(files.apply(id));
        tx.record(TicketComment.ENTITY, Long.toString(id), ChangeOp.UPSERT, comment);
        return comment;
    }

    /** The comments with their files, read in one query. */
    private static List<TicketComment> withFiles(Handle handle, List<TicketCommentRow> rows) {
        List<TicketAttachment> files = TicketAttachmentStore.ofComments(handle, rows.stream().map(TicketCommentRow::id).toList());
        return rows.stream().map(row -> row.with(files)).toList();
    }

    private static Ticket visible(Handle handle, TicketAccess.Scope scope, long id) {
        return TicketStore.find(handle, id).filter(scope::sees).orElseThrow(() -> ApiException.notFound("ticket " + id));
    }
}
