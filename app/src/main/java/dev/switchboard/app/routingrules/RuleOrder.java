package dev.switchboard.app.routingrules;

import java.util.ArrayList;
import java.util.List;

/** Moving one rule in the routing order: a pure function of the ids, tested without a screen. */
final class RuleOrder {

    private RuleOrder() {
    }

    /**
     * The ids with {@code moved} put where {@code target} is: before it when moving up, after it
     * when moving down, so a rule dropped on another takes its place either way. Unchanged when
     * either is missing or they are the same.
     */
    static List<Long> move(List<Long> order, long moved, long target) {
        int from = order.indexOf(moved);
        int to = order.indexOf(target);
        if (from < 0 || to < 0 || from == to) {
            return order;
        }
        List<Long> changed = new ArrayList<>(order);
        changed.remove(from);
        changed.add(changed.indexOf(target) + (from < to ? 1 : 0), moved);
        return List.copyOf(changed);
    }
}
