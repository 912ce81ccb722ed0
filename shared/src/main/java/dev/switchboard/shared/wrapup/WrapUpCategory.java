package dev.switchboard.shared.wrapup;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One node of the wrap-up category tree: top-level categories have no parent; siblings are shown
 * in ascending {@code position}. A category that is not {@code enabled} is archived: hidden from
 * new wrap-ups, kept for the chats filed under it. An enabled category's parent is enabled too.
 *
 * @param version counts the changes an administrator made to this category (name, on or off, its
 *                place); a change must carry the version it was read with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WrapUpCategory(long id, Long parentId, String name, int position, boolean enabled, long version) {

    /** The change log's entity name: every workstation's wrap-up form follows the tree through it. */
    public static final String ENTITY = "wrapup_category";
}
