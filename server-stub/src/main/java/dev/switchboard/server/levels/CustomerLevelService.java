package dev.switchboard.server.levels;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.distribution.LevelPriorities;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.levels.CustomerLevel;
import dev.switchboard.shared.levels.CustomerLevelRules;
import dev.switchboard.shared.levels.NewCustomerLevel;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Customer levels as administrators configure them ({@code /api/v1/customer-levels}, ADR 0026): the
 * labels staff give visitors, and the queue priority each gives their chats. Nothing is kept in
 * memory: the list is read from the database on each request and a level's priority in each new
 * chat's own transaction ({@link LevelPriorities}), so a change made on any node applies to the
 * next chat everywhere (ADR 0008). Every change is audited and in the change log (entity
 * {@code customer_level}, seen by every agent), which also moves the chats waiting now.
 *
 * <p>Visitors and routing rules carry a level's name, not its id: a level that routing rules match
 * is neither deleted nor renamed (409 naming the rules), and a visitor whose level was deleted keeps
 * the label, now with priority 0.
 */
public final class CustomerLevelService implements LevelPriorities {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerLevelService.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    /** The routing rules as their service keeps them, to tell which match a level's name. */
    private final Function<Principal, List<RoutingRule>> routingRules;
    private final CustomerLevelStore store = new CustomerLevelStore();

    public CustomerLevelService(Jdbi jdbi, ChangeLog changeLog, AuditLog audit, Function<Principal, List<RoutingRule>> routingRules) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
        this.routingRules = routingRules;
    }

    @Override
    public int priorityOf(Handle handle, String level) {
        return store.priorityOf(handle, level);
    }

    /** Every level in list order; every agent may read them, as agents give visitors levels. */
    public List<CustomerLevel> list(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(store::all);
    }

    public CustomerLevel create(Principal caller, NewCustomerLevel request) {
        caller.require(Role.ADMIN);
        NewCustomerLevel level = valid(request, false);
        CustomerLevel created = changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireFreeName(handle, level.name(), null);
            long id = store.insert(handle, level);
            CustomerLevel stored = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "customer-level.create", target(id), json(stored));
            tx.record(CustomerLevel.ENTITY, Long.toString(id), ChangeOp.UPSERT, stored);
            return stored;
        });
        LOG.info("customer level created: id={} name={} priority={} by={}", created.id(), created.name(), created.queuePriority(), caller.login());
        return created;
    }

    public CustomerLevel replace(Principal caller, long id, NewCustomerLevel request) {
        caller.require(Role.ADMIN);
        NewCustomerLevel level = valid(request, true);
        CustomerLevel replaced = changeLog.write(tx -> {
            Handle handle = tx.handle();
            CustomerLevel current = store.find(handle, id).orElseThrow(() -> ApiException.notFound("customer level " + id));
            if (current.version() != level.version()) {
                throw stale(current, level.version());
            }
            requireFreeName(handle, level.name(), id);
            if (!CustomerLevelRules.key(current.name()).equals(CustomerLevelRules.key(level.name()))) {
                List<String> using = rulesMatching(caller, current.name());
                if (!using.isEmpty()) {
                    throw refused("name", CustomerLevelRules.NAME_IN_USE, "routing rules match " + current.name() + ": "
                            + String.join(", ", using) + "; change their customer level first, then rename the level");
                }
            }
            if (!store.replace(handle, id, level.version(), level, level.position() == null ? current.position() : level.position())) {
                throw stale(current, level.version());
            }
            CustomerLevel stored = store.find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "customer-level.update", target(id), json(stored));
            tx.record(CustomerLevel.ENTITY, Long.toString(id), ChangeOp.UPSERT, stored);
            return stored;
        });
        LOG.info("customer level changed: id={} version={} priority={} by={}", id, replaced.version(), replaced.queuePriority(), caller.login());
        return replaced;
    }

    /**
     * Deletes a level no routing rule matches. Visitors who have it keep the label, which gives their
     * chats priority 0 from now on (their waiting chats move back at once).
     *
     * @param version the version read, or null to delete whatever the version
     */
    public void delete(Principal caller, long id, Long version) {
        caller.require(Role.ADMIN);
        CustomerLevel deleted = changeLog.write(tx -> {
            Handle handle = tx.handle();
            CustomerLevel current = store.find(handle, id).orElseThrow(() -> ApiException.notFound("customer level " + id));
            if (version != null && current.version() != version) {
                throw stale(current, version);
            }
            List<String> using = rulesMatching(caller, current.name());
            if (!using.isEmpty()) {
                throw new ApiException(ProblemType.CONFLICT, "routing rules match the level " + current.name() + ": " + String.join(", ", using)
                        + "; change or delete them first, then delete the level");
            }
            store.delete(handle, id);
            audit.record(handle, caller.agentId(), "customer-level.delete", target(id), json(current));
            tx.record(CustomerLevel.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return current;
        });
        LOG.info("customer level deleted: id={} name={} by={}", id, deleted.name(), caller.login());
    }

    /** The demo's levels besides VIP, those missing added: 金卡 Gold (5) and 普通 Normal (0). */
    void seedDemo() {
        List<NewCustomerLevel> demo = List.of(
                new NewCustomerLevel("金卡 Gold", "Gold card members: served before ordinary visitors, after VIPs", 5, "#b8860b", null, null),
                new NewCustomerLevel("普通 Normal", "Everyone else", 0, null, null, null));
        for (NewCustomerLevel level : demo) {
            changeLog.write(tx -> {
                Handle handle = tx.handle();
                if (store.named(handle, level.name()).isEmpty()) {
                    long id = store.insert(handle, level);
                    tx.record(CustomerLevel.ENTITY, Long.toString(id), ChangeOp.UPSERT, store.find(handle, id).orElseThrow());
                }
                return null;
            });
        }
    }

    private List<String> rulesMatching(Principal caller, String name) {
        String key = CustomerLevelRules.key(name);
        return routingRules.apply(caller).stream()
                .filter(rule -> rule.customerLevel() != null && CustomerLevelRules.key(rule.customerLevel()).equals(key))
                .map(RoutingRule::name).collect(Collectors.toList());
    }

    private static NewCustomerLevel valid(NewCustomerLevel request, boolean replacing) {
        if (request == null) {
            throw ApiException.invalid("a body is required", List.of(new FieldError("name", CustomerLevelRules.NAME_MESSAGE)));
        }
        List<FieldError> errors = CustomerLevelRules.check(request, replacing);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the customer level is not valid", errors);
        }
        return CustomerLevelRules.normalize(request);
    }

    /** A name another level has (any case): a clash with that level, named next to the name field (not a stale edit). */
    private void requireFreeName(Handle handle, String name, Long except) {
        store.named(handle, name).filter(other -> except == null || other.id() != except).ifPresent(other -> {
            throw refused("name", CustomerLevelRules.NAME_TAKEN, "a customer level is named " + other.name() + " already");
        });
    }

    private static ApiException refused(String field, String message, String detail) {
        ProblemType type = ProblemType.CONFLICT;
        return new ApiException(new Problem(type.uri(), type.title(), type.status(), detail, List.of(new FieldError(field, message))), Map.of());
    }

    private static ApiException stale(CustomerLevel current, long sent) {
        return new ApiException(ProblemType.CONFLICT, "customer level " + current.id() + " changed meanwhile (now version " + current.version()
                + ", you sent " + sent + "); reload it and apply your change again");
    }

    private static String target(long id) {
        return "customer-level:" + id;
    }

    private static String json(CustomerLevel level) {
        try {
            return Json.mapper().writeValueAsString(level);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
