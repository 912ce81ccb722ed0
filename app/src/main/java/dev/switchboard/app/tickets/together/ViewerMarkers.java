package dev.switchboard.app.tickets.together;

import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.together.TicketViewers;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The list's marker of tickets colleagues have open: an eye with how many, a pen when one of them
 * is writing a reply; their names in the tooltip. Cells' ids {@code ticketViewersMark-<number>}.
 */
public final class ViewerMarkers {

    private ViewerMarkers() {
    }

    public static TableColumn<Ticket, List<TicketViewers.Viewer>> column(TicketViewersModel viewers) {
        TableColumn<Ticket, List<TicketViewers.Viewer>> column = new TableColumn<>();
        column.setId("ticketViewersColumn");
        column.setPrefWidth(48);
        column.setMinWidth(40);
        column.setSortable(false);
        column.setGraphic(new FontIcon(Material2MZ.REMOVE_RED_EYE));
        column.setCellValueFactory(cell -> Bindings.valueAt(viewers.others(), cell.getValue().id()));
        column.setCellFactory(owner -> new TableCell<>() {
            @Override
            protected void updateItem(List<TicketViewers.Viewer> there, boolean empty) {
                super.updateItem(there, empty);
                Ticket ticket = empty || getTableRow() == null ? null : getTableRow().getItem();
                setId(ticket == null ? null : "ticketViewersMark-" + ticket.number());
                if (empty || there == null || there.isEmpty()) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                boolean writing = there.stream().anyMatch(TicketViewers.Viewer::replying);
                setGraphic(new FontIcon(writing ? Material2AL.EDIT : Material2MZ.REMOVE_RED_EYE));
                setText(Integer.toString(there.size()));
                setTooltip(new Tooltip(there.stream().map(viewer -> viewer.name() + (viewer.replying() ? " ✎" : ""))
                        .collect(Collectors.joining("\n"))));
            }
        });
        return column;
    }
}
