package dev.switchboard.shared.wrapup;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change of the wrap-up category tree must respect: names (see {@link WrapUpRules}), no two
 * enabled siblings of one name (case ignored), at most {@link WrapUpRules#MAX_DEPTH} levels, no
 * category moved into itself or below itself, and an enabled category only under an enabled one.
 * The workstation checks a change against the tree it shows before sending; the backend checks it
 * again against the tree as stored, and decides. Messages are protocol constants the workstation
 * words in the reader's language.
 */
public final class WrapUpTreeRules {

    public static final String NAME_TAKEN = "another category here has this name";
    public static final String NAME_TAKEN_THERE = "a category there has this name";
    public static final String PARENT_MESSAGE = "an enabled category";
    public static final String TOO_DEEP = "at most " + WrapUpRules.MAX_DEPTH + " levels";
    public static final String INTO_ITSELF = "not the category itself or one below it";
    public static final String PARENT_DISABLED = "enable the category above it first";
    public static final String VERSION_REQUIRED = "required: the version the category was read with";
    public static final String INDEX_MESSAGE = "0 or more";

    private WrapUpTreeRules() {
    }

    /** A new category {@code name} under {@code parentId} (null: the top level). */
    public static List<FieldError> checkNew(List<WrapUpCategory> tree, Long parentId, String name) {
        List<FieldError> errors = new ArrayList<>(WrapUpRules.checkName(name));
        if (parentId != null) {
            Optional<WrapUpCategory> parent = find(tree, parentId).filter(WrapUpCategory::enabled);
            if (parent.isEmpty()) {
                errors.add(new FieldError("parentId", PARENT_MESSAGE));
                return errors;
            }
            if (depth(tree, parentId) >= WrapUpRules.MAX_DEPTH) {
                errors.add(new FieldError("parentId", TOO_DEEP));
            }
        }
        if (errors.isEmpty() && taken(tree, parentId, name.strip(), null)) {
            errors.add(new FieldError("name", NAME_TAKEN));
        }
        return errors;
    }

    /** A change of {@code current}'s name, place number or state, which must carry a version. */
    public static List<FieldError> checkChange(List<WrapUpCategory> tree, WrapUpCategory current, NewWrapUpCategory change) {
        List<FieldError> errors = new ArrayList<>();
        if (change.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        String name = change.name() == null ? current.name() : change.name();
        if (change.name() != null) {
            errors.addAll(WrapUpRules.checkName(change.name()));
        }
        boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
        if (enabled && !current.enabled() && current.parentId() != null
                && !find(tree, current.parentId()).map(WrapUpCategory::enabled).orElse(false)) {
            errors.add(new FieldError("enabled", PARENT_DISABLED));
        }
        if (enabled && errors.stream().noneMatch(error -> error.field().equals("name")) && taken(tree, current.parentId(), name.strip(), current.id())) {
            errors.add(new FieldError("name", NAME_TAKEN));
        }
        return errors;
    }

    /** Moving {@code moved}, with everything below it, to {@code place}. */
    public static List<FieldError> checkPlace(List<WrapUpCategory> tree, WrapUpCategory moved, WrapUpCategoryPlace place) {
        List<FieldError> errors = new ArrayList<>();
        if (place.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        if (place.index() == null || place.index() < 0) {
            errors.add(new FieldError("index", INDEX_MESSAGE));
        }
        Long parentId = place.parentId();
        if (parentId != null) {
            Optional<WrapUpCategory> parent = find(tree, parentId);
            if (parent.isEmpty()) {
                errors.add(new FieldError("parentId", PARENT_MESSAGE));
                return errors;
            }
            if (parentId == moved.id() || isBelow(tree, parentId, moved.id())) {
                errors.add(new FieldError("parentId", INTO_ITSELF));
                return errors;
            }
            if (moved.enabled() && !parent.get().enabled()) {
                errors.add(new FieldError("parentId", PARENT_MESSAGE));
                return errors;
            }
            if (depth(tree, parentId) + height(tree, moved.id()) > WrapUpRules.MAX_DEPTH) {
                errors.add(new FieldError("parentId", TOO_DEEP));
                return errors;
            }
        }
        if (moved.enabled() && taken(tree, parentId, moved.name(), moved.id())) {
            errors.add(new FieldError("parentId", NAME_TAKEN_THERE));
        }
        return errors;
    }

    /** 1 for a top-level category, 2 for its children, ... */
    public static int depth(List<WrapUpCategory> tree, long id) {
        int depth = 1;
        Long parent = find(tree, id).map(WrapUpCategory::parentId).orElse(null);
        // bounded: a tree stored before these rules cannot loop us forever
        while (parent != null && depth <= tree.size()) {
            depth++;
            parent = find(tree, parent).map(WrapUpCategory::parentId).orElse(null);
        }
        return depth;
    }

    /** 1 for a category with nothing below it, 2 when it has children, ... */
    public static int height(List<WrapUpCategory> tree, long id) {
        return height(tree, id, 0);
    }

    private static int height(List<WrapUpCategory> tree, long id, int guard) {
        if (guard > tree.size()) {
            return guard;
        }
        int below = 0;
        for (WrapUpCategory child : tree) {
            if (child.parentId() != null && child.parentId() == id) {
                below = Math.max(below, height(tree, child.id(), guard + 1));
            }
        }
        return 1 + below;
    }

    /** Whether {@code candidate} is somewhere below {@code ancestor}. */
    public static boolean isBelow(List<WrapUpCategory> tree, long candidate, long ancestor) {
        Long parent = find(tree, candidate).map(WrapUpCategory::parentId).orElse(null);
        for (int steps = 0; parent != null && steps <= tree.size(); steps++) {
            if (parent == ancestor) {
                return true;
            }
            parent = find(tree, parent).map(WrapUpCategory::parentId).orElse(null);
        }
        return false;
    }

    /** Whether an enabled category under {@code parentId}, other than {@code except}, is named {@code name}. */
    public static boolean taken(List<WrapUpCategory> tree, Long parentId, String name, Long except) {
        return tree.stream().anyMatch(c -> c.enabled() && Objects.equals(c.parentId(), parentId) && c.name().equalsIgnoreCase(name)
                && (except == null || c.id() != except));
    }

    private static Optional<WrapUpCategory> find(List<WrapUpCategory> tree, long id) {
        return tree.stream().filter(c -> c.id() == id).findFirst();
    }
}
