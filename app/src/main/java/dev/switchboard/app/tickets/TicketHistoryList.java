package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A ticket's history, oldest first: when, who (or the rule that did it), which field, from what to
 * what. Values the history keeps as keys and ids (status, assignee, group, category) are worded as
 * the ticket fields are. Id {@code ticketHistory}.
 */
final class TicketHistoryList {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final I18n i18n;
    private final ZoneId zone;
    private final ObjectProperty<TicketTerms> terms;
    private final ListView<TicketHistoryEntry> root = new ListView<>();

    TicketHistoryList(I18n i18n, ZoneId zone, ObjectProperty<TicketTerms> terms) {
        this.i18n = i18n;
        this.zone = zone;
        this.terms = terms;
        root.setId("ticketHistory");
        root.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TicketHistoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : line(item));
                setWrapText(true);
            }
        });
    }

    ListView<TicketHistoryEntry> root() {
        return root;
    }

    void bind(Disposer disposer, ObservableList<TicketHistoryEntry> history) {
        root.setItems(history);
        disposer.onDispose(() -> root.setItems(null));
        disposer.invalidated(i18n.localeProperty(), observable -> root.refresh());
        disposer.invalidated(terms, observable -> root.refresh());
    }

    private String line(TicketHistoryEntry entry) {
        String who = entry.rule() != null ? i18n.get("tickets.history.rule", entry.rule())
                : entry.agentName() != null ? entry.agentName() : i18n.get("tickets.history.system");
        String when = WHEN.format(entry.at().atZone(zone));
        if ("created".equals(entry.field())) {
            return when + " · " + who + " · " + i18n.get("tickets.history.created");
        }
        String field = entry.field().startsWith(TicketPatch.CUSTOM_FIELD_PREFIX)
                ? entry.field().substring(TicketPatch.CUSTOM_FIELD_PREFIX.length())
                : i18n.get("tickets.field." + entry.field());
        return when + " · " + who + " · " + i18n.get("tickets.history.change", field, value(entry.field(), entry.fromValue()),
                value(entry.field(), entry.toValue()));
    }

    private String value(String field, String text) {
        if (text == null || text.isEmpty()) {
            return i18n.get("tickets.none");
        }
        TicketTerms now = terms.get();
        try {
            return switch (field) {
                case "status" -> now.status(text, i18n);
                case "priority" -> now.priority(TicketPriority.valueOf(text), i18n);
                case "assigneeId" -> now.agent(Long.parseLong(text));
                case "groupId" -> now.group(Long.parseLong(text));
                case "categoryId" -> now.category(Long.parseLong(text), i18n);
                default -> text;
            };
        } catch (IllegalArgumentException notAsExpected) {
            return text; // shown as the history has it
        }
    }
}
