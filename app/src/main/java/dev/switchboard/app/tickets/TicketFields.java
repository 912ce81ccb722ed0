package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketRules;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editable fields of the open ticket as the agent has them: status, priority, assignee, group,
 * category and tags. The change to send is what differs from the version read ({@link #patch}), so
 * two agents setting the same value do not collide and a field left alone is not sent. FX thread.
 */
final class TicketFields {

    final ObjectProperty<String> status = new SimpleObjectProperty<>();
    final ObjectProperty<TicketPriority> priority = new SimpleObjectProperty<>();
    final ObjectProperty<Pick> assignee = new SimpleObjectProperty<>(Pick.NONE);
    final ObjectProperty<Pick> group = new SimpleObjectProperty<>(Pick.NONE);
    final ObjectProperty<Pick> category = new SimpleObjectProperty<>(Pick.NONE);
    final StringProperty tags = new SimpleStringProperty("");

    /** Every field, for bindings that follow them. */
    Observable[] all() {
        return new Observable[] {status, priority, assignee, group, category, tags};
    }

    /** Shows {@code ticket}'s values, dropping what was typed. */
    void show(Ticket ticket) {
        status.set(ticket.status());
        priority.set(ticket.priority());
        assignee.set(Pick.of(ticket.assigneeId()));
        group.set(Pick.of(ticket.groupId()));
        category.set(Pick.of(ticket.categoryId()));
        tags.set(String.join(" ", ticket.tags()));
    }

    /** The tags as typed (split at spaces and commas), as the backend keeps them. */
    List<String> typedTags() {
        String text = tags.get() == null ? "" : tags.get();
        List<String> words = Arrays.stream(text.split("[\\s,，、]+")).filter(word -> !word.isBlank()).toList();
        return TicketRules.normalizedTags(words).stream().sorted().toList();
    }

    /** The change from {@code base} to the fields as they are, from {@code base}'s version; null when nothing differs. */
    TicketPatch patch(Ticket base) {
        String newStatus = Objects.equals(status.get(), base.status()) ? null : status.get();
        TicketPriority newPriority = priority.get() == base.priority() ? null : priority.get();
        Optional<Long> newAssignee = changed(assignee.get(), base.assigneeId());
        Optional<Long> newGroup = changed(group.get(), base.groupId());
        Optional<Long> newCategory = changed(category.get(), base.categoryId());
        List<String> typed = typedTags();
        List<String> newTags = typed.equals(base.tags().stream().sorted().toList()) ? null : typed;
        if (newStatus == null && newPriority == null && newAssignee == null && newGroup == null && newCategory == null && newTags == null) {
            return null;
        }
        return new TicketPatch(base.version(), null, null, newCategory, newPriority, newStatus, newAssignee, newGroup, newTags,
                null, null, null);
    }

    /**
     * The fields of {@code mine} (made from {@code base}) someone else changed since, as {@code current}
     * has them: what to show side by side after a refusal. All of them when none differs on its face
     * (changed and changed back meanwhile), so the agent still sees what they are deciding on.
     */
    static List<String> collisions(TicketPatch mine, Ticket base, Ticket current) {
        List<String> named = new ArrayList<>(mine.named());
        List<String> differing = named.stream().filter(field -> !Objects.equals(value(base, field), value(current, field))).toList();
        return differing.isEmpty() ? named : differing;
    }

    /** One field's value in words, for the side-by-side views of a refused change and of a sync conflict; times in {@code zone}. */
    static String describe(String field, Ticket ticket, TicketTerms terms, I18n i18n, ZoneId zone) {
        return switch (field) {
            case "pendingUntil" -> ticket.pendingUntil() == null ? i18n.get("tickets.none") : TicketTimes.dateTime(ticket.pendingUntil(), zone, i18n.locale());
            case "status" -> terms.status(ticket.status(), i18n);
            case "priority" -> terms.priority(ticket.priority(), i18n);
            case "assigneeId" -> noneIfEmpty(terms.agent(ticket.assigneeId()), i18n);
            case "groupId" -> noneIfEmpty(terms.group(ticket.groupId()), i18n);
            case "categoryId" -> noneIfEmpty(terms.category(ticket.categoryId(), i18n), i18n);
            case "tags" -> noneIfEmpty(String.join(" ", ticket.tags()), i18n);
            default -> value(ticket, field) == null ? i18n.get("tickets.none") : String.valueOf(value(ticket, field));
        };
    }

    private static String noneIfEmpty(String text, I18n i18n) {
        return text.isEmpty() ? i18n.get("tickets.none") : text;
    }

    private static Object value(Ticket ticket, String field) {
        return switch (field) {
            case "subject" -> ticket.subject();
            case "description" -> ticket.description();
            case "parentId" -> ticket.parentId();
            case "relatedIds" -> ticket.relatedIds().isEmpty() ? null : ticket.relatedIds().stream().sorted().toList();
            case "pendingUntil" -> ticket.pendingUntil();
            case "status" -> ticket.status();
            case "priority" -> ticket.priority();
            case "assigneeId" -> ticket.assigneeId();
            case "groupId" -> ticket.groupId();
            case "categoryId" -> ticket.categoryId();
            case "tags" -> ticket.tags().stream().sorted().toList();
            default -> field.startsWith(TicketPatch.CUSTOM_FIELD_PREFIX)
                    ? ticket.customFields().get(field.substring(TicketPatch.CUSTOM_FIELD_PREFIX.length())) : null;
        };
    }

    private static Optional<Long> changed(Pick pick, Long before) {
        Long now = pick == null ? null : pick.id();
        return Objects.equals(now, before) ? null : Optional.ofNullable(now);
    }
}
