package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.customers.Customers;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketOutOfSight;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPatches;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.tickets.TicketStatus;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Creating, reading and changing tickets. Every write is one transaction of the change log: the
 * ticket, its history rows and its change-log entry commit together or not at all, so bad input
 * leaves nothing half-written. A change names the version it was made from; see ADR 0028 for how a
 * change made from an older version merges or conflicts.
 */
final class TicketService {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final TicketAccess access;
    private final TicketNumbers numbers;
    private final Customers customers;
    private final CustomFields customFields;
    private final TicketChangeHook hook;
    private final TicketSlas slas;
    private final TicketReplies replies;

    TicketService(Jdbi jdbi, ChangeLog changeLog, TicketAccess access, TicketNumbers numbers, Customers customers, CustomFields customFields,
                  TicketChangeHook hook, TicketSlas slas, TicketReplies replies) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.access = access;
        this.numbers = numbers;
        this.customers = customers;
        this.customFields = customFields;
        this.hook = hook;
        this.slas = slas;
        this.replies = replies;
    }

    /** Who hears of public replies (the e-mail channel sends them), for the comments and the rules' replies. */
    TicketReplies replies() {
        return replies;
    }

    Ticket get(Principal caller, long id) {
        TicketAccess.Scope scope = access.scope(caller);
        return jdbi.withHandle(handle -> visible(handle, scope, id));
    }

    List<TicketHistoryEntry> history(Principal caller, long id) {
        TicketAccess.Scope scope = access.scope(caller);
        return jdbi.withHandle(handle -> {
            visible(handle, scope, id);
            return TicketStore.history(handle, id);
        });
    }

    Ticket create(Principal caller, NewTicket request) {
        TicketAccess.Scope scope = access.scope(caller);
        require(TicketRules.check(request), "the ticket is not valid");
        if (request.clientId() != null) {
            Optional<Ticket> made = jdbi.withHandle(handle -> TicketStore.findByClientId(handle, request.clientId()));
            if (made.isPresent()) {
                return repeated(scope, made.get());
            }
        }
        String day = numbers.prepareDay();
        try {
            return changeLog.write(tx -> insert(tx, caller.agentId(), scope, request, day));
        } catch (RuntimeException e) {
            // the same client id sent twice at once (two nodes, or a retry racing its original): the first one made it
            if (request.clientId() != null && isUniqueViolation(e)) {
                Optional<Ticket> made = jdbi.withHandle(handle -> TicketStore.findByClientId(handle, request.clientId()));
                if (made.isPresent()) {
                    return repeated(scope, made.get());
                }
            }
            throw e;
        }
    }

    /**
     * A ticket made by the backend for someone outside (an e-mail, a web form, a left message; ADR
     * 0035, 0036), in the caller's change-log transaction: every check of {@link #create}, by nobody,
     * with sight of every group. {@code day} is {@link TicketNumbers#prepareDay()}'s, taken before the transaction.
     */
    Ticket createBySystem(ChangeLog.Tx tx, NewTicket request, String day) {
        require(TicketRules.check(request), "the ticket is not valid");
        return insert(tx, null, new TicketAccess.Scope(true, 0, Set.of()), request, day);
    }

    /** Today's number counter, made ready before a create in {@code tx} ({@link #create(ChangeLog.Tx, Principal, NewTicket, String)}). */
    String prepareDay() {
        return numbers.prepareDay();
    }

    /**
     * A create in {@code tx} (a synced one), checked as {@link #create(Principal, NewTicket)} checks it;
     * a ticket made before with the same client id is answered as it is.
     */
    Ticket create(ChangeLog.Tx tx, Principal caller, NewTicket request, String day) {
        TicketAccess.Scope scope = access.scope(caller);
        require(TicketRules.check(request), "the ticket is not valid");
        Optional<Ticket> made = request.clientId() == null ? Optional.empty() : TicketStore.findByClientId(tx.handle(), request.clientId());
        return made.isPresent() ? repeated(scope, made.get()) : insert(tx, caller.agentId(), scope, request, day);
    }

    /** {@code creatorId}: the agent who makes it, null for the system. */
    private Ticket insert(ChangeLog.Tx tx, Long creatorId, TicketAccess.Scope scope, NewTicket request, String day) {
        Handle handle = tx.handle();
        List<FieldError> errors = new ArrayList<>();
        TicketReferences references = new TicketReferences(handle, scope, errors);
        String status = request.status() == null ? TicketStatus.NEW : request.status();
        references.initialStatus(status);
        references.category(request.categoryId());
        // an agent's own ticket stays in their sight: without group and assignee it is theirs
        Long assignee = request.assigneeId() == null && request.groupId() == null && !scope.all() ? creatorId : request.assigneeId();
        references.group(request.groupId());
        references.assignee(assignee, request.groupId());
        references.conversation(request.conversationId());
        references.parent(request.parentId(), null);
        List<Long> related = request.relatedIds() == null ? List.of() : request.relatedIds();
        references.related(related, null);
        Map<String, Object> values = CustomFields.stored(request.customFields());
        // every key given is checked, a null one too: an unknown field is refused, not dropped
        customFields.check(handle, request.categoryId(), values, request.customFields() == null ? Set.of() : request.customFields().keySet(), errors);
        Requester requester = request.requesterId() == null ? null : customers.requester(handle, request.requesterId()).orElse(null);
        if (request.requesterId() != null && requester == null) {
            errors.add(new FieldError("requesterId", "an existing customer"));
        }
        require(errors, "the ticket is not valid");
        if (requester == null) {
            requester = customers.findOrCreate(handle, request.requester());
        }
        Instant now = tx.now();
        String number = TicketNumbers.next(handle, day);
        long id = TicketStore.insert(handle, new TicketStore.NewRow(number, request.subject().strip(),
                request.description() == null || request.description().isEmpty() ? null : request.description(), requester.id(),
                request.categoryId(), (request.priority() == null ? TicketPriority.NORMAL : request.priority()).name(), status, assignee,
                request.groupId(), (request.channel() == null ? TicketChannel.API : request.channel()).name(), request.conversationId(),
                request.parentId(), values, creatorId, request.clientId(), now));
        TicketStore.replaceTags(handle, id, TicketRules.normalizedTags(request.tags()));
        TicketStore.history(handle, id, 1, List.of(new TicketStore.Change("created", null, number)), creatorId, null, now);
        for (Long other : related) {
            TicketStore.relate(handle, id, other);
        }
        slas.refresh(handle, TicketStore.find(handle, id).orElseThrow(), now);
        Ticket created = TicketStore.find(handle, id).orElseThrow();
        tx.record(Ticket.ENTITY, Long.toString(id), ChangeOp.UPSERT, created);
        for (Long other : related) {
            linkedFromTheOtherSide(tx, other, creatorId, null, null, number, now);
        }
        return afterChange(tx, TicketChangeEvent.created(created));
    }

    Ticket patch(Principal caller, long id, TicketPatch patch) {
        TicketAccess.Scope scope = access.scope(caller);
        require(TicketRules.check(patch), "the change is not valid");
        return changeLog.write(tx -> {
            require(TicketRules.checkReminder(patch, tx.now()), "the change is not valid");
            return patch(tx, scope, caller, id, patch, false, Set.of()).ticket();
        });
    }

    /**
     * A person's change in {@code tx}. A field it changes that was changed since its base version
     * (by a version not in {@code ownVersions}) refuses the whole change (409, the live API) or, with
     * {@code keepTheirs} (a synced change, ADR 0034), keeps the ticket's value while the other fields apply.
     */
    TicketSyncPort.Patched patch(ChangeLog.Tx tx, TicketAccess.Scope scope, Principal caller, long id, TicketPatch patch, boolean keepTheirs,
                                 Set<Long> ownVersions) {
        Handle handle = tx.handle();
        Ticket current = TicketStore.lock(handle, id).filter(scope::sees).orElseThrow(() -> ApiException.notFound("ticket " + id));
        if (patch.version() > current.version()) {
            throw new TicketConflictException(current, List.of(), "ticket " + current.number() + " has no version " + patch.version()
                    + " yet (it is at " + current.version() + ")");
        }
        if (patch.customFields() != null) {
            require(customFields.unknown(handle, patch.customFields().keySet()), "the change is not valid");
        }
        Ticket wanted = TicketPendingUntil.settle(handle, TicketPatches.apply(current, patch), patch);
        List<TicketStore.Change> changes = TicketEdits.diff(current, wanted);
        List<String> keptTheirs = List.of();
        if (!changes.isEmpty() && patch.version() < current.version()) {
            Set<String> since = TicketStore.fieldsChangedAfter(handle, id, patch.version(), ownVersions);
            List<String> conflicts = changes.stream().map(TicketStore.Change::field).filter(since::contains).toList();
            if (!conflicts.isEmpty() && !keepTheirs) {
                throw new TicketConflictException(current, conflicts, "ticket " + current.number() + " changed since version "
                        + patch.version() + " (now " + current.version() + ") in " + String.join(", ", conflicts)
                        + "; nothing was changed: reapply your values on the current version or keep theirs");
            }
            if (!conflicts.isEmpty()) {
                keptTheirs = conflicts;
                TicketPatch mine = TicketEdits.without(patch, conflicts);
                wanted = TicketPendingUntil.settle(handle, TicketPatches.apply(current, mine), mine);
                changes = TicketEdits.diff(current, wanted);
            }
        }
        if (changes.isEmpty()) {
            return new TicketSyncPort.Patched(current, keptTheirs, null);
        }
        requireChangeable(handle, scope, current, wanted, changes);
        Ticket changed = write(tx, current, wanted, changes, caller.agentId(), null);
        return new TicketSyncPort.Patched(afterChange(tx, TicketChangeEvent.updated(changed, fieldsOf(changes))), keptTheirs, changed.version());
    }

    /**
     * A rule's change ({@link TicketRuleSession#change}): applied to the ticket as it is, checked as a
     * person's change is but with sight of every ticket, written in the rule's name.
     */
    Set<String> changeByRule(ChangeLog.Tx tx, long id, TicketPatch patch, String rule) {
        Handle handle = tx.handle();
        Ticket current = TicketStore.lock(handle, id).orElseThrow(() -> ApiException.notFound("ticket " + id));
        Ticket wanted = TicketPendingUntil.settle(handle, TicketPatches.apply(current, patch), patch);
        List<TicketStore.Change> changes = TicketEdits.diff(current, wanted);
        if (changes.isEmpty()) {
            return Set.of();
        }
        requireChangeable(handle, new TicketAccess.Scope(true, 0, Set.of()), current, wanted, changes);
        write(tx, current, wanted, changes, null, rule);
        return fieldsOf(changes);
    }

    /** The hook's turn in the change's transaction; answers the ticket as the rules left it. */
    private Ticket afterChange(ChangeLog.Tx tx, TicketChangeEvent event) {
        hook.changed(new TicketRuleSession(tx, this), event);
        long id = event.ticket().id();
        // then the clocks, once: any field the person or a rule changed may choose another policy or move them
        if (slas.refresh(tx.handle(), TicketStore.find(tx.handle(), id).orElseThrow(), tx.now())) {
            tx.record(Ticket.ENTITY, Long.toString(id), ChangeOp.UPSERT, TicketStore.find(tx.handle(), id).orElseThrow());
        }
        return TicketStore.find(tx.handle(), id).orElseThrow();
    }

    private static Set<String> fieldsOf(List<TicketStore.Change> changes) {
        return new LinkedHashSet<>(changes.stream().map(TicketStore.Change::field).toList());
    }

    /** Writes a checked change: the row at the next version, tags, links, history (by the agent or the rule) and change-log entries. */
    static Ticket write(ChangeLog.Tx tx, Ticket current, Ticket wanted, List<TicketStore.Change> changes, Long agentId, String rule) {
        Handle handle = tx.handle();
        long id = current.id();
        Instant now = tx.now();
        Ticket next = TicketEdits.nextVersion(wanted, now);
        TicketStore.update(handle, next);
        Set<String> fields = new HashSet<>(changes.stream().map(TicketStore.Change::field).toList());
        if (fields.contains("tags")) {
            TicketStore.replaceTags(handle, id, next.tags());
        }
        List<Long> added = next.relatedIds().stream().filter(other -> !current.relatedIds().contains(other)).toList();
        List<Long> removed = current.relatedIds().stream().filter(other -> !next.relatedIds().contains(other)).toList();
        added.forEach(other -> TicketStore.relate(handle, id, other));
        removed.forEach(other -> TicketStore.unrelate(handle, id, other));
        TicketStore.history(handle, id, next.version(), changes, agentId, rule, now);
        Ticket changed = TicketStore.find(handle, id).orElseThrow();
        tx.record(Ticket.ENTITY, Long.toString(id), ChangeOp.UPSERT, changed);
        if (fields.contains("groupId") || fields.contains("assigneeId")) {
            tx.record(TicketOutOfSight.ENTITY, Long.toString(id), ChangeOp.UPSERT, new TicketOutOfSight(id, current.groupId(),
                    current.assigneeId(), changed.groupId(), changed.assigneeId()));
        }
        for (Long other : added) {
            linkedFromTheOtherSide(tx, other, agentId, rule, null, current.number(), now);
        }
        for (Long other : removed) {
            linkedFromTheOtherSide(tx, other, agentId, rule, current.number(), null, now);
        }
        return changed;
    }

    /** The checks of the fields that change, all reported at once; a closed ticket changes no more. */
    private void requireChangeable(Handle handle, TicketAccess.Scope scope, Ticket current, Ticket wanted, List<TicketStore.Change> changes) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> fields = new HashSet<>(changes.stream().map(TicketStore.Change::field).toList());
        boolean closed = TicketSetup.status(handle, current.status()).map(status -> status.kind() == StatusKind.CLOSED).orElse(false);
        if (closed) {
            fields.forEach(field -> errors.add(new FieldError(field, "the ticket is closed and no longer changes")));
            require(errors, "ticket " + current.number() + " is closed");
        }
        TicketReferences references = new TicketReferences(handle, scope, errors);
        if (fields.contains("status")) {
            references.move(current.status(), wanted.status());
        }
        if (fields.contains("categoryId")) {
            references.category(wanted.categoryId());
        }
        if (fields.contains("groupId")) {
            references.group(wanted.groupId());
        }
        if (fields.contains("assigneeId") || fields.contains("groupId")) {
            references.assignee(wanted.assigneeId(), wanted.groupId());
        }
        if (fields.contains("parentId")) {
            references.parent(wanted.parentId(), current.id());
        }
        if (fields.contains("relatedIds")) {
            references.related(wanted.relatedIds().stream().filter(other -> !current.relatedIds().contains(other)).toList(), current.id());
        }
        List<String> changedValues = fields.stream().filter(field -> field.startsWith(TicketPatch.CUSTOM_FIELD_PREFIX))
                .map(field -> field.substring(TicketPatch.CUSTOM_FIELD_PREFIX.length())).toList();
        if (fields.contains("categoryId") || !changedValues.isEmpty()) {
            // a new category may leave values of fields that no longer apply: those are checked too
            customFields.check(handle, wanted.categoryId(), wanted.customFields(),
                    fields.contains("categoryId") ? wanted.customFields().keySet() : changedValues, errors);
        }
        require(errors, "the change is not valid");
    }

    /**
     * The other ticket of a related link made or undone: its list of related tickets changed, so it
     * moves to its next version with a history row and reaches its readers through the change log.
     */
    private static void linkedFromTheOtherSide(ChangeLog.Tx tx, long otherId, Long agentId, String rule, String fromNumber, String toNumber,
                                               Instant now) {
        Handle handle = tx.handle();
        Ticket other = TicketStore.lock(handle, otherId).orElseThrow();
        long version = other.version() + 1;
        TicketStore.touch(handle, otherId, version, now);
        TicketStore.history(handle, otherId, version, List.of(new TicketStore.Change("relatedIds", fromNumber, toNumber)), agentId, rule, now);
        tx.record(Ticket.ENTITY, Long.toString(otherId), ChangeOp.UPSERT, TicketStore.find(handle, otherId).orElseThrow());
    }

    private static Ticket visible(Handle handle, TicketAccess.Scope scope, long id) {
        return TicketStore.find(handle, id).filter(scope::sees).orElseThrow(() -> ApiException.notFound("ticket " + id));
    }

    /** A create repeated with its client id answers the ticket made the first time, if the caller may see it. */
    private static Ticket repeated(TicketAccess.Scope scope, Ticket made) {
        if (!scope.sees(made) && !Long.valueOf(scope.agentId()).equals(made.createdBy())) {
            throw new ApiException(ProblemType.CONFLICT, "the clientId was used for another ticket");
        }
        return made;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static void require(List<FieldError> errors, String detail) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(detail, errors);
        }
    }
}
