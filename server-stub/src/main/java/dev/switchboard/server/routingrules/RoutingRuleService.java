package dev.switchboard.server.routingrules;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators' routing rules. Every chat is routed on them, so they are kept in memory: the
 * router reads {@link #active()} without touching the database, and each change replaces that
 * list after it committed. Changes are serialized (they are rare) and audited.
 */
public final class RoutingRuleService {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingRuleService.class);

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final RoutingRuleStore store = new RoutingRuleStore();
    private volatile List<RoutingRule> rules;
    private volatile List<dev.switchboard.server.distribution.RoutingRule> active;

    public RoutingRuleService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
        reload();
    }

    /** The enabled rules in the order routing tries them, as the pure router takes them. */
    public List<dev.switchboard.server.distribution.RoutingRule> active() {
        return active;
    }

    public List<RoutingRule> list(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return rules;
    }

    public synchronized RoutingRule create(Principal caller, NewRoutingRule request) {
        caller.require(Role.ADMIN);
        requireValid(request, false);
        RoutingRule rule = jdbi.inTransaction(handle -> {
            requireGroup(handle, request.groupId());
            long id = store.insert(handle, request);
            RoutingRule created = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "routing-rule.create", target(id), json(created));
            return created;
        });
        reload();
        LOG.info("routing rule created: id={} name={} by={}", rule.id(), rule.name(), caller.login());
        return rule;
    }

    public synchronized RoutingRule replace(Principal caller, long id, NewRoutingRule request) {
        caller.require(Role.ADMIN);
        requireValid(request, true);
        RoutingRule rule = jdbi.inTransaction(handle -> {
            RoutingRule current = store.find(handle, id).orElseThrow(() -> ApiException.notFound("routing rule " + id));
            requireGroup(handle, request.groupId());
            if (!store.replace(handle, id, request.version(), request)) {
                throw new ApiException(ProblemType.CONFLICT, "routing rule " + id + " changed meanwhile (now version " + current.version()
                        + ", you sent " + request.version() + "); reload it and apply your change again");
            }
            RoutingRule replaced = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "routing-rule.update", target(id), json(replaced));
            return replaced;
        });
        reload();
        LOG.info("routing rule changed: id={} version={} by={}", id, rule.version(), caller.login());
        return rule;
    }

    public synchronized void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        jdbi.useTransaction(handle -> {
            RoutingRule current = store.find(handle, id).orElseThrow(() -> ApiException.notFound("routing rule " + id));
            store.delete(handle, id);
            audit.record(handle, caller.agentId(), "routing-rule.delete", target(id), json(current));
        });
        reload();
        LOG.info("routing rule deleted: id={} by={}", id, caller.login());
    }

    /** Puts every rule in the given order; the list must name each rule exactly once. */
    public synchronized List<RoutingRule> reorder(Principal caller, RoutingRuleOrder order) {
        caller.require(Role.ADMIN);
        List<Long> ids = order.ids();
        if (ids == null || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("the order is not valid", List.of(new FieldError("ids", "every rule's id once, in the new order")));
        }
        jdbi.useTransaction(handle -> {
            Set<Long> existing = store.all(handle).stream().map(RoutingRule::id).collect(Collectors.toSet());
            if (!existing.equals(new HashSet<>(ids))) {
                throw new ApiException(ProblemType.CONFLICT, "the order must name exactly the rules there are now " + existing
                        + "; reload them and reorder again");
            }
            for (int i = 0; i < ids.size(); i++) {
                store.move(handle, ids.get(i), i + 1);
            }
            audit.record(handle, caller.agentId(), "routing-rule.reorder", "routing-rules",
                    ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        });
        reload();
        LOG.info("routing rules reordered: {} by={}", ids, caller.login());
        return rules;
    }

    /**
     * The demo's rules, on a demo backend that has none yet: the pre-chat form's question routes
     * (售前咨询 to pre-sales; 订单与物流 and 售后维修 to after-sales). Rules an administrator
     * deleted afterwards do not come back.
     */
    public synchronized void seedDemo() {
        String[][] demo = {{"售前咨询 → 售前 Pre-sales", "售前咨询 Pre-sales", "售前 Pre-sales"},
                {"订单与物流 → 售后 After-sales", "订单与物流 Orders", "售后 After-sales"},
                {"售后维修 → 售后 After-sales", "售后维修 Repairs", "售后 After-sales"}};
        jdbi.useTransaction(handle -> {
            if (!store.all(handle).isEmpty()) {
                return;
            }
            for (String[] rule : demo) {
                handle.createQuery("SELECT id FROM agent_group WHERE name = :name").bind("name", rule[2]).mapTo(Long.class).findOne()
                        .ifPresent(group -> store.insert(handle, new NewRoutingRule(rule[0], true, null, null, null, null, null, rule[1], null,
                                null, null, group, null)));
            }
        });
        reload();
    }

    private void reload() {
        List<RoutingRule> all = List.copyOf(jdbi.withHandle(store::all));
        rules = all;
        active = all.stream().filter(RoutingRule::enabled).map(RoutingRuleService::forRouter).toList();
    }

    private void requireValid(NewRoutingRule request, boolean replacing) {
        List<FieldError> errors = RoutingRuleChecks.check(request, replacing);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the routing rule is not valid", errors);
        }
    }

    private void requireGroup(Handle handle, long groupId) {
        if (!store.groupExists(handle, groupId)) {
            throw ApiException.invalid("the routing rule is not valid", List.of(new FieldError("groupId", "an existing group")));
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
