package dev.switchboard.server.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.NodeCopy;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sla.NewSlaPolicy;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaPolicyOrder;
import dev.switchboard.shared.sla.SlaPolicyRules;
import dev.switchboard.shared.sync.ChangeOp;
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
 * Administrators' SLA policies. Every ticket evaluation reads them, so each node keeps a copy
 * ({@link NodeCopy}, ADR 0008) that follows a change made on any node at its next read. Each change
 * is in the change log (entity {@code sla_policy}, read by every agent: ticket views show the
 * targets) and in the audit log. Everyone signed in reads them; administrators change them.
 */
public final class SlaPolicyService {

    private static final Logger LOG = LoggerFactory.getLogger(SlaPolicyService.class);

    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final SlaPolicyStore store = new SlaPolicyStore();
    private final NodeCopy<List<SlaPolicy>> copy;

    public SlaPolicyService(Jdbi jdbi, Clock clock, ChangeLog changeLog, AuditLog audit) {
        this.changeLog = changeLog;
        this.audit = audit;
        this.copy = new NodeCopy<>(jdbi, SlaPolicy.ENTITY, handle -> List.copyOf(store.all(handle)), clock, Duration.ZERO);
    }

    /** The policies in the order they are tried, as committed on any node. */
    public List<SlaPolicy> policies() {
        return copy.get();
    }

    List<SlaPolicy> list(Principal caller) {
        caller.require(Role.AGENT);
        return copy.get();
    }

    SlaPolicy get(Principal caller, long id) {
        caller.require(Role.AGENT);
        return copy.get().stream().filter(policy -> policy.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("SLA policy " + id));
    }

    SlaPolicy create(Principal caller, NewSlaPolicy request) {
        caller.require(Role.ADMIN);
        SlaPolicy policy = change(handle -> {
            requireValid(handle, request, false);
            long id = store.insert(handle, request);
            SlaPolicy created = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "sla-policy.create", target(id), json(created));
            return created;
        }, created -> Map.of(created.id(), created));
        LOG.info("SLA policy created: id={} name={} by={}", policy.id(), policy.name(), caller.login());
        return policy;
    }

    SlaPolicy replace(Principal caller, long id, NewSlaPolicy request) {
        caller.require(Role.ADMIN);
        SlaPolicy policy = change(handle -> {
            SlaPolicy current = store.find(handle, id).orElseThrow(() -> ApiException.notFound("SLA policy " + id));
            requireValid(handle, request, true);
            if (!store.replace(handle, id, request.version(), request)) {
                throw new ApiException(ProblemType.CONFLICT, "SLA policy " + id + " changed meanwhile (now version " + current.version()
                        + ", you sent " + request.version() + "); reload it and apply your change again");
            }
            SlaPolicy replaced = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "sla-policy.update", target(id), json(replaced));
            return replaced;
        }, replaced -> Map.of(replaced.id(), replaced));
        LOG.info("SLA policy changed: id={} version={} by={}", id, policy.version(), caller.login());
        return policy;
    }

    void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        changeLog.write(tx -> {
            copy.changing(tx.handle());
            SlaPolicy current = store.find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("SLA policy " + id));
            store.delete(tx.handle(), id);
            audit.record(tx.handle(), caller.agentId(), "sla-policy.delete", target(id), json(current));
            tx.record(SlaPolicy.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
        copy.reload();
        LOG.info("SLA policy deleted: id={} by={}", id, caller.login());
    }

    /** Puts every policy in the given order; the list must name each policy exactly once. */
    List<SlaPolicy> reorder(Principal caller, SlaPolicyOrder order) {
        caller.require(Role.ADMIN);
        List<Long> ids = order.ids();
        if (ids == null || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("the order is not valid", List.of(new FieldError("ids", "every policy's id once, in the new order")));
        }
        change(handle -> {
            List<SlaPolicy> before = store.all(handle);
            Set<Long> existing = before.stream().map(SlaPolicy::id).collect(Collectors.toSet());
            if (!existing.equals(new HashSet<>(ids))) {
                throw new ApiException(ProblemType.CONFLICT, "the order must name exactly the SLA policies there are now " + existing
                        + "; reload them and reorder again");
            }
            for (int i = 0; i < ids.size(); i++) {
                store.move(handle, ids.get(i), i + 1);
            }
            audit.record(handle, caller.agentId(), "sla-policy.reorder", "sla-policies",
                    ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            // the policies that moved, as they are now
            Set<SlaPolicy> unmoved = new HashSet<>(before);
            Map<Long, SlaPolicy> moved = new LinkedHashMap<>();
            store.all(handle).stream().filter(policy -> !unmoved.contains(policy)).forEach(policy -> moved.put(policy.id(), policy));
            return moved;
        }, moved -> moved);
        LOG.info("SLA policies reordered: {} by={}", ids, caller.login());
        return copy.get();
    }

    /** Adds {@code policies} in order on a backend that has none yet (demo data); policies deleted afterwards do not come back. */
    void seed(List<NewSlaPolicy> policies) {
        change(handle -> {
            Map<Long, SlaPolicy> seeded = new LinkedHashMap<>();
            if (!store.all(handle).isEmpty()) {
                return seeded;
            }
            for (NewSlaPolicy policy : policies) {
                requireValid(handle, policy, false);
                long id = store.insert(handle, policy);
                seeded.put(id, store.find(handle, id).orElseThrow());
            }
            return seeded;
        }, seeded -> seeded);
    }

    /**
     * One change of the policies: in a change-log transaction that first marks them changed for
     * every node (and waits for a change of them elsewhere to commit), records {@code changed}'s
     * policies in the change log, and after the commit refreshes this node's copy.
     */
    private <T> T change(Function<Handle, T> work, Function<T, Map<Long, SlaPolicy>> changed) {
        T result = changeLog.write(tx -> {
            copy.changing(tx.handle());
            T value = work.apply(tx.handle());
            changed.apply(value).forEach((id, policy) -> tx.record(SlaPolicy.ENTITY, Long.toString(id), ChangeOp.UPSERT, policy));
            return value;
        });
        copy.reload();
        return result;
    }

    private void requireValid(Handle handle, NewSlaPolicy request, boolean replacing) {
        List<FieldError> errors = SlaPolicyRules.check(request, replacing, groupId -> store.groupExists(handle, groupId));
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the SLA policy is not valid", errors);
        }
    }

    private static String target(long id) {
        return "sla-policy:" + id;
    }

    private static String json(SlaPolicy policy) {
        try {
            return Json.mapper().writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
