package dev.switchboard.server.tickets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.CustomFieldRules;
import dev.switchboard.shared.tickets.FieldType;
import dev.switchboard.shared.tickets.NewTicketField;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Custom ticket fields: administrators define them ({@code /api/v1/ticket-fields}); tickets' values
 * are checked against them on every create and change, in the ticket's transaction.
 */
final class CustomFields {

    private static final String COLUMNS = "id, field_key, name, name_zh, field_type, options, required, category_id, position, enabled, version";
    private static final RowMapper<FieldRow> FIELDS = RecordMapper.of(FieldRow.class);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** A row of {@code ticket_field}; options are JSON text. */
    public record FieldRow(long id, String fieldKey, String name, String nameZh, FieldType fieldType, String options, boolean required,
                           Long categoryId, int position, boolean enabled, long version) {
        TicketField toField() {
            try {
                List<String> choices = options == null ? List.of() : Json.mapper().readValue(options, STRINGS);
                return new TicketField(id, fieldKey, name, nameZh, fieldType, choices, required, categoryId, position, enabled, version);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored options of field " + fieldKey + " do not parse", e);
            }
        }
    }

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;

    CustomFields(Jdbi jdbi, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
    }

    List<TicketField> list(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(CustomFields::all);
    }

    TicketField create(Principal caller, NewTicketField request) {
        caller.require(Role.ADMIN);
        TicketService.require(CustomFieldRules.check(request, false), "the field is not valid");
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireCategory(handle, request.categoryId());
            if (all(handle).stream().anyMatch(field -> field.key().equals(request.key()))) {
                throw new ApiException(ProblemType.CONFLICT, "a field with the key " + request.key() + " exists");
            }
            int position = request.position() != null ? request.position()
                    : handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM ticket_field").mapTo(Integer.class).one();
            long id = handle.createUpdate("INSERT INTO ticket_field (field_key, name, name_zh, field_type, options, required, category_id,"
                            + " position, enabled, version) VALUES (:key, :name, :zh, :type, :options, :required, :category, :position, :enabled, 1)")
                    .bind("key", request.key()).bind("name", request.name().strip()).bind("zh", request.nameZh().strip())
                    .bind("type", request.type().name()).bind("options", options(request.options()))
                    .bind("required", Boolean.TRUE.equals(request.required())).bind("category", request.categoryId())
                    .bind("position", position).bind("enabled", !Boolean.FALSE.equals(request.enabled()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return recorded(tx, caller, id, "ticket-field.create");
        });
    }

    /** Everything but the key and the type may change (tickets' values are of that type under that key). */
    TicketField replace(Principal caller, long id, NewTicketField request) {
        caller.require(Role.ADMIN);
        TicketService.require(CustomFieldRules.check(request, true), "the field is not valid");
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            TicketField current = find(handle, id).orElseThrow(() -> ApiException.notFound("ticket field " + id));
            if (!current.key().equals(request.key()) || current.type() != request.type()) {
                throw ApiException.invalid("the key and the type of a field stay as they are",
                        List.of(new FieldError(current.key().equals(request.key()) ? "type" : "key", "as it is: " + current.key() + ", " + current.type())));
            }
            requireCategory(handle, request.categoryId());
            int changed = handle.createUpdate("UPDATE ticket_field SET name = :name, name_zh = :zh, options = :options, required = :required,"
                            + " category_id = :category, position = :position, enabled = :enabled, version = version + 1"
                            + " WHERE id = :id AND version = :version")
                    .bind("name", request.name().strip()).bind("zh", request.nameZh().strip()).bind("options", options(request.options()))
                    .bind("required", request.required() == null ? current.required() : request.required())
                    .bind("category", request.categoryId())
                    .bind("position", request.position() == null ? current.position() : request.position())
                    .bind("enabled", request.enabled() == null ? current.enabled() : request.enabled())
                    .bind("id", id).bind("version", request.version()).execute();
            if (changed == 0) {
                throw new ApiException(ProblemType.CONFLICT, "ticket field " + id + " changed meanwhile (now version " + current.version()
                        + "); reload it and apply your change again");
            }
            return recorded(tx, caller, id, "ticket-field.update");
        });
    }

    /**
     * Adds the errors of a ticket's custom field values: those in {@code checked} must be fields that
     * apply to the ticket's category, enabled, with a value of their type; every required field that
     * applies must have a value.
     */
    void check(Handle handle, Long categoryId, Map<String, Object> values, Collection<String> checked, List<FieldError> errors) {
        List<TicketField> fields = all(handle);
        if (fields.isEmpty() && checked.isEmpty()) {
            return;
        }
        Set<Long> lineage = lineage(handle, categoryId);
        errors.addAll(CustomFieldRules.check(fields, field -> field.categoryId() == null || lineage.contains(field.categoryId()), values, checked));
    }

    /** Errors for keys that name no field at all (whatever their value, even a null that would change nothing). */
    List<FieldError> unknown(Handle handle, Collection<String> keys) {
        Set<String> known = new HashSet<>(all(handle).stream().map(TicketField::key).toList());
        return keys.stream().filter(key -> !known.contains(key))
                .map(key -> new FieldError(dev.switchboard.shared.tickets.TicketPatch.CUSTOM_FIELD_PREFIX + key, CustomFieldRules.UNKNOWN)).toList();
    }

    /** What is stored of a create's values: those set (a null value is no value). */
    static Map<String, Object> stored(Map<String, Object> values) {
        if (values == null) {
            return Map.of();
        }
        Map<String, Object> set = new java.util.HashMap<>(values);
        set.values().removeIf(java.util.Objects::isNull);
        return set;
    }

    /** The category and those above it. */
    static Set<Long> lineage(Handle handle, Long categoryId) {
        Set<Long> lineage = new HashSet<>();
        Long current = categoryId;
        while (current != null && lineage.add(current)) {
            current = TicketSetup.category(handle, current).map(TicketCategory::parentId).orElse(null);
        }
        return lineage;
    }

    private TicketField recorded(ChangeLog.Tx tx, Principal caller, long id, String action) {
        TicketField field = find(tx.handle(), id).orElseThrow();
        tx.record(TicketField.ENTITY, Long.toString(id), ChangeOp.UPSERT, field);
        audit.record(tx.handle(), caller.agentId(), action, "ticket-field:" + id,
                field.key() + " " + field.type() + (field.required() ? " required" : "") + (field.enabled() ? "" : " (disabled)"));
        return field;
    }

    private static void requireCategory(Handle handle, Long categoryId) {
        if (categoryId != null && TicketSetup.category(handle, categoryId).isEmpty()) {
            throw ApiException.invalid("unknown category", List.of(new FieldError("categoryId", "an existing category")));
        }
    }

    private static String options(List<String> options) {
        if (options == null || options.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(options.stream().map(String::strip).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("options do not write as JSON", e);
        }
    }

    static List<TicketField> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_field ORDER BY position, id").map(FIELDS).map(FieldRow::toField).list();
    }

    private static Optional<TicketField> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_field WHERE id = :id").bind("id", id).map(FIELDS).map(FieldRow::toField).findOne();
    }
}
