package dev.switchboard.app.canned;

import java.util.ArrayList;
import java.util.List;

/** Moving one reply in its scope's order: a pure function of the ids, tested without a screen. */
final class ReplyOrder {

    private ReplyOrder() {
    }

    /**
     * The scope's ids with {@code moved} put where {@code target} is: before it when moving up the
     * list, after it when moving down, so a reply dropped on another takes its place either way.
     * Unchanged when either is not in the scope or they are the same.
     */
    static List<Long> move(List<Long> scope, long moved, long target) {
        int from = scope.indexOf(moved);
        int to = scope.indexOf(target);
        if (from < 0 || to < 0 || from == to) {
            return scope;
        }
        List<Long> order = new ArrayList<>(scope);
        order.remove(from);
        order.add(order.indexOf(target) + (from < to ? 1 : 0), moved);
        return List.copyOf(order);
    }
}
