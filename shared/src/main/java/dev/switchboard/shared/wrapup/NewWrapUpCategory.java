package dev.switchboard.shared.wrapup;

/**
 * Body of {@code POST /api/v1/wrap-up/categories} (a category to add: {@code parentId} puts it
 * under that one, a null {@code position} last among its siblings) and of
 * {@code PUT /api/v1/wrap-up/categories/{id}} (a change: a null {@code name}, {@code position} or
 * {@code enabled} keeps it; {@code version} is required, the one read; {@code parentId} is
 * ignored, moves go through {@code PUT .../{id}/place}).
 */
public record NewWrapUpCategory(Long parentId, String name, Integer position, Boolean enabled, Long version) {

    /** A new category, or a change without a version (refused: a change must say what it changes). */
    public NewWrapUpCategory(Long parentId, String name, Integer position, Boolean enabled) {
        this(parentId, name, position, enabled, null);
    }
}
