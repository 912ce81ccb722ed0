package dev.switchboard.app.tickets.fields;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.CustomFieldRules;
import dev.switchboard.shared.tickets.FieldType;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketPatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The custom fields of one ticket form (the open ticket, or a new one): which fields apply (the
 * enabled ones of the chosen category and the categories above it, and those of every category),
 * what the agent put in each, and what that makes: the values of a new ticket, or the changes from
 * the version read for a save. Checked with the shared {@link CustomFieldRules} before sending,
 * errors named {@code customFields.<key>} like the backend's. What was typed is kept per field key
 * while the form lives: a field that stops applying (another category chosen) and applies again
 * shows it again. FX thread.
 */
public final class CustomFieldEdits {

    private final boolean creating;
    private final ObjectProperty<List<TicketField>> definitions = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Map<Long, TicketCategory>> categories = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Long> categoryId = new SimpleObjectProperty<>();
    private final ObservableList<TicketField> applicable = FXCollections.observableArrayList();
    private final Map<String, FieldInput> inputs = new HashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private Map<String, Object> base = Map.of();

    /** @param creating the form of a new ticket: a checkbox starts unticked (a value), not unset */
    public CustomFieldEdits(boolean creating) {
        this.creating = creating;
        definitions.addListener((observable, before, now) -> refresh());
        categories.addListener((observable, before, now) -> refresh());
        categoryId.addListener((observable, before, now) -> refresh());
    }

    /** Every custom field defined (the administrators' setup, followed live). */
    public ObjectProperty<List<TicketField>> definitions() {
        return definitions;
    }

    /** The category tree, by id. */
    public ObjectProperty<Map<Long, TicketCategory>> categories() {
        return categories;
    }

    /** The category chosen in the form. */
    public ObjectProperty<Long> categoryId() {
        return categoryId;
    }

    /** The fields that apply now, in the administrators' order. */
    public ObservableList<TicketField> applicable() {
        return applicable;
    }

    /** Goes up whenever an input changes or other fields apply: for bindings that follow the form. */
    public ReadOnlyIntegerProperty revision() {
        return revision.getReadOnlyProperty();
    }

    /** What the agent put into field {@code key} (kept for the life of the form). */
    public FieldInput input(String key) {
        return inputs.computeIfAbsent(key, k -> {
            FieldInput input = new FieldInput();
            Runnable changed = () -> revision.set(revision.get() + 1);
            input.text.addListener(observable -> changed.run());
            input.checked.addListener(observable -> changed.run());
            input.chosen.addListener((javafx.collections.ListChangeListener<String>) change -> changed.run());
            return input;
        });
    }

    /** Shows a ticket's values (the version read), dropping what was put in. */
    public void show(Map<String, Object> values) {
        base = values == null ? Map.of() : Map.copyOf(values);
        inputs.values().forEach(FieldInput::clear);
        base.forEach((key, value) -> input(key).set(value));
        startCheckboxes();
    }

    /** An empty form. */
    public void clear() {
        show(Map.of());
    }

    /** The values of the fields that apply and have one: a new ticket's {@code customFields}. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TicketField field : applicable) {
            Object value = FieldValues.value(field, input(field.key()));
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    /** The fields that apply whose value differs from the version read: key to the new value, null to clear it. */
    public Map<String, Object> changes() {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (TicketField field : applicable) {
            Object now = FieldValues.value(field, input(field.key()));
            if (!FieldValues.same(now, base.get(field.key()))) {
                changes.put(field.key(), now);
            }
        }
        return changes;
    }

    /** The shared rules' errors of a new ticket's values. */
    public List<FieldError> checkNew() {
        Map<String, Object> values = values();
        return CustomFieldRules.check(definitions.get(), applies(), values, values.keySet());
    }

    /** The shared rules' errors of a save: the changed values checked, the whole set for what is required. */
    public List<FieldError> checkChanges() {
        Map<String, Object> changes = changes();
        Map<String, Object> whole = new HashMap<>(base);
        whole.keySet().retainAll(applicable.stream().map(TicketField::key).toList());
        whole.putAll(changes);
        whole.values().removeIf(java.util.Objects::isNull);
        return CustomFieldRules.check(definitions.get(), applies(), whole, changes.keySet());
    }

    /** {@code patch} (null: none yet) with the custom field changes added, from {@code version}; null when nothing changes at all. */
    public TicketPatch addTo(TicketPatch patch, long version) {
        Map<String, Object> changes = changes();
        if (changes.isEmpty()) {
            return patch;
        }
        Map<String, Object> custom = new HashMap<>(changes); // a HashMap keeps the nulls that clear a value
        if (patch == null) {
            return new TicketPatch(version, null, null, null, null, null, null, null, null, null, null, custom);
        }
        return new TicketPatch(patch.version(), patch.subject(), patch.description(), patch.categoryId(), patch.priority(), patch.status(),
                patch.assigneeId(), patch.groupId(), patch.tags(), patch.parentId(), patch.relatedIds(), custom);
    }

    /** The field {@code key} as defined, if it is. */
    public java.util.Optional<TicketField> field(String key) {
        return definitions.get().stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** Whether a field applies to the chosen category: it is for every category, or for this one or one above it. */
    private Predicate<TicketField> applies() {
        Set<Long> lineage = new HashSet<>();
        Long at = categoryId.get();
        while (at != null && lineage.add(at)) {
            TicketCategory category = categories.get().get(at);
            at = category == null ? null : category.parentId();
        }
        return field -> field.categoryId() == null || lineage.contains(field.categoryId());
    }

    private void refresh() {
        Predicate<TicketField> applies = applies();
        List<TicketField> now = new ArrayList<>(definitions.get().stream().filter(TicketField::enabled).filter(applies)
                .sorted(Comparator.comparingInt(TicketField::position).thenComparing(TicketField::id)).toList());
        if (!now.equals(applicable)) {
            applicable.setAll(now);
            startCheckboxes();
            revision.set(revision.get() + 1);
        }
    }

    /** A new ticket's checkbox is unticked, which is a value (false); an existing ticket's shows what it has. */
    private void startCheckboxes() {
        if (!creating) {
            return;
        }
        applicable.stream().filter(field -> field.type() == FieldType.CHECKBOX).map(field -> input(field.key()))
                .filter(input -> input.checked.get() == null).forEach(input -> input.checked.set(false));
    }
}
