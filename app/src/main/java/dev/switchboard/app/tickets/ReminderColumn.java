package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The ticket table's pending reminder column: when a waiting ticket is to be looked at again, in the
 * agent's zone and language; empty for tickets without one. It sorts by {@link TicketColumn#REMINDER}, soonest first.
 */
final class ReminderColumn {

    private ReminderColumn() {
    }

    /** A column with id {@code ticketReminder}; its title is the caller's to bind. */
    static TableColumn<Ticket, Instant> create(I18n i18n, ZoneId zone) {
        TableColumn<Ticket, Instant> column = new TableColumn<>();
        column.setId("ticketReminder");
        column.setMinWidth(120);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().pendingUntil()));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty ? null : TicketTimes.dateTime(at, zone, i18n.locale()));
            }
        });
        return column;
    }
}
