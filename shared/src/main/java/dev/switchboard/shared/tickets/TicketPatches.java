package dev.switchboard.shared.tickets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link TicketPatch} applied to a {@link Ticket}, without a database: the one rule the backend
 * stores a change by and the workstation shows a change not synced yet by (ADR 0042), so an offline
 * replica shows what the backend will keep. Status rules, permissions and the pending reminder's
 * clearing on leaving a waiting status need the backend's tables and stay there.
 */
public final class TicketPatches {

    private TicketPatches() {
    }

    /**
     * The ticket as {@code patch} wants it, at the same version and times: a field the patch leaves
     * out stays; a clearable one set to empty is cleared; the subject is stripped, an empty
     * description is none, tags are stored as {@link TicketRules#normalizedTags}; custom fields change
     * by the keys named (a null value clears one).
     */
    public static Ticket apply(Ticket current, TicketPatch patch) {
        Map<String, Object> custom = new HashMap<>(current.customFields());
        if (patch.customFields() != null) {
            patch.customFields().forEach((key, value) -> {
                if (value == null) {
                    custom.remove(key);
                } else {
                    custom.put(key, value);
                }
            });
        }
        return new Ticket(current.id(), current.number(),
                patch.subject() != null ? patch.subject().strip() : current.subject(),
                patch.description() != null ? emptyToNull(patch.description()) : current.description(),
                current.requester(),
                or(patch.categoryId(), current.categoryId()),
                patch.priority() != null ? patch.priority() : current.priority(),
                patch.status() != null ? patch.status() : current.status(),
                or(patch.assigneeId(), current.assigneeId()),
                or(patch.groupId(), current.groupId()),
                current.channel(),
                patch.tags() != null ? TicketRules.normalizedTags(patch.tags()) : current.tags(),
                current.conversationId(),
                or(patch.parentId(), current.parentId()),
                patch.relatedIds() != null ? patch.relatedIds() : current.relatedIds(),
                custom, current.version(), current.createdBy(), current.createdAt(), current.updatedAt(), current.sla(),
                or(patch.pendingUntil(), current.pendingUntil()));
    }

    /** A clearable field of a patch: absent (null) keeps {@code current}, empty clears it. */
    private static <T> T or(Optional<T> patched, T current) {
        return patched != null ? patched.orElse(null) : current;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
