package dev.switchboard.app.tickets;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.tickets.offline.OfflineTickets;
import dev.switchboard.app.tickets.offline.TicketPusher;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ticket source of a workstation that works offline (ADR 0038): reads come from the cache
 * (filled from the backend's reads and the change log), edits go to the backend at once while it is
 * reachable and nothing waits in the outbox (so a number, a refusal or a stale version answers
 * there and then), and otherwise to the cache and the outbox in one transaction, shown at once and
 * pushed later in order. A live edit whose backend turns out unreachable goes to the outbox with the
 * same idempotency key.
 */
final class OfflineTicketSource implements TicketSource {

    private static final String STATUSES = "statuses";
    private static final String CATEGORIES = "categories";

    private final TicketsApi online;
    private final OfflineTickets cache;
    private final TicketPusher pusher;
    private final BooleanSupplier connected;
    private final long me;

    OfflineTicketSource(TicketsApi online, OfflineTickets cache, TicketPusher pusher, BooleanSupplier connected, long me) {
        this.online = online;
        this.cache = cache;
        this.pusher = pusher;
        this.connected = connected;
        this.me = me;
    }

    /** Reads the newest tickets the agent may see into the cache (on connecting: what changed while away, and a first fill). */
    CompletableFuture<Void> refresh() {
        return online.list(new TicketFilter(List.of(), null)).thenCompose(cache::keep);
    }

    @Override
    public CompletableFuture<List<Ticket>> list(TicketFilter filter) {
        return cache.tickets().thenApply(all -> all.stream().filter(ticket -> holds(filter, ticket)).toList());
    }

    @Override
    public CompletableFuture<Ticket> get(long id) {
        return cache.ticket(id).thenCompose(kept -> kept.isPresent() || id < 0 ? CompletableFuture.completedFuture(kept.orElseThrow())
                : online.get(id).thenCompose(read -> cache.keep(List.of(read)).thenApply(ignored -> read)));
    }

    @Override
    public CompletableFuture<List<TicketComment>> comments(long ticketId) {
        CompletableFuture<Void> read = ticketId > 0 && connected.getAsBoolean()
                ? online.comments(ticketId).thenCompose(stored -> cache.keepComments(stored, false)).exceptionally(unreachable -> null)
                : CompletableFuture.completedFuture(null);
        return read.thenCompose(ignored -> cache.comments(ticketId));
    }

    @Override
    public CompletableFuture<List<TicketHistoryEntry>> history(long ticketId) {
        // the history is the backend's: offline (and for a ticket not synced yet) there is none to show
        return ticketId > 0 && connected.getAsBoolean() ? online.history(ticketId).exceptionally(unreachable -> List.of())
                : CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<Ticket> create(NewTicket ticket) {
        return liveOrQueued(() -> online.create(ticket).thenCompose(made -> cache.keep(List.of(made)).thenApply(ignored -> made)),
                () -> cache.create(ticket));
    }

    @Override
    public CompletableFuture<Ticket> createFromChat(long conversationId) {
        return online.createFromChat(conversationId).thenCompose(made -> cache.keep(List.of(made)).thenApply(ignored -> made));
    }

    @Override
    public CompletableFuture<Ticket> patch(long id, TicketPatch patch) {
        return liveOrQueued(id > 0 ? () -> online.patch(id, patch).thenCompose(saved -> cache.keep(List.of(saved)).thenApply(ignored -> saved))
                : null, () -> cache.patch(id, patch));
    }

    @Override
    public CompletableFuture<TicketComment> comment(long ticketId, NewTicketComment comment) {
        return liveOrQueued(ticketId > 0 ? () -> online.comment(ticketId, comment)
                        .thenCompose(stored -> cache.keepComments(List.of(stored), false).thenApply(ignored -> stored)) : null,
                () -> cache.comment(ticketId, comment));
    }

    @Override
    public CompletableFuture<List<TicketStatus>> statuses() {
        return terms(STATUSES, online::statuses, TicketStatus[].class);
    }

    @Override
    public CompletableFuture<List<TicketCategory>> categories() {
        return terms(CATEGORIES, online::categories, TicketCategory[].class);
    }

    /**
     * Live when the backend is reachable and the outbox is empty (an edit must not overtake waiting
     * ones), else queued; a live edit that finds the backend unreachable is queued after all.
     */
    private <T> CompletableFuture<T> liveOrQueued(Supplier<CompletableFuture<T>> live, Supplier<CompletableFuture<T>> queued) {
        if (live == null || !connected.getAsBoolean()) {
            return queue(queued);
        }
        return cache.pending().thenCompose(waiting -> {
            if (waiting > 0) {
                return queue(queued);
            }
            return live.get().handle((answer, failure) -> failure == null ? CompletableFuture.completedFuture(answer)
                    : unwrap(failure) instanceof ServerUnreachableException ? queue(queued) : CompletableFuture.<T>failedFuture(failure))
                    .thenCompose(Function.identity());
        });
    }

    private <T> CompletableFuture<T> queue(Supplier<CompletableFuture<T>> queued) {
        return queued.get().whenComplete((done, failure) -> {
            if (failure == null && connected.getAsBoolean()) {
                pusher.push();
            }
        });
    }

    /** Statuses or categories: the backend's and kept, or the kept ones when it cannot be reached. */
    private <T> CompletableFuture<List<T>> terms(String kind, Supplier<CompletableFuture<List<T>>> read, Class<T[]> type) {
        return read.get().thenCompose(answer -> cache.keepTerms(kind, ProtocolJson.write(answer)).thenApply(ignored -> answer))
                .exceptionallyCompose(unreachable -> cache.terms(kind).thenApply(kept -> {
                    if (kept.isEmpty()) {
                        throw new CompletionException(unreachable);
                    }
                    return List.of(ProtocolJson.read(kept.get(), type));
                }));
    }

    private boolean holds(TicketFilter filter, Ticket ticket) {
        if (!filter.statuses().isEmpty() && !filter.statuses().contains(ticket.status())) {
            return false;
        }
        if (filter.assignee() == null) {
            return true;
        }
        return "none".equals(filter.assignee()) ? ticket.assigneeId() == null : Objects.equals(ticket.assigneeId(), me);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
