package dev.switchboard.shared.wrapup;

/**
 * Body of {@code PUT /api/v1/wrap-up/categories/{id}/place}: where a category goes, with
 * everything below it. {@code parentId} null is the top level; {@code index} its place among its
 * new siblings (0 first; past the last puts it last); {@code version} the one it was read with.
 */
public record WrapUpCategoryPlace(Long parentId, Integer index, Long version) {
}
