package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketAttachment;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Files of tickets for agents: whoever may see a ticket uploads a file to it, names it in a reply
 * or note ({@code attachmentIds}), and reads the ticket's files; anyone else gets 404 as for the
 * ticket itself. An upload no comment named yet belongs to its uploader only: nobody else can send it.
 */
final class TicketAttachments {

    private final Jdbi jdbi;
    private final Clock clock;
    private final TicketAccess access;
    private final TicketAttachmentStore store;

    TicketAttachments(Jdbi jdbi, Clock clock, TicketAccess access, TicketAttachmentStore store) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.store = store;
    }

    /** Stores a file for a ticket the caller sees and may still comment on; a comment sends it. */
    TicketAttachment upload(Principal caller, long ticketId, String fileName, InputStream content) {
        TicketAccess.Scope scope = access.scope(caller);
        // who may upload is known before the bytes travel
        jdbi.useHandle(handle -> commentable(handle, scope, ticketId));
        TicketAttachmentStore.Staged staged = store.stage(fileName, content, TicketAttachment.MAX_BYTES);
        try {
            TicketAttachment saved = jdbi.inTransaction(handle -> {
                commentable(handle, scope, ticketId);
                return TicketAttachmentStore.insert(handle, staged, ticketId, null, uploader(caller), clock.instant());
            });
            store.keep(List.of(staged));
            return saved;
        } catch (RuntimeException e) {
            store.discard(List.of(staged));
            throw e;
        }
    }

    List<TicketAttachment> list(Principal caller, long ticketId) {
        TicketAccess.Scope scope = access.scope(caller);
        return jdbi.withHandle(handle -> {
            TicketStore.find(handle, ticketId).filter(scope::sees).orElseThrow(() -> ApiException.notFound("ticket " + ticketId));
            return TicketAttachmentStore.ofTicket(handle, ticketId);
        });
    }

    /** A file of a ticket the caller sees, and where its bytes are; 404 for anything else, whether it exists or not. */
    TicketAttachment download(Principal caller, String attachmentId) {
        TicketAccess.Scope scope = access.scope(caller);
        return jdbi.withHandle(handle -> TicketAttachmentStore.find(handle, attachmentId)
                .filter(file -> TicketStore.find(handle, file.ticketId()).filter(scope::sees).isPresent())
                .orElseThrow(() -> ApiException.notFound("attachment")));
    }

    Path file(String attachmentId) {
        return store.file(attachmentId);
    }

    /**
     * In a comment's transaction: the files it names become its own. Each must be an upload of the
     * caller to this ticket that no comment has sent yet; otherwise nothing is attached and the
     * comment is refused (400 naming {@code attachmentIds}).
     */
    static List<TicketAttachment> attach(Handle handle, Principal caller, long ticketId, long commentId, List<String> ids) {
        List<FieldError> errors = new ArrayList<>();
        for (String id : ids) {
            int claimed = handle.createUpdate("UPDATE ticket_attachment SET comment_id = :comment"
                            + " WHERE id = :id AND ticket_id = :ticket AND uploader = :uploader AND comment_id IS NULL")
                    .bind("comment", commentId).bind("id", id).bind("ticket", ticketId).bind("uploader", uploader(caller)).execute();
            if (claimed == 0) {
                errors.add(new FieldError("attachmentIds", "no file " + id + " of yours waits to be sent with a comment of this ticket"));
            }
        }
        TicketService.require(errors, "the comment is not valid");
        return TicketAttachmentStore.ofComments(handle, List.of(commentId));
    }

    static String uploader(Principal caller) {
        return "agent:" + caller.agentId();
    }

    private static Ticket commentable(Handle handle, TicketAccess.Scope scope, long ticketId) {
        Ticket ticket = TicketStore.find(handle, ticketId).filter(scope::sees).orElseThrow(() -> ApiException.notFound("ticket " + ticketId));
        if (TicketSetup.status(handle, ticket.status()).map(status -> status.kind() == StatusKind.CLOSED).orElse(false)) {
            throw new ApiException(ProblemType.CONFLICT, "ticket " + ticket.number() + " is closed and takes no more files");
        }
        return ticket;
    }
}
