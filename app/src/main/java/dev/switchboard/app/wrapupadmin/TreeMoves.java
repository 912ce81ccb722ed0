package dev.switchboard.app.wrapupadmin;

import dev.switchboard.shared.wrapup.WrapUpCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a category goes when it is moved up, down or dropped on another: pure functions of the
 * tree as listed (parents before children, siblings in order), tested without a screen. A place is
 * a parent (null: the top) and an index among the siblings there without the moved category, as
 * {@code PUT .../{id}/place} takes it. Whether the place is allowed is for the shared rules.
 */
final class TreeMoves {

    record Place(Long parentId, int index) {
    }

    private TreeMoves() {
    }

    /** One place up among its siblings; empty when it is first. */
    static Optional<Place> up(List<WrapUpCategory> tree, long id) {
        return find(tree, id).flatMap(moved -> {
            int at = siblings(tree, moved.parentId()).indexOf(moved);
            return at <= 0 ? Optional.empty() : Optional.of(new Place(moved.parentId(), at - 1));
        });
    }

    /** One place down among its siblings; empty when it is last. */
    static Optional<Place> down(List<WrapUpCategory> tree, long id) {
        return find(tree, id).flatMap(moved -> {
            List<WrapUpCategory> siblings = siblings(tree, moved.parentId());
            int at = siblings.indexOf(moved);
            return at < 0 || at == siblings.size() - 1 ? Optional.empty() : Optional.of(new Place(moved.parentId(), at + 1));
        });
    }

    /**
     * {@code dragged} dropped on {@code target}: onto a sibling, it takes the sibling's place (after
     * it when moving down the list, before it when moving up); onto any other category, it becomes
     * that one's last child; onto nothing ({@code target} null), the last at the top.
     */
    static Optional<Place> drop(List<WrapUpCategory> tree, long dragged, Long target) {
        Optional<WrapUpCategory> moved = find(tree, dragged);
        if (moved.isEmpty() || Objects.equals(target, dragged)) {
            return Optional.empty();
        }
        if (target == null) {
            return Optional.of(new Place(null, without(siblings(tree, null), dragged).size()));
        }
        Optional<WrapUpCategory> onto = find(tree, target);
        if (onto.isEmpty()) {
            return Optional.empty();
        }
        if (Objects.equals(onto.get().parentId(), moved.get().parentId())) {
            List<WrapUpCategory> siblings = siblings(tree, moved.get().parentId());
            boolean down = siblings.indexOf(moved.get()) < siblings.indexOf(onto.get());
            int targetIndex = without(siblings, dragged).indexOf(onto.get());
            return Optional.of(new Place(moved.get().parentId(), targetIndex + (down ? 1 : 0)));
        }
        return Optional.of(new Place(target, without(siblings(tree, target), dragged).size()));
    }

    /** The place as the last child of {@code parentId} (null: the top). */
    static Place last(List<WrapUpCategory> tree, long moved, Long parentId) {
        return new Place(parentId, without(siblings(tree, parentId), moved).size());
    }

    static List<WrapUpCategory> siblings(List<WrapUpCategory> tree, Long parentId) {
        return tree.stream().filter(c -> Objects.equals(c.parentId(), parentId)).toList();
    }

    private static List<WrapUpCategory> without(List<WrapUpCategory> categories, long id) {
        return categories.stream().filter(c -> c.id() != id).toList();
    }

    private static Optional<WrapUpCategory> find(List<WrapUpCategory> tree, long id) {
        return tree.stream().filter(c -> c.id() == id).findFirst();
    }
}
