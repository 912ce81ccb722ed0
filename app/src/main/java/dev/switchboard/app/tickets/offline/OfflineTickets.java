package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The tickets one account works, as this workstation keeps them (ADR 0038): the backend's copies,
 * and on top the outbox of edits not synced yet. A local edit writes its outbox entry in one cache
 * transaction and is seen at once, by every read and by the listeners; a ticket made here shows
 * with a provisional id (negative) and label until the backend numbers it. Two changes of a ticket
 * not pushed yet fold into one entry, and a change of a ticket made here folds into its create, so
 * an agent's own edits never conflict with each other. All work runs on the cache's writer thread.
 */
public final class OfflineTickets {

    /** Replies and notes not synced yet have ids from here on, so they sort after every stored one. */
    public static final long PENDING_COMMENT_IDS = 1L << 62;
    private static final int EVERYTHING = Integer.MAX_VALUE;

    private final CacheDatabase db;
    private final String account;
    private final long me;
    private final String myName;
    private final Role myRole;
    private final Clock clock;
    private final LongFunction<String> provisionalLabel;
    private final List<Consumer<List<TicketCacheEvent>>> listeners = new CopyOnWriteArrayList<>();
    /** The last entry of the push under way (0: none); entries up to it are not folded into. Writer thread only. */
    private long inFlightThrough;

    /**
     * @param account          the account and server the outbox belongs to
     * @param provisionalLabel what shows instead of a number for the ticket made by create {@code n}
     */
    public OfflineTickets(CacheDatabase db, String account, long me, String myName, Role myRole, Clock clock, LongFunction<String> provisionalLabel) {
        this.db = db;
        this.account = account;
        this.me = me;
        this.myName = myName;
        this.myRole = myRole;
        this.clock = clock;
        this.provisionalLabel = provisionalLabel;
    }

    String account() {
        return account;
    }

    CacheDatabase db() {
        return db;
    }

    /** Runs {@code listener} with each change to what the agent sees, on the cache's thread; answers how to stop. */
    public Runnable listen(Consumer<List<TicketCacheEvent>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void announce(List<TicketCacheEvent> events) {
        if (!events.isEmpty()) {
            listeners.forEach(listener -> listener.accept(events));
        }
    }

    // --- reads

    /** Every ticket kept, with pending changes, newest change first. */
    public CompletableFuture<List<Ticket>> tickets() {
        return db.transaction(handle -> shown(handle, OfflineRows.tickets(handle), id -> true).stream()
                .sorted(Comparator.comparing(Ticket::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList());
    }

    /** One ticket as the agent sees it; a provisional id that was numbered meanwhile answers the numbered ticket. */
    public CompletableFuture<Optional<Ticket>> ticket(long id) {
        return db.transaction(handle -> shownOne(handle, id));
    }

    /** A ticket's replies and notes, stored and pending, oldest first. */
    public CompletableFuture<List<TicketComment>> comments(long ticketId) {
        return db.transaction(handle -> {
            long id = resolve(handle, ticketId);
            List<TicketComment> all = new ArrayList<>(id > 0 ? OfflineRows.comments(handle, id) : List.of());
            String localKey = localKey(handle, id).orElse(null);
            for (OutboxEntry entry : OfflineRows.outbox(handle, account, EVERYTHING)) {
                if (entry.kind() == TicketMutationKind.COMMENT && concerns(entry, id, localKey)) {
                    all.add(pendingComment(entry, ticketId));
                }
            }
            return List.copyOf(all);
        });
    }

    /** How many edits wait to be synced. */
    public CompletableFuture<Integer> pending() {
        return db.transaction(handle -> OfflineRows.pending(handle, account));
    }

    /** This account's sync client id on this machine, made once. */
    public CompletableFuture<String> clientId() {
        return db.transaction(handle -> OfflineRows.clientId(handle, account));
    }

    /** The conflicts and refusals the agent has not decided on, oldest first. */
    public CompletableFuture<List<SyncProblem>> problems() {
        return db.transaction(handle -> SyncProblemRows.all(handle, account));
    }

    /** The agent decided on a conflict or refusal (kept theirs, applied theirs again, or read it). */
    public CompletableFuture<Boolean> dismiss(long mutationId) {
        return db.transaction(handle -> SyncProblemRows.remove(handle, account, mutationId));
    }

    // --- copies read from the backend

    /** Keeps tickets as read from the backend (a newer copy kept already wins) and tells the listeners. */
    public CompletableFuture<Void> keep(List<Ticket> tickets) {
        return keep(handle -> tickets);
    }

    /** As {@link #keep(List)}, the tickets named in the transaction by {@code page}, which may write more in it (a fill's progress). */
    CompletableFuture<Void> keep(Function<Handle, List<Ticket>> page) {
        return db.transaction(handle -> {
            List<Ticket> stored = OfflineBulkRows.keepTickets(handle, page.apply(handle));
            Set<Long> ids = stored.stream().map(Ticket::id).collect(Collectors.toSet());
            return shown(handle, stored, ids::contains).stream().<TicketCacheEvent>map(TicketCacheEvent.Shown::new).toList();
        }).thenAccept(this::announce);
    }

    /** Keeps replies and notes; {@code announce} tells the listeners (for those the change log brings). */
    public CompletableFuture<Void> keepComments(List<TicketComment> comments, boolean announce) {
        return db.transaction(handle -> {
            comments.forEach(comment -> OfflineRows.keepComment(handle, comment));
            return comments.stream().<TicketCacheEvent>map(TicketCacheEvent.Commented::new).toList();
        }).thenAccept(events -> {
            if (announce) {
                announce(events);
            }
        });
    }

    /** Drops a ticket (and its comments) that left the agent's sight. */
    public CompletableFuture<Void> forget(long ticketId) {
        return db.transaction(handle -> {
            OfflineRows.forgetTicket(handle, ticketId);
            return List.<TicketCacheEvent>of(new TicketCacheEvent.Gone(ticketId));
        }).thenAccept(this::announce);
    }

    public CompletableFuture<Void> keepTerms(String kind, String json) {
        return db.transaction(handle -> {
            OfflineRows.keepTerms(handle, kind, json);
            return null;
        });
    }

    public CompletableFuture<Optional<String>> terms(String kind) {
        return db.transaction(handle -> OfflineRows.terms(handle, kind));
    }

    // --- local edits: the outbox entry in the same transaction, seen at once

    /** Makes a ticket here: shown at once with a provisional id and label. */
    public CompletableFuture<Ticket> create(NewTicket ticket) {
        return db.transaction(handle -> {
            long mutationId = OfflineRows.takeMutationId(handle, account);
            String localKey = ticket.clientId() != null ? ticket.clientId() : UUID.randomUUID().toString();
            NewTicket keyed = withClientId(ticket, localKey);
            Instant at = clock.instant();
            OfflineRows.insert(handle, account, new OutboxEntry(mutationId, TicketMutationKind.CREATE, null, localKey,
                    ProtocolJson.write(keyed), null, at));
            return provisional(mutationId, keyed, at);
        }).thenApply(made -> {
            announce(List.of(new TicketCacheEvent.Shown(made)));
            return made;
        });
    }

    /** Changes ticket {@code ticketId} from {@code patch.version()}; answers it as the agent sees it now. */
    public CompletableFuture<Ticket> patch(long ticketId, TicketPatch patch) {
        return db.transaction(handle -> {
            long id = resolve(handle, ticketId);
            List<OutboxEntry> outbox = OfflineRows.outbox(handle, account, EVERYTHING);
            Instant at = clock.instant();
            if (id < 0) {
                OutboxEntry create = outbox.stream().filter(entry -> entry.mutationId() == -id && entry.kind() == TicketMutationKind.CREATE)
                        .findFirst().orElseThrow(() -> new IllegalStateException("No ticket " + ticketId + " here"));
                // the ticket's latest entry takes the change: folded into an earlier one, a change made
                // after it would be undone by it; a create has no pending reminder to take
                OutboxEntry latest = outbox.stream().filter(entry -> create.localKey().equals(entry.localKey())
                        && entry.kind() != TicketMutationKind.COMMENT).reduce((first, second) -> second).orElse(create);
                if (latest.mutationId() > inFlightThrough && latest.kind() == TicketMutationKind.PATCH) {
                    OfflineRows.replaceBody(handle, latest.mutationId(), ProtocolJson.write(TicketOverlay.fold(latest.patch(), patch)));
                } else if (latest == create && create.mutationId() > inFlightThrough && patch.pendingUntil() == null) {
                    OfflineRows.replaceBody(handle, create.mutationId(), ProtocolJson.write(TicketOverlay.fold(create.create(), patch)));
                } else {
                    OfflineRows.insert(handle, account, new OutboxEntry(OfflineRows.takeMutationId(handle, account), TicketMutationKind.PATCH,
                            null, create.localKey(), ProtocolJson.write(patch), null, at));
                }
            } else {
                String localKey = localKey(handle, id).orElse(null);
                OutboxEntry latest = null;
                for (OutboxEntry entry : outbox) {
                    if (concerns(entry, id, localKey)) {
                        latest = entry;
                    }
                }
                if (latest != null && latest.kind() == TicketMutationKind.PATCH && latest.mutationId() > inFlightThrough) {
                    OfflineRows.replaceBody(handle, latest.mutationId(), ProtocolJson.write(TicketOverlay.fold(latest.patch(), patch)));
                } else {
                    // a change made on a ticket shown before its create synced is made from the version that create made
                    Long base = ticketId < 0 ? OfflineRows.numberedFrom(handle, -ticketId).map(OfflineRows.Numbered::createdVersion)
                            .orElse(patch.version()) : patch.version();
                    OfflineRows.insert(handle, account, new OutboxEntry(OfflineRows.takeMutationId(handle, account), TicketMutationKind.PATCH,
                            id, null, ProtocolJson.write(patch), base, at));
                }
            }
            return shownOne(handle, id).orElseThrow(() -> new IllegalStateException("No ticket " + ticketId + " here"));
        }).thenApply(now -> {
            announce(List.of(new TicketCacheEvent.Shown(now)));
            return now;
        });
    }

    /** Adds a reply or note; answers it as pending (its id above {@link #PENDING_COMMENT_IDS}), on the ticket id asked with. */
    public CompletableFuture<TicketComment> comment(long ticketId, NewTicketComment comment) {
        return db.transaction(handle -> {
            long id = resolve(handle, ticketId);
            String localKey = id < 0 ? createOf(handle, -id).localKey() : null; // the backend resolves it through the create
            NewTicketComment keyed = comment.clientId() != null ? comment
                    : new NewTicketComment(comment.kind(), comment.body(), UUID.randomUUID().toString());
            OutboxEntry entry = new OutboxEntry(OfflineRows.takeMutationId(handle, account), TicketMutationKind.COMMENT,
                    id > 0 ? id : null, localKey, ProtocolJson.write(keyed), null, clock.instant());
            OfflineRows.insert(handle, account, entry);
            // sent: what was typed for it is not a draft any more, in the same transaction
            DraftRows.remove(handle, account, Drafts.replyKey(ticketId));
            return pendingComment(entry, ticketId);
        }).thenApply(made -> {
            announce(List.of(new TicketCacheEvent.Commented(made)));
            return made;
        });
    }

    // --- for the pusher (same package)

    /** Called in the batch's read transaction: entries up to {@code last} are being pushed. */
    void pushing(long last) {
        inFlightThrough = last;
    }

    long inFlightThrough() {
        return inFlightThrough;
    }

    /** What the agent sees of the tickets {@code wanted} names: {@code copies} with the outbox on top (and the tickets made here). */
    List<Ticket> shown(Handle handle, List<Ticket> copies, LongPredicate wanted) {
        return shown(handle, copies, wanted, OfflineRows.outbox(handle, account, EVERYTHING));
    }

    /** The same over {@code outbox}: every entry of the account, or at least every entry about the tickets wanted. */
    private List<Ticket> shown(Handle handle, List<Ticket> copies, LongPredicate wanted, List<OutboxEntry> outbox) {
        Map<Long, Ticket> byId = new LinkedHashMap<>();
        Map<String, Long> localIds = new HashMap<>();
        for (Ticket copy : copies) {
            byId.put(copy.id(), copy);
        }
        for (OutboxEntry entry : outbox) {
            switch (entry.kind()) {
                case CREATE -> {
                    localIds.put(entry.localKey(), -entry.mutationId());
                    if (wanted.test(-entry.mutationId())) {
                        byId.put(-entry.mutationId(), provisional(entry.mutationId(), entry.create(), entry.madeAt()));
                    }
                }
                case PATCH -> {
                    Long id = entry.ticketId() != null ? entry.ticketId() : localIds.computeIfAbsent(entry.localKey(),
                            key -> OfflineRows.numbered(handle, key).map(OfflineRows.Numbered::ticketId).orElse(null));
                    if (id != null && byId.containsKey(id)) {
                        byId.put(id, TicketOverlay.apply(byId.get(id), entry.patch(), entry.madeAt()));
                    }
                }
                case COMMENT -> {
                    // comments are read on their own
                }
            }
        }
        return byId.values().stream().filter(ticket -> wanted.test(ticket.id())).toList();
    }

    Optional<Ticket> shownOne(Handle handle, long askedId) {
        long id = resolve(handle, askedId);
        List<Ticket> copies = id > 0 ? OfflineRows.ticket(handle, id).map(List::of).orElse(List.of()) : List.of();
        // only this ticket's entries: a push's answer shows every ticket it touched, and the outbox may be long
        return shown(handle, copies, candidate -> candidate == id, OfflineBulkRows.outboxAbout(handle, account, id)).stream().findFirst();
    }

    /** A provisional id whose create was numbered meanwhile names the numbered ticket; other ids stay. */
    static long resolve(Handle handle, long id) {
        return id < 0 ? OfflineRows.numberedFrom(handle, -id).map(OfflineRows.Numbered::ticketId).orElse(id) : id;
    }

    /** The client id of the create that made ticket {@code id} here, if it was. */
    private Optional<String> localKey(Handle handle, long id) {
        if (id > 0) {
            return OfflineRows.localKeyOf(handle, id);
        }
        return OfflineRows.outbox(handle, account, EVERYTHING).stream()
                .filter(entry -> entry.mutationId() == -id && entry.kind() == TicketMutationKind.CREATE).findFirst().map(OutboxEntry::localKey);
    }

    private OutboxEntry createOf(Handle handle, long createMutation) {
        return OfflineRows.outbox(handle, account, EVERYTHING).stream()
                .filter(entry -> entry.mutationId() == createMutation && entry.kind() == TicketMutationKind.CREATE).findFirst()
                .orElseThrow(() -> new IllegalStateException("No ticket " + -createMutation + " here"));
    }

    /** Whether {@code entry} is about ticket {@code id} (a backend id, with its local key, or a provisional id). */
    private static boolean concerns(OutboxEntry entry, long id, String localKey) {
        return (id < 0 ? entry.mutationId() == -id : Objects.equals(entry.ticketId(), id)) || (localKey != null && localKey.equals(entry.localKey()));
    }

    Ticket provisional(long createMutation, NewTicket made, Instant at) {
        return TicketOverlay.provisional(-createMutation, provisionalLabel.apply(createMutation), made, me, myRole, at);
    }

    private TicketComment pendingComment(OutboxEntry entry, long ticketId) {
        NewTicketComment comment = entry.comment();
        return new TicketComment(PENDING_COMMENT_IDS + entry.mutationId(), ticketId,
                comment.kind() == null ? CommentKind.INTERNAL_NOTE : comment.kind(), comment.body(), me, myName, null, null, null,
                comment.clientId(), entry.madeAt());
    }

    private static NewTicket withClientId(NewTicket t, String clientId) {
        return new NewTicket(t.subject(), t.description(), t.requesterId(), t.requester(), t.categoryId(), t.priority(), t.status(),
                t.assigneeId(), t.groupId(), t.channel(), t.tags(), t.conversationId(), t.parentId(), t.relatedIds(), t.customFields(), clientId);
    }
}
