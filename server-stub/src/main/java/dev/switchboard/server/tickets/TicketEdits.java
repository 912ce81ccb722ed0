package dev.switchboard.server.tickets;

import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A patch's bookkeeping on the backend, without the database (the ticket it asks for is
 * {@link dev.switchboard.shared.tickets.TicketPatches#apply}, shared with the workstation): the fields
 * that really change (a field set to the value it has is no change, so it neither conflicts nor
 * writes history). Tags and related tickets compare as sets.
 */
final class TicketEdits {

    private TicketEdits() {
    }

    /**
     * {@code patch} without {@code fields} (as history and conflicts name them, custom fields as
     * {@code customFields.<key>}): a synced change keeps the ticket's value of the fields changed since
     * its base version and applies the rest (ADR 0034).
     */
    static TicketPatch without(TicketPatch patch, Collection<String> fields) {
        Map<String, Object> custom = null;
        if (patch.customFields() != null) {
            custom = new HashMap<>();
            for (Map.Entry<String, Object> value : patch.customFields().entrySet()) {
                if (!fields.contains(TicketPatch.CUSTOM_FIELD_PREFIX + value.getKey())) {
                    custom.put(value.getKey(), value.getValue());
                }
            }
        }
        return new TicketPatch(patch.version(),
                fields.contains("subject") ? null : patch.subject(),
                fields.contains("description") ? null : patch.description(),
                fields.contains("categoryId") ? null : patch.categoryId(),
                fields.contains("priority") ? null : patch.priority(),
                fields.contains("status") ? null : patch.status(),
                fields.contains("assigneeId") ? null : patch.assigneeId(),
                fields.contains("groupId") ? null : patch.groupId(),
                fields.contains("tags") ? null : patch.tags(),
                fields.contains("parentId") ? null : patch.parentId(),
                fields.contains("relatedIds") ? null : patch.relatedIds(),
                custom,
                fields.contains("pendingUntil") ? null : patch.pendingUntil());
    }

    /** The fields whose value differs, with both values as the history shows them, in the order of {@link TicketPatch#FIELDS}. */
    static List<TicketStore.Change> diff(Ticket before, Ticket after) {
        List<TicketStore.Change> changes = new ArrayList<>();
        compare(changes, "subject", before.subject(), after.subject());
        compare(changes, "description", before.description(), after.description());
        compare(changes, "categoryId", before.categoryId(), after.categoryId());
        compare(changes, "priority", before.priority(), after.priority());
        compare(changes, "status", before.status(), after.status());
        compare(changes, "assigneeId", before.assigneeId(), after.assigneeId());
        compare(changes, "groupId", before.groupId(), after.groupId());
        compare(changes, "tags", sorted(before.tags()), sorted(after.tags()));
        compare(changes, "parentId", before.parentId(), after.parentId());
        compare(changes, "relatedIds", sorted(before.relatedIds()), sorted(after.relatedIds()));
        compare(changes, "pendingUntil", before.pendingUntil(), after.pendingUntil());
        TreeSet<String> keys = new TreeSet<>(before.customFields().keySet());
        keys.addAll(after.customFields().keySet());
        for (String key : keys) {
            compare(changes, TicketPatch.CUSTOM_FIELD_PREFIX + key, before.customFields().get(key), after.customFields().get(key));
        }
        return changes;
    }

    /** The ticket with the fields an SLA breach may change (ADR 0029), at the same version. */
    static Ticket escalated(Ticket ticket, TicketPriority priority, Long groupId, Long assigneeId) {
        return new Ticket(ticket.id(), ticket.number(), ticket.subject(), ticket.description(), ticket.requester(), ticket.categoryId(),
                priority, ticket.status(), assigneeId, groupId, ticket.channel(), ticket.tags(), ticket.conversationId(), ticket.parentId(),
                ticket.relatedIds(), ticket.customFields(), ticket.version(), ticket.createdBy(), ticket.createdAt(), ticket.updatedAt(),
                ticket.sla(), ticket.pendingUntil());
    }

    /** The same ticket at the next version, changed at {@code now}. */
    static Ticket nextVersion(Ticket ticket, Instant now) {
        return new Ticket(ticket.id(), ticket.number(), ticket.subject(), ticket.description(), ticket.requester(), ticket.categoryId(),
                ticket.priority(), ticket.status(), ticket.assigneeId(), ticket.groupId(), ticket.channel(), ticket.tags(),
                ticket.conversationId(), ticket.parentId(), ticket.relatedIds(), ticket.customFields(), ticket.version() + 1,
                ticket.createdBy(), ticket.createdAt(), now, ticket.sla(), ticket.pendingUntil());
    }

    private static void compare(List<TicketStore.Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new TicketStore.Change(field, text(before), text(after)));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
        return values.stream().sorted().toList();
    }

}
