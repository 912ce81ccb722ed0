package dev.switchboard.shared.chat;

import java.util.List;

/**
 * Body of {@code PUT /api/v1/canned-replies/order}: every reply of one scope (the caller's personal
 * replies when {@code groupId} is null, otherwise the group's), in the order to show them.
 */
public record CannedReplyOrder(Long groupId, List<Long> ids) {

    public CannedReplyOrder {
        ids = ids == null ? null : List.copyOf(ids);
    }
}
