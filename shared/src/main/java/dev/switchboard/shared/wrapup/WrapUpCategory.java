package dev.switchboard.shared.wrapup;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One node of the wrap-up category tree: top-level categories have no parent; siblings are shown
 * in ascending {@code position}. A removed category is not {@code enabled}: it stays for the chats
 * filed under it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WrapUpCategory(long id, Long parentId, String name, int position, boolean enabled) {
}
