package dev.switchboard.server.triggers;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.NodeCopy;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.triggers.NewTicketTrigger;
import dev.switchboard.shared.triggers.TicketTrigger;
import dev.switchboard.shared.triggers.TicketTriggerOrder;
import dev.switchboard.shared.triggers.TriggerRules;
import dev.switchboard.shared.triggers.TriggerSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators' ticket triggers and their settings. Every ticket change reads them, so each node
 * keeps a copy ({@link NodeCopy} of {@code cached_rows_version('ticket_trigger')}, ADR 0008),
 * followed by every node at its next read. Each change is in the change log (entities
 * {@code ticket_trigger} and {@code ticket_trigger_settings}, read by administrators) and the audit log.
 */
final class TriggerService {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerService.class);

    /** The triggers in the order they run, and the settings, as one node's copy. */
    record Rules(List<TicketTrigger> triggers, TriggerSettings settings) {
    }

    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final NodeCopy<Rules> copy;

    TriggerService(Jdbi jdbi, Clock clock, ChangeLog changeLog, AuditLog audit) {
        this.changeLog = changeLog;
        this.audit = audit;
        this.copy = new NodeCopy<>(jdbi, TicketTrigger.ENTITY,
                handle -> new Rules(List.copyOf(TriggerStore.all(handle)), TriggerStore.settings(handle)), clock, Duration.ZERO);
    }

    /** What the engine runs, as committed on any node. */
    Rules rules() {
        return copy.get();
    }

    List<TicketTrigger> list(Principal caller) {
        caller.require(Role.ADMIN);
        return copy.get().triggers();
    }

    TicketTrigger get(Principal caller, long id) {
        caller.require(Role.ADMIN);
        return copy.get().triggers().stream().filter(trigger -> trigger.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("ticket trigger " + id));
    }

    TicketTrigger create(Principal caller, NewTicketTrigger request) {
        caller.require(Role.ADMIN);
        TicketTrigger trigger = change(handle -> {
            requireValid(handle, request, false);
            long id = TriggerStore.insert(handle, request);
            TicketTrigger created = TriggerStore.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "ticket-trigger.create", target(id), RuleJson.write(created));
            return created;
        }, created -> Map.of(created.id(), created));
        LOG.info("ticket trigger created: id={} name={} by={}", trigger.id(), trigger.name(), caller.login());
        return trigger;
    }

    TicketTrigger replace(Principal caller, long id, NewTicketTrigger request) {
        caller.require(Role.ADMIN);
        TicketTrigger trigger = change(handle -> {
            TicketTrigger current = TriggerStore.find(handle, id).orElseThrow(() -> ApiException.notFound("ticket trigger " + id));
            requireValid(handle, request, true);
            if (!TriggerStore.replace(handle, id, request.version(), request)) {
                throw stale("ticket trigger " + id, current.version(), request.version());
            }
            TicketTrigger replaced = TriggerStore.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "ticket-trigger.update", target(id), RuleJson.write(replaced));
            return replaced;
        }, replaced -> Map.of(replaced.id(), replaced));
        LOG.info("ticket trigger changed: id={} version={} by={}", id, trigger.version(), caller.login());
        return trigger;
    }

    void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        changeLog.write(tx -> {
            copy.changing(tx.handle());
            TicketTrigger current = TriggerStore.find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("ticket trigger " + id));
            TriggerStore.delete(tx.handle(), id);
            audit.record(tx.handle(), caller.agentId(), "ticket-trigger.delete", target(id), RuleJson.write(current));
            tx.record(TicketTrigger.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
        copy.reload();
        LOG.info("ticket trigger deleted: id={} by={}", id, caller.login());
    }

    /** Puts every trigger in the given order; the list must name each trigger exactly once. */
    List<TicketTrigger> reorder(Principal caller, TicketTriggerOrder order) {
        caller.require(Role.ADMIN);
        List<Long> ids = order.ids();
        if (ids == null || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("the order is not valid", List.of(new FieldError("ids", "every trigger's id once, in the new order")));
        }
        change(handle -> {
            List<TicketTrigger> before = TriggerStore.all(handle);
            Set<Long> existing = before.stream().map(TicketTrigger::id).collect(Collectors.toSet());
            if (!existing.equals(new HashSet<>(ids))) {
                throw new ApiException(ProblemType.CONFLICT, "the order must name exactly the triggers there are now " + existing
                        + "; reload them and reorder again");
            }
            for (int i = 0; i < ids.size(); i++) {
                TriggerStore.move(handle, ids.get(i), i + 1);
            }
            audit.record(handle, caller.agentId(), "ticket-trigger.reorder", "ticket-triggers",
                    ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            Set<TicketTrigger> unmoved = new HashSet<>(before);
            Map<Long, TicketTrigger> moved = new LinkedHashMap<>();
            TriggerStore.all(handle).stream().filter(trigger -> !unmoved.contains(trigger)).forEach(trigger -> moved.put(trigger.id(), trigger));
            return moved;
        }, moved -> moved);
        LOG.info("ticket triggers reordered: {} by={}", ids, caller.login());
        return copy.get().triggers();
    }

    TriggerSettings settings(Principal caller) {
        caller.require(Role.ADMIN);
        return copy.get().settings();
    }

    TriggerSettings changeSettings(Principal caller, TriggerSettings request) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = TriggerRules.check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the trigger settings are not valid", errors);
        }
        TriggerSettings changed = changeLog.write(tx -> {
            copy.changing(tx.handle());
            TriggerSettings current = TriggerStore.settings(tx.handle());
            if (!TriggerStore.settings(tx.handle(), request)) {
                throw stale("the trigger settings", current.version(), request.version());
            }
            TriggerSettings stored = TriggerStore.settings(tx.handle());
            audit.record(tx.handle(), caller.agentId(), "ticket-trigger.settings", "ticket-trigger-settings", RuleJson.write(stored));
            tx.record(TriggerSettings.ENTITY, "1", ChangeOp.UPSERT, stored);
            return stored;
        });
        copy.reload();
        LOG.info("ticket trigger settings changed: chainDepth={} notificationsPerHour={} by={}", changed.chainDepth(),
                changed.notificationsPerHour(), caller.login());
        return changed;
    }

    /**
     * One change of the triggers: in a change-log transaction that first marks them changed for
     * every node, records {@code changed}'s triggers in the change log, and after the commit
     * refreshes this node's copy.
     */
    private <T> T change(Function<Handle, T> work, Function<T, Map<Long, TicketTrigger>> changed) {
        T result = changeLog.write(tx -> {
            copy.changing(tx.handle());
            T value = work.apply(tx.handle());
            changed.apply(value).forEach((id, trigger) -> tx.record(TicketTrigger.ENTITY, Long.toString(id), ChangeOp.UPSERT, trigger));
            return value;
        });
        copy.reload();
        return result;
    }

    private static void requireValid(Handle handle, NewTicketTrigger request, boolean replacing) {
        List<FieldError> errors = TriggerRules.check(request, replacing, new DatabaseVocabulary(handle));
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the ticket trigger is not valid", errors);
        }
    }

    static ApiException stale(String what, long now, long sent) {
        return new ApiException(ProblemType.CONFLICT, what + " changed meanwhile (now version " + now + ", you sent " + sent
                + "); reload it and apply your change again");
    }

    private static String target(long id) {
        return "ticket-trigger:" + id;
    }
}
