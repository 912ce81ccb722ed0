package dev.switchboard.app.tickets;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketPage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the ticket page's panels read besides the queue (ADR 0039): the custom field definitions, a
 * ticket by its number, a ticket's parts and the requester's other tickets. Online, from the
 * backend; the offline cache can answer the same later. Every answer completes off the FX thread.
 */
class TicketLookups {

    /** The most of a requester's other tickets or a ticket's parts a panel lists. */
    static final int PANEL_MAX = 50;

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    TicketLookups(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<TicketField>> fields() {
        return call(() -> List.of(send(ApiPath.of("ticket-fields"), TicketField[].class)));
    }

    /** The ticket numbered {@code number} exactly, if the agent may see it. */
    CompletableFuture<Optional<Ticket>> byNumber(String number) {
        return call(() -> send(ApiPath.of("tickets").query("text", number.strip()).query("limit", 5), TicketPage.class).tickets().stream()
                .filter(ticket -> ticket.number().equalsIgnoreCase(number.strip())).findFirst());
    }

    /** The tickets that are parts of {@code parentId}. */
    CompletableFuture<List<Ticket>> children(long parentId) {
        return page(ApiPath.of("tickets").query("parent", parentId));
    }

    /** The tickets of customer {@code requesterId}, newest change first. */
    CompletableFuture<List<Ticket>> ofRequester(long requesterId) {
        return page(ApiPath.of("tickets").query("requester", requesterId));
    }

    private CompletableFuture<List<Ticket>> page(ApiPath path) {
        return call(() -> send(path.query("sort", "-updatedAt").query("limit", PANEL_MAX), TicketPage.class).tickets());
    }

    private <T> T send(ApiPath path, Class<T> answer) {
        return api.send(session.server(), session.token(), "GET", path, null, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
