package dev.switchboard.server.tickets;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The port through which tickets come in from outside without an agent (ADR 0036): a web form's
 * submission, a chat nobody answered. A ticket made here is checked exactly as one made through
 * the API ({@link TicketService#createBySystem}), made by nobody, and its {@code clientId} makes it
 * once: the same id again (a double submit, a second node's sweep) answers the ticket made first,
 * by the unique constraint on {@code ticket.client_id}, whatever node made it.
 */
public final class TicketIntake {

    /** A file that comes with a new ticket. */
    public record IncomingFile(String name, byte[] content) {
    }

    /** The ticket, and whether this call made it (false: its {@code clientId} had made it before). */
    public record Outcome(Ticket ticket, boolean made) {
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final TicketService tickets;
    private final TicketAttachmentStore files;

    TicketIntake(Jdbi jdbi, ChangeLog changeLog, TicketService tickets, TicketAttachmentStore files) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.tickets = tickets;
        this.files = files;
    }

    /** The ticket made with {@code clientId}, if any. */
    public Optional<Ticket> byClientId(String clientId) {
        return jdbi.withHandle(handle -> TicketStore.findByClientId(handle, clientId));
    }

    /**
     * Makes the ticket with its files in one transaction; the files are checked (name, size, content)
     * before anything is written, a refused one answered as the problem it is with the field
     * {@code attachments[i]}. A {@code clientId} already used answers that ticket, and nothing more is stored.
     *
     * @param maxFileBytes the largest file taken
     * @param uploader     who the files' rows name (e.g. {@code form:support})
     */
    public Outcome create(NewTicket request, List<IncomingFile> incoming, long maxFileBytes, String uploader) {
        if (request.clientId() != null) {
            Optional<Ticket> made = byClientId(request.clientId());
            if (made.isPresent()) {
                return new Outcome(made.get(), false);
            }
        }
        List<TicketAttachmentStore.Staged> staged = new ArrayList<>();
        try {
            for (int i = 0; i < incoming.size(); i++) {
                IncomingFile file = incoming.get(i);
                try {
                    staged.add(files.stage(file.name(), new ByteArrayInputStream(file.content()), maxFileBytes));
                } catch (ApiException refused) {
                    Problem problem = refused.problem();
                    throw new ApiException(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                            List.of(new FieldError("attachments[" + i + "]", problem.detail()))), refused.headers());
                }
            }
            String day = tickets.prepareDay();
            Ticket ticket = changeLog.write(tx -> {
                Ticket made = tickets.createBySystem(tx, request, day);
                staged.forEach(file -> TicketAttachmentStore.insert(tx.handle(), file, made.id(), null, uploader, tx.now()));
                return made;
            });
            files.keep(staged);
            return new Outcome(ticket, true);
        } catch (RuntimeException e) {
            files.discard(staged);
            if (request.clientId() != null && isUniqueViolation(e)) {
                // the same id at the same time (a double click reaching two nodes, two sweeps): the other one made it
                Optional<Ticket> made = byClientId(request.clientId());
                if (made.isPresent()) {
                    return new Outcome(made.get(), false);
                }
            }
            throw e;
        }
    }

    /** The enabled custom fields that apply to tickets of {@code categoryId} (null: those of every ticket), in their order. */
    public List<TicketField> fieldsFor(Long categoryId) {
        return jdbi.withHandle(handle -> {
            Set<Long> lineage = CustomFields.lineage(handle, categoryId);
            return CustomFields.all(handle).stream()
                    .filter(field -> field.enabled() && (field.categoryId() == null || lineage.contains(field.categoryId()))).toList();
        });
    }

    public Optional<TicketCategory> category(long id) {
        return jdbi.withHandle(handle -> TicketSetup.category(handle, id));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
