package dev.switchboard.shared.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Body of {@code PATCH /api/v1/tickets/{id}}: the {@code version} the change was made from, and the
 * fields to change. An absent field stays as it is. The fields that may be cleared are
 * {@link Optional}: absent (Java null) leaves them, JSON {@code null} (empty) clears them.
 * {@code tags} and {@code relatedIds} replace the whole list; {@code customFields} changes the keys
 * it names (a null value clears one). {@code pendingUntil} may be set only with (or in) a waiting status; leaving
 * the waiting statuses clears it. Read by {@link TicketPatchReader}, which tells absent from null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = TicketPatchReader.class)
public record TicketPatch(
        Long version,
        String subject,
        String description,
        Optional<Long> categoryId,
        TicketPriority priority,
        String status,
        Optional<Long> assigneeId,
        Optional<Long> groupId,
        List<String> tags,
        Optional<Long> parentId,
        List<Long> relatedIds,
        Map<String, Object> customFields,
        Optional<Instant> pendingUntil) {

    /** The field names of a ticket that a patch can change, as JSON and the history name them. */
    public static final List<String> FIELDS = List.of("subject", "description", "categoryId", "priority", "status",
            "assigneeId", "groupId", "tags", "parentId", "relatedIds", "pendingUntil");
    /** History and conflicts name a custom field {@code customFields.<key>}. */
    public static final String CUSTOM_FIELD_PREFIX = "customFields.";

    /** The fields this patch names, custom fields as {@code customFields.<key>}, in a stable order. */
    public Set<String> named() {
        Set<String> named = new LinkedHashSet<>();
        Object[] values = {subject, description, categoryId, priority, status, assigneeId, groupId, tags, parentId, relatedIds, pendingUntil};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                named.add(FIELDS.get(i));
            }
        }
        if (customFields != null) {
            customFields.keySet().forEach(key -> named.add(CUSTOM_FIELD_PREFIX + key));
        }
        return named;
    }

    /** A patch that leaves the pending reminder as it is (the shape before {@code pendingUntil}). */
    public TicketPatch(Long version, String subject, String description, Optional<Long> categoryId, TicketPriority priority, String status,
                       Optional<Long> assigneeId, Optional<Long> groupId, List<String> tags, Optional<Long> parentId, List<Long> relatedIds,
                       Map<String, Object> customFields) {
        this(version, subject, description, categoryId, priority, status, assigneeId, groupId, tags, parentId, relatedIds, customFields, null);
    }

    /** A patch from {@code version} that changes only the status. */
    public static TicketPatch status(long version, String status) {
        return new TicketPatch(version, null, null, null, null, status, null, null, null, null, null, null);
    }
}
