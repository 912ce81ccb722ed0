package dev.switchboard.shared.wrapup;

/** A category to add (with {@code parentId}, under that one) or a change to one; a null position puts it last, a null {@code enabled} keeps it. */
public record NewWrapUpCategory(Long parentId, String name, Integer position, Boolean enabled) {
}
