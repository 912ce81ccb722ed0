package dev.switchboard.app.tickets.together;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPage;
import dev.switchboard.shared.tickets.together.BulkRequest;
import dev.switchboard.shared.tickets.together.BulkResult;
import dev.switchboard.shared.tickets.together.MergeRequest;
import dev.switchboard.shared.tickets.together.SavedView;
import dev.switchboard.shared.tickets.together.SavedViewInput;
import dev.switchboard.shared.tickets.together.SplitRequest;
import dev.switchboard.shared.tickets.together.ViewConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The backend's calls for working tickets together: saved views, the tickets a view finds, bulk
 * changes, merge and split. Online only (they act on many tickets, or need the server's answer),
 * answered on the I/O executor.
 */
public final class TogetherApi {

    /** The most one saved view lists, as the queues do. */
    static final int LIST_MAX = 500;
    private static final int PAGE = 100;

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    public TogetherApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    public CompletableFuture<List<SavedView>> views() {
        return call(() -> List.of(send("GET", ApiPath.of("ticket-views"), null, SavedView[].class)));
    }

    public CompletableFuture<SavedView> create(SavedViewInput view) {
        return call(() -> send("POST", ApiPath.of("ticket-views"), view, SavedView.class));
    }

    /** The tickets the view's conditions find, in its sort. */
    public CompletableFuture<List<Ticket>> tickets(ViewConditions conditions, String sort) {
        return call(() -> {
            List<Ticket> found = new ArrayList<>();
            for (int offset = 0; offset < LIST_MAX; offset += PAGE) {
                ApiPath path = ApiPath.of("tickets").query("sort", sort).query("offset", offset).query("limit", PAGE);
                for (Map.Entry<String, String> condition : conditions.query().entrySet()) {
                    path = path.query(condition.getKey(), condition.getValue());
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

    /** The ticket numbered {@code number}, if the agent sees it. */
    public CompletableFuture<Ticket> byNumber(String number) {
        return call(() -> send("GET", ApiPath.of("tickets").query("text", number.strip()).query("limit", 5), null, TicketPage.class)
                .tickets().stream().filter(ticket -> ticket.number().equalsIgnoreCase(number.strip())).findFirst().orElse(null));
    }

    public CompletableFuture<BulkResult> bulk(BulkRequest request) {
        return call(() -> send("POST", ApiPath.of("tickets", "bulk"), request, BulkResult.class));
    }

    public CompletableFuture<Ticket> merge(long ticketId, long targetId) {
        return call(() -> send("POST", ApiPath.of("tickets", ticketId, "merge"), new MergeRequest(targetId), Ticket.class));
    }

    public CompletableFuture<Ticket> split(long ticketId, long commentId) {
        return call(() -> send("POST", ApiPath.of("tickets", ticketId, "split"), new SplitRequest(commentId, null), Ticket.class));
    }

    private <T> T send(String method, ApiPath path, Object body, Class<T> answer) {
        return api.send(session.server(), session.token(), method, path, body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
