package dev.switchboard.app.tickets;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPage;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The tickets on the backend ({@code /api/v1/tickets} and what belongs to them), with the session's token on the I/O executor. */
final class TicketsApi implements TicketSource {

    /** The most one list shows: a queue longer than this is worked from its newest changes (saved views and paging come later). */
    static final int LIST_MAX = 500;
    private static final int PAGE = 100;

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    TicketsApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    @Override
    public CompletableFuture<List<Ticket>> list(TicketFilter filter) {
        return call(() -> {
            List<Ticket> found = new ArrayList<>();
            for (int offset = 0; offset < LIST_MAX; offset += PAGE) {
                ApiPath path = ApiPath.of("tickets").query("sort", filter.slaAtRisk() ? "slaDue" : "-updatedAt").query("offset", offset)
                        .query("limit", PAGE);
                if (filter.slaAtRisk()) {
                    path = path.query("sla", SlaAtRisk.QUERY);
                }
                if (!filter.statuses().isEmpty()) {
                    path = path.query("status", String.join(",", filter.statuses()));
                }
                if (filter.assignee() != null) {
                    path = path.query("assignee", filter.assignee());
                }
                TicketPage page = send("GET", path, null, TicketPage.class);
                found.addAll(page.tickets());
                if (offset + page.tickets().size() >= page.total() || page.tickets().isEmpty()) {
                    break;
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public CompletableFuture<Ticket> get(long id) {
        return call(() -> send("GET", ApiPath.of("tickets", id), null, Ticket.class));
    }

    @Override
    public CompletableFuture<List<TicketComment>> comments(long ticketId) {
        return call(() -> List.of(send("GET", ApiPath.of("tickets", ticketId, "comments"), null, TicketComment[].class)));
    }

    @Override
    public CompletableFuture<List<TicketHistoryEntry>> history(long ticketId) {
        return call(() -> List.of(send("GET", ApiPath.of("tickets", ticketId, "history"), null, TicketHistoryEntry[].class)));
    }

    @Override
    public CompletableFuture<Ticket> create(NewTicket ticket) {
        return call(() -> send("POST", ApiPath.of("tickets"), ticket, Ticket.class));
    }

    @Override
    public CompletableFuture<Ticket> createFromChat(long conversationId) {
        NewTicket defaults = NewTicket.of(null, null, null);
        return call(() -> send("POST", ApiPath.of("conversations", conversationId, "ticket"), defaults, Ticket.class));
    }

    @Override
    public CompletableFuture<Ticket> patch(long id, TicketPatch patch) {
        return call(() -> {
            try {
                return send("PATCH", ApiPath.of("tickets", id), patch, Ticket.class);
            } catch (ProblemException refused) {
                if (refused.is(ProblemType.CONFLICT) && refused.problem().errors().isEmpty()) {
                    // the conflict's own "current" member is not kept by the problem reader: read the ticket as it is now
                    throw new StaleTicketException(send("GET", ApiPath.of("tickets", id), null, Ticket.class), refused);
                }
                throw refused;
            }
        });
    }

    @Override
    public CompletableFuture<TicketComment> comment(long ticketId, NewTicketComment comment) {
        return call(() -> send("POST", ApiPath.of("tickets", ticketId, "comments"), comment, TicketComment.class));
    }

    @Override
    public CompletableFuture<List<TicketStatus>> statuses() {
        return call(() -> List.of(send("GET", ApiPath.of("ticket-statuses"), null, TicketStatus[].class)));
    }

    @Override
    public CompletableFuture<List<TicketCategory>> categories() {
        return call(() -> List.of(send("GET", ApiPath.of("ticket-categories"), null, TicketCategory[].class)));
    }

    private <T> T send(String method, ApiPath path, Object body, Class<T> answer) {
        return api.send(session.server(), session.token(), method, path, body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
