package dev.switchboard.server.routingrules;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.NodeCopy;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleOrder;
import dev.switchboard.shared.routing.RoutingRuleRules;
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
 * Administrators' routing rules. Every chat is routed on them, so each node keeps a copy in memory
 * ({@link NodeCopy}, ADR 0008): routing reads one version number from the database and the rules
 * only when they changed, on this node or another, so an edit routes the next chat on every node.
 * Each change is in the change log (entity {@code routing_rule}, seen by supervisors and
 * administrators, so open Administration pages follow it) and in the audit log.
 */
public final class RoutingRuleService {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingRuleService.class);

    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final RoutingRuleStore store = new RoutingRuleStore();
    private final NodeCopy<Rules> copy;

    /** The rules as stored, in order, and the enabled ones as the pure router takes them. */
    private record Rules(List<RoutingRule> all, List<dev.switchboard.server.distribution.RoutingRule> active) {

        static Rules of(List<RoutingRule> all) {
            return new Rules(List.copyOf(all), all.stream().filter(RoutingRule::enabled).map(RoutingRuleService::forRouter).toList());
        }
    }

    public RoutingRuleService(Jdbi jdbi, Clock clock, ChangeLog changeLog, AuditLog audit, SyncService sync) {
        this.changeLog = changeLog;
        this.audit = audit;
        this.copy = new NodeCopy<>(jdbi, RoutingRule.ENTITY, handle -> Rules.of(store.all(handle)), clock, Duration.ZERO);
        sync.restrict(RoutingRule.ENTITY, reader -> {
            boolean reads = reader.role().atLeast(Role.SUPERVISOR);
            return change -> reads;
        });
    }

    /** The enabled rules in the order routing tries them, as the pure router takes them; as committed on any node. */
    public List<dev.switchboard.server.distribution.RoutingRule> active() {
        return copy.get().active();
    }

    public List<RoutingRule> list(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return copy.get().all();
    }

    public RoutingRule create(Principal caller, NewRoutingRule request) {
        caller.require(Role.ADMIN);
        RoutingRule rule = change(handle -> {
            requireValid(handle, request, false);
            long id = store.insert(handle, request);
            RoutingRule created = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "routing-rule.create", target(id), json(created));
            return created;
        }, created -> Map.of(created.id(), created));
        LOG.info("routing rule created: id={} name={} by={}", rule.id(), rule.name(), caller.login());
        return rule;
    }

    public RoutingRule replace(Principal caller, long id, NewRoutingRule request) {
        caller.require(Role.ADMIN);
        RoutingRule rule = change(handle -> {
            RoutingRule current = store.find(handle, id).orElseThrow(() -> ApiException.notFound("routing rule " + id));
            requireValid(handle, request, true);
            if (!store.replace(handle, id, request.version(), request)) {
                throw new ApiException(ProblemType.CONFLICT, "routing rule " + id + " changed meanwhile (now version " + current.version()
                        + ", you sent " + request.version() + "); reload it and apply your change again");
            }
            RoutingRule replaced = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "routing-rule.update", target(id), json(replaced));
            return replaced;
        }, replaced -> Map.of(replaced.id(), replaced));
        LOG.info("routing rule changed: id={} version={} by={}", id, rule.version(), caller.login());
        return rule;
    }

    public void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        changeLog.write(tx -> {
            copy.changing(tx.handle());
            RoutingRule current = store.find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("routing rule " + id));
            store.delete(tx.handle(), id);
            audit.record(tx.handle(), caller.agentId(), "routing-rule.delete", target(id), json(current));
            tx.record(RoutingRule.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
        copy.reload();
        LOG.info("routing rule deleted: id={} by={}", id, caller.login());
    }

    /** Puts every rule in the given order; the list must name each rule exactly once. */
    public List<RoutingRule> reorder(Principal caller, RoutingRuleOrder order) {
        caller.require(Role.ADMIN);
        List<Long> ids = order.ids();
        if (ids == null || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("the order is not valid", List.of(new FieldError("ids", "every rule's id once, in the new order")));
        }
        change(handle -> {
            List<RoutingRule> before = store.all(handle);
            Set<Long> existing = before.stream().map(RoutingRule::id).collect(Collectors.toSet());
            if (!existing.equals(new HashSet<>(ids))) {
                throw new ApiException(ProblemType.CONFLICT, "the order must name exactly the rules there are now " + existing
                        + "; reload them and reorder again");
            }
            for (int i = 0; i < ids.size(); i++) {
                store.move(handle, ids.get(i), i + 1);
            }
            audit.record(handle, caller.agentId(), "routing-rule.reorder", "routing-rules",
                    ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            // the rules that moved, as they are now
            Set<RoutingRule> unmoved = new HashSet<>(before);
            Map<Long, RoutingRule> moved = new LinkedHashMap<>();
            store.all(handle).stream().filter(rule -> !unmoved.contains(rule)).forEach(rule -> moved.put(rule.id(), rule));
            return moved;
        }, moved -> moved);
        LOG.info("routing rules reordered: {} by={}", ids, caller.login());
        return copy.get().all();
    }

    /**
     * The demo's rules, on a demo backend that has none yet: the pre-chat form's question routes
     * (售前咨询 to pre-sales; 订单与物流 and 售后维修 to after-sales). Rules an administrator
     * deleted afterwards do not come back.
     */
    public void seedDemo() {
        String[][] demo = {{"售前咨询 → 售前 Pre-sales", "售前咨询 Pre-sales", "售前 Pre-sales"},
                {"订单与物流 → 售后 After-sales", "订单与物流 Orders", "售后 After-sales"},
                {"售后维修 → 售后 After-sales", "售后维修 Repairs", "售后 After-sales"}};
        change(handle -> {
            Map<Long, RoutingRule> seeded = new LinkedHashMap<>();
            if (!store.all(handle).isEmpty()) {
                return seeded;
            }
            for (String[] rule : demo) {
                handle.createQuery("SELECT id FROM agent_group WHERE name = :name").bind("name", rule[2]).mapTo(Long.class).findOne()
                        .ifPresent(group -> {
                            long id = store.insert(handle, new NewRoutingRule(rule[0], true, null, null, null, null, null, rule[1], null,
                                    null, null, group, null));
                            seeded.put(id, store.find(handle, id).orElseThrow());
                        });
            }
            return seeded;
        }, seeded -> seeded);
    }

    /**
     * One change of the rules: in a change-log transaction that first marks the rules changed for
     * every node (and waits for a change of them elsewhere to commit), records {@code changed}'s
     * rules in the change log, and after the commit refreshes this node's copy.
     */
    private <T> T change(Function<Handle, T> work, Function<T, Map<Long, RoutingRule>> changed) {
        T result = changeLog.write(tx -> {
            copy.changing(tx.handle());
            T value = work.apply(tx.handle());
            changed.apply(value).forEach((id, rule) -> tx.record(RoutingRule.ENTITY, Long.toString(id), ChangeOp.UPSERT, rule));
            return value;
        });
        copy.reload();
        return result;
    }

    private void requireValid(Handle handle, NewRoutingRule request, boolean replacing) {
        List<FieldError> errors = RoutingRuleRules.check(request, replacing, groupId -> store.groupExists(handle, groupId));
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the routing rule is not valid", errors);
        }
    }

    private static dev.switchboard.server.distribution.RoutingRule forRouter(RoutingRule r) {
        return new dev.switchboard.server.distribution.RoutingRule(r.id(), r.position(), r.name(), r.enabled(), r.channel(), r.engine(), r.keyword(),
                r.urlPattern(), r.language(), r.questionType(), r.customerLevel(), r.returning(), r.groupId());
    }

    private static String target(long id) {
        return "routing-rule:" + id;
    }

    private static String json(RoutingRule rule) {
        try {
            return Json.mapper().writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
