package dev.switchboard.server.wrapup;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.NewWrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wrap-up category tree administrators arrange (售前咨询/产品咨询, 售后/维修, 投诉, ...). Read
 * from the database whenever it is needed: it is small, and every node then sees an edit at once.
 * Removing a category disables it and everything under it; chats filed under it keep it.
 */
public final class WrapUpCategories {

    private static final Logger LOG = LoggerFactory.getLogger(WrapUpCategories.class);
    private static final RowMapper<WrapUpCategory> CATEGORY = RecordMapper.of(WrapUpCategory.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;

    WrapUpCategories(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** The tree as a list: parents before their children, siblings in order. */
    public List<WrapUpCategory> list(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(WrapUpCategories::all);
    }

    static List<WrapUpCategory> all(Handle handle) {
        List<WrapUpCategory> rows = handle.createQuery("SELECT id, parent_id, name, position, enabled FROM wrapup_category ORDER BY position, id")
                .map(CATEGORY).list();
        List<WrapUpCategory> ordered = new ArrayList<>(rows.size());
        addChildren(rows, null, ordered);
        return ordered;
    }

    private static void addChildren(List<WrapUpCategory> rows, Long parentId, List<WrapUpCategory> into) {
        for (WrapUpCategory row : rows) {
            if (java.util.Objects.equals(row.parentId(), parentId)) {
                into.add(row);
                addChildren(rows, row.id(), into);
            }
        }
    }

    /** Each category's path from the top, "售后/维修". */
    static Map<Long, String> paths(List<WrapUpCategory> tree) {
        Map<Long, WrapUpCategory> byId = new HashMap<>();
        tree.forEach(category -> byId.put(category.id(), category));
        Map<Long, String> paths = new HashMap<>();
        for (WrapUpCategory category : tree) {
            StringBuilder path = new StringBuilder(category.name());
            Long parent = category.parentId();
            for (int depth = 0; parent != null && depth < WrapUpRules.MAX_DEPTH; depth++) {
                WrapUpCategory above = byId.get(parent);
                if (above == null) {
                    break;
                }
                path.insert(0, above.name() + "/");
                parent = above.parentId();
            }
            paths.put(category.id(), path.toString());
        }
        return paths;
    }

    /** The category and every one below it: a search for 售后 finds chats filed under 售后/维修. */
    public Set<Long> withDescendants(long categoryId) {
        List<WrapUpCategory> tree = jdbi.withHandle(WrapUpCategories::all);
        Set<Long> found = new HashSet<>(Set.of(categoryId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (WrapUpCategory category : tree) {
                if (category.parentId() != null && found.contains(category.parentId())) {
                    grew |= found.add(category.id());
                }
            }
        }
        return found;
    }

    public WrapUpCategory create(Principal caller, NewWrapUpCategory category) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>(WrapUpRules.checkName(category.name()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the category is not valid", errors);
        }
        String name = category.name().strip();
        long id = jdbi.inTransaction(handle -> {
            List<WrapUpCategory> tree = all(handle);
            if (category.parentId() != null) {
                WrapUpCategory parent = tree.stream().filter(c -> c.id() == category.parentId() && c.enabled()).findFirst()
                        .orElseThrow(() -> ApiException.invalid("unknown parent", List.of(new FieldError("parentId", "an enabled category"))));
                if (depth(tree, parent) >= WrapUpRules.MAX_DEPTH) {
                    throw ApiException.invalid("the tree is too deep", List.of(new FieldError("parentId", "at most " + WrapUpRules.MAX_DEPTH + " levels")));
                }
            }
            requireUniqueAmongSiblings(tree, category.parentId(), name, null);
            int position = category.position() != null ? category.position()
                    : tree.stream().filter(c -> java.util.Objects.equals(c.parentId(), category.parentId())).mapToInt(WrapUpCategory::position).max().orElse(0) + 1;
            long created = insert(handle, category.parentId(), name, position);
            audit.record(handle, caller.agentId(), "wrapup.category.create", "wrapup_category:" + created, name);
            return created;
        });
        LOG.info("wrap-up category created: id={} name={} by={}", id, name, caller.login());
        return find(id);
    }

    public WrapUpCategory update(Principal caller, long id, NewWrapUpCategory change) {
        caller.require(Role.ADMIN);
        if (change.name() != null && !WrapUpRules.checkName(change.name()).isEmpty()) {
            throw ApiException.invalid("the category is not valid", WrapUpRules.checkName(change.name()));
        }
        jdbi.useTransaction(handle -> {
            List<WrapUpCategory> tree = all(handle);
            WrapUpCategory current = tree.stream().filter(c -> c.id() == id).findFirst().orElseThrow(() -> ApiException.notFound("category " + id));
            String name = change.name() == null ? current.name() : change.name().strip();
            requireUniqueAmongSiblings(tree, current.parentId(), name, id);
            handle.createUpdate("UPDATE wrapup_category SET name = :name, position = :position, enabled = :enabled WHERE id = :id")
                    .bind("name", name).bind("position", change.position() == null ? current.position() : change.position())
                    .bind("enabled", change.enabled() == null ? current.enabled() : change.enabled()).bind("id", id).execute();
            audit.record(handle, caller.agentId(), "wrapup.category.update", "wrapup_category:" + id, name);
        });
        return find(id);
    }

    /** Disables the category and everything below it; chats filed under them keep them. */
    public void remove(Principal caller, long id) {
        caller.require(Role.ADMIN);
        find(id);
        Set<Long> gone = withDescendants(id);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("UPDATE wrapup_category SET enabled = FALSE WHERE id IN (<ids>)").bindList("ids", List.copyOf(gone)).execute();
            audit.record(handle, caller.agentId(), "wrapup.category.remove", "wrapup_category:" + id, gone.size() + " categories");
        });
        LOG.info("wrap-up category removed: id={} with {} below by={}", id, gone.size() - 1, caller.login());
    }

    private WrapUpCategory find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, parent_id, name, position, enabled FROM wrapup_category WHERE id = :id")
                .bind("id", id).map(CATEGORY).findOne()).orElseThrow(() -> ApiException.notFound("category " + id));
    }

    private static int depth(List<WrapUpCategory> tree, WrapUpCategory category) {
        int depth = 1;
        Long parent = category.parentId();
        while (parent != null && depth <= WrapUpRules.MAX_DEPTH) {
            Long above = parent;
            parent = tree.stream().filter(c -> c.id() == above).findFirst().map(WrapUpCategory::parentId).orElse(null);
            depth++;
        }
        return depth;
    }

    private static void requireUniqueAmongSiblings(List<WrapUpCategory> tree, Long parentId, String name, Long except) {
        boolean taken = tree.stream().anyMatch(c -> c.enabled() && java.util.Objects.equals(c.parentId(), parentId)
                && c.name().equalsIgnoreCase(name) && (except == null || c.id() != except));
        if (taken) {
            throw ApiException.invalid("the name is taken", List.of(new FieldError("name", "another category here has this name")));
        }
    }

    private long insert(Handle handle, Long parentId, String name, int position) {
        return handle.createUpdate("""
                        INSERT INTO wrapup_category (parent_id, name, position, enabled, created_at)
                        VALUES (:parent, :name, :position, TRUE, :now)""")
                .bind("parent", parentId).bind("name", name).bind("position", position).bind("now", clock.instant())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The demo tree, added to an empty table; running it twice changes nothing. */
    void seedDemo() {
        jdbi.useTransaction(handle -> {
            if (handle.createQuery("SELECT COUNT(*) FROM wrapup_category").mapTo(Long.class).one() > 0) {
                return;
            }
            String[][] tree = {
                    {"售前咨询 Pre-sales", "产品咨询 Product questions", "价格与优惠 Prices and offers"},
                    {"售后 After-sales", "维修 Repairs", "退换货 Returns", "退款 Refunds"},
                    {"投诉 Complaints"},
                    {"其他 Other"}};
            for (int i = 0; i < tree.length; i++) {
                long parent = insert(handle, null, tree[i][0], i + 1);
                for (int j = 1; j < tree[i].length; j++) {
                    insert(handle, parent, tree[i][j], j);
                }
            }
            LOG.info("demo wrap-up categories created");
        });
    }
}
