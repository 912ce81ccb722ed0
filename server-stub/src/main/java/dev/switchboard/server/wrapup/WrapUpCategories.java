package dev.switchboard.server.wrapup;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.wrapup.NewWrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategoryPlace;
import dev.switchboard.shared.wrapup.WrapUpRules;
import dev.switchboard.shared.wrapup.WrapUpTreeRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wrap-up category tree administrators arrange (售前咨询/产品咨询, 售后/维修, 投诉, ...). Read
 * from the database whenever it is needed: it is small, and every node then sees an edit at once.
 * Every change goes through the change log (entity {@code wrapup_category}, read by every agent,
 * so each workstation's wrap-up form follows at once) and the audit log, checked by
 * {@link WrapUpTreeRules} against the tree as stored. Changing or moving a category needs the
 * version it was read with (409 otherwise). Removing a category removes what is below it too:
 * categories some chat was filed under (or with such a category below them) are archived
 * (disabled) so that those chats keep their paths; the others are deleted.
 */
public final class WrapUpCategories {

    private static final Logger LOG = LoggerFactory.getLogger(WrapUpCategories.class);
    private static final RowMapper<WrapUpCategory> CATEGORY = RecordMapper.of(WrapUpCategory.class);
    private static final String COLUMNS = "id, parent_id, name, position, enabled, version";

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final AuditLog audit;

    WrapUpCategories(Jdbi jdbi, Clock clock, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changeLog = changeLog;
        this.audit = audit;
    }

    /** The tree as a list: parents before their children, siblings in order. */
    public List<WrapUpCategory> list(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(WrapUpCategories::all);
    }

    static List<WrapUpCategory> all(Handle handle) {
        List<WrapUpCategory> rows = handle.createQuery("SELECT " + COLUMNS + " FROM wrapup_category ORDER BY position, id")
                .map(CATEGORY).list();
        List<WrapUpCategory> ordered = new ArrayList<>(rows.size());
        addChildren(rows, null, ordered, 0);
        return ordered;
    }

    private static void addChildren(List<WrapUpCategory> rows, Long parentId, List<WrapUpCategory> into, int depth) {
        if (depth > rows.size()) {
            return;
        }
        for (WrapUpCategory row : rows) {
            if (Objects.equals(row.parentId(), parentId)) {
                into.add(row);
                addChildren(rows, row.id(), into, depth + 1);
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
        return below(jdbi.withHandle(WrapUpCategories::all), categoryId);
    }

    private static Set<Long> below(List<WrapUpCategory> tree, long categoryId) {
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
        requireValid(WrapUpRules.checkName(category.name()));
        String name = category.name().strip();
        WrapUpCategory created = changeLog.write(tx -> {
            List<WrapUpCategory> tree = all(tx.handle());
            requireValid(WrapUpTreeRules.checkNew(tree, category.parentId(), name));
            int position = category.position() != null ? category.position() : lastPosition(tree, category.parentId()) + 1;
            long id = insert(tx.handle(), category.parentId(), name, position);
            audit.record(tx.handle(), caller.agentId(), "wrapup.category.create", target(id), name);
            return recordUpsert(tx, id);
        });
        LOG.info("wrap-up category created: id={} name={} by={}", created.id(), name, caller.login());
        return created;
    }

    /**
     * Renames, renumbers, enables or disables a category. Disabling archives everything below it
     * too; enabling needs the category above enabled.
     */
    public WrapUpCategory update(Principal caller, long id, NewWrapUpCategory change) {
        caller.require(Role.ADMIN);
        WrapUpCategory updated = changeLog.write(tx -> {
            List<WrapUpCategory> tree = all(tx.handle());
            WrapUpCategory current = find(tree, id);
            requireValid(WrapUpTreeRules.checkChange(tree, current, change));
            requireVersion(current, change.version());
            String name = change.name() == null ? current.name() : change.name().strip();
            boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
            tx.handle().createUpdate("UPDATE wrapup_category SET name = :name, position = :position, enabled = :enabled, version = version + 1"
                            + " WHERE id = :id")
                    .bind("name", name).bind("position", change.position() == null ? current.position() : change.position())
                    .bind("enabled", enabled).bind("id", id).execute();
            if (current.enabled() && !enabled) {
                disable(tx, tree, below(tree, id), id);
            }
            audit.record(tx.handle(), caller.agentId(), auditAction(current, enabled), target(id),
                    current.name().equals(name) ? name : current.name() + " → " + name);
            return recordUpsert(tx, id);
        });
        LOG.info("wrap-up category changed: id={} version={} by={}", id, updated.version(), caller.login());
        return updated;
    }

    /** Moves a category, with everything below it, under another parent (or the top) at a place among its new siblings. */
    public List<WrapUpCategory> place(Principal caller, long id, WrapUpCategoryPlace place) {
        caller.require(Role.ADMIN);
        List<WrapUpCategory> tree = changeLog.write(tx -> {
            List<WrapUpCategory> before = all(tx.handle());
            WrapUpCategory moved = find(before, id);
            requireValid(WrapUpTreeRules.checkPlace(before, moved, place));
            requireVersion(moved, place.version());
            List<WrapUpCategory> siblings = new ArrayList<>(before.stream()
                    .filter(c -> Objects.equals(c.parentId(), place.parentId()) && c.id() != id).toList());
            siblings.add(Math.min(place.index(), siblings.size()), moved);
            tx.handle().createUpdate("UPDATE wrapup_category SET parent_id = :parent, version = version + 1 WHERE id = :id")
                    .bind("parent", place.parentId()).bind("id", id).execute();
            Set<Long> changed = new HashSet<>(Set.of(id));
            // the new siblings numbered 1, 2, ...: only those whose number changes are written
            for (int i = 0; i < siblings.size(); i++) {
                WrapUpCategory sibling = siblings.get(i);
                if (sibling.position() != i + 1 || sibling.id() == id) {
                    tx.handle().createUpdate("UPDATE wrapup_category SET position = :position WHERE id = :id")
                            .bind("position", i + 1).bind("id", sibling.id()).execute();
                    changed.add(sibling.id());
                }
            }
            changed.forEach(changedId -> recordUpsert(tx, changedId));
            audit.record(tx.handle(), caller.agentId(), "wrapup.category.move", target(id), moved.name() + " → "
                    + (place.parentId() == null ? "top" : find(before, place.parentId()).name()) + " #" + (siblings.indexOf(moved) + 1));
            return all(tx.handle());
        });
        LOG.info("wrap-up category moved: id={} under={} by={}", id, place.parentId(), caller.login());
        return tree;
    }

    /**
     * Removes the category and everything below it: those some wrap-up was filed under (or that
     * have such a one below them) are archived, so past wrap-ups keep their paths; the others go.
     */
    public void remove(Principal caller, long id) {
        caller.require(Role.ADMIN);
        int[] counts = changeLog.write(tx -> {
            List<WrapUpCategory> tree = all(tx.handle());
            WrapUpCategory removed = find(tree, id);
            Set<Long> gone = below(tree, id);
            Set<Long> used = new HashSet<>(tx.handle().createQuery("SELECT DISTINCT category_id FROM chat_wrapup_category WHERE category_id IN (<ids>)")
                    .bindList("ids", List.copyOf(gone)).mapTo(Long.class).list());
            Set<Long> kept = new HashSet<>();
            for (long usedId : used) {
                kept.add(usedId);
                // its ancestors within the removed part make up its path
                Long parent = find(tree, usedId).parentId();
                while (parent != null && gone.contains(parent) && kept.add(parent)) {
                    parent = find(tree, parent).parentId();
                }
            }
            disable(tx, tree, kept, -1);
            // the deepest first: a row is deleted after the rows that point at it
            List<WrapUpCategory> deleted = tree.stream().filter(c -> gone.contains(c.id()) && !kept.contains(c.id()))
                    .sorted((a, b) -> Integer.compare(WrapUpTreeRules.depth(tree, b.id()), WrapUpTreeRules.depth(tree, a.id()))).toList();
            for (WrapUpCategory category : deleted) {
                tx.handle().createUpdate("DELETE FROM wrapup_category WHERE id = :id").bind("id", category.id()).execute();
                tx.record(WrapUpCategory.ENTITY, Long.toString(category.id()), ChangeOp.DELETE, null);
            }
            audit.record(tx.handle(), caller.agentId(), "wrapup.category.remove", target(id),
                    removed.name() + ": " + deleted.size() + " deleted, " + kept.size() + " archived (used by past wrap-ups)");
            return new int[] {deleted.size(), kept.size()};
        });
        LOG.info("wrap-up category removed: id={} deleted={} archived={} by={}", id, counts[0], counts[1], caller.login());
    }

    /** Archives {@code ids} (those still enabled; not {@code except}, written by the caller): each a change of its own. */
    private void disable(ChangeLog.Tx tx, List<WrapUpCategory> tree, Set<Long> ids, long except) {
        for (WrapUpCategory category : tree) {
            if (ids.contains(category.id()) && category.enabled() && category.id() != except) {
                tx.handle().createUpdate("UPDATE wrapup_category SET enabled = FALSE, version = version + 1 WHERE id = :id")
                        .bind("id", category.id()).execute();
                recordUpsert(tx, category.id());
            }
        }
    }

    private static WrapUpCategory recordUpsert(ChangeLog.Tx tx, long id) {
        WrapUpCategory category = tx.handle().createQuery("SELECT " + COLUMNS + " FROM wrapup_category WHERE id = :id").bind("id", id)
                .map(CATEGORY).one();
        tx.record(WrapUpCategory.ENTITY, Long.toString(id), ChangeOp.UPSERT, category);
        return category;
    }

    private static WrapUpCategory find(List<WrapUpCategory> tree, long id) {
        return tree.stream().filter(c -> c.id() == id).findFirst().orElseThrow(() -> ApiException.notFound("category " + id));
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the category is not valid", errors);
        }
    }

    private static void requireVersion(WrapUpCategory current, long sent) {
        if (current.version() != sent) {
            throw new ApiException(ProblemType.CONFLICT, "category " + current.id() + " changed meanwhile (now version " + current.version()
                    + ", you sent " + sent + "); reload it and apply your change again");
        }
    }

    private static int lastPosition(List<WrapUpCategory> tree, Long parentId) {
        return tree.stream().filter(c -> Objects.equals(c.parentId(), parentId)).mapToInt(WrapUpCategory::position).max().orElse(0);
    }

    private static String auditAction(WrapUpCategory before, boolean enabled) {
        if (before.enabled() == enabled) {
            return "wrapup.category.update";
        }
        return enabled ? "wrapup.category.enable" : "wrapup.category.disable";
    }

    private static String target(long id) {
        return "wrapup_category:" + id;
    }

    private long insert(Handle handle, Long parentId, String name, int position) {
        return handle.createUpdate("""
                        INSERT INTO wrapup_category (parent_id, name, position, enabled, created_at, version)
                        VALUES (:parent, :name, :position, TRUE, :now, 1)""")
                .bind("parent", parentId).bind("name", name).bind("position", position).bind("now", clock.instant())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The demo tree, added to an empty table; running it twice changes nothing. */
    void seedDemo() {
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            if (handle.createQuery("SELECT COUNT(*) FROM wrapup_category").mapTo(Long.class).one() > 0) {
                return null;
            }
            String[][] tree = {
                    {"售前咨询 Pre-sales", "产品咨询 Product questions", "价格与优惠 Prices and offers"},
                    {"售后 After-sales", "维修 Repairs", "退换货 Returns", "退款 Refunds"},
                    {"投诉 Complaints"},
                    {"其他 Other"}};
            for (int i = 0; i < tree.length; i++) {
                long parent = insert(handle, null, tree[i][0], i + 1);
                recordUpsert(tx, parent);
                for (int j = 1; j < tree[i].length; j++) {
                    recordUpsert(tx, insert(handle, parent, tree[i][j], j));
                }
            }
            LOG.info("demo wrap-up categories created");
            return null;
        });
    }
}
