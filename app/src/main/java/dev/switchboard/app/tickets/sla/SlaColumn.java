package dev.switchboard.app.tickets.sla;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The ticket table's SLA column: the time left to the next SLA target, worded and coloured by
 * urgency. The cells follow one shared clock ({@code now}, the window's seconds ticker): each tick
 * recomputes the few cells on the screen, nothing else, and no row has a timer of its own. The list
 * sorts by the due instant off the FX thread (ADR 0044: soonest first, tickets without a counting
 * target last), which time does not change, so the order holds still while the cells count. Cells carry the style classes
 * {@code sla-cell} and {@code sla-<urgency>} (e.g. {@code sla-breached}).
 */
public final class SlaColumn {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] URGENCY_CLASSES = Arrays.stream(SlaUrgency.values()).map(SlaColumn::styleClass).toArray(String[]::new);

    private SlaColumn() {
    }

    /** A column with id {@code ticketSla}; its title is the caller's to bind. */
    public static TableColumn<Ticket, Ticket> create(ObservableValue<Instant> now, I18n i18n, ZoneId zone) {
        TableColumn<Ticket, Ticket> column = new TableColumn<>();
        column.setId("ticketSla");
        column.setMinWidth(170);
        column.setPrefWidth(210); // "Breached · 1:02:05 over" with its icon, in bold
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(view -> new Cell(now, i18n, zone));
        return column;
    }

    /** The style class of an urgency: {@code sla-ok}, {@code sla-warning}, ... */
    public static String styleClass(SlaUrgency urgency) {
        return "sla-" + urgency.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final class Cell extends TableCell<Ticket, Ticket> {

        private final ObservableValue<Instant> now;
        private final I18n i18n;
        private final ZoneId zone;
        private final Tooltip tip = new Tooltip();
        /** Held here, and only weakly by the clock, so a cell the table drops is not kept alive by it. */
        private final InvalidationListener tick = observable -> show();
        private SlaUrgency shown;

        Cell(ObservableValue<Instant> now, I18n i18n, ZoneId zone) {
            this.now = now;
            this.i18n = i18n;
            this.zone = zone;
            getStyleClass().add("sla-cell");
            now.addListener(new WeakInvalidationListener(tick));
        }

        @Override
        protected void updateItem(Ticket item, boolean empty) {
            super.updateItem(item, empty);
            show();
        }

        private void show() {
            Ticket ticket = getItem();
            getStyleClass().removeAll(URGENCY_CLASSES);
            if (isEmpty() || ticket == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setStyle(null);
                shown = null;
                return;
            }
            SlaCountdown countdown = SlaCountdown.of(ticket.sla(), now.getValue());
            setText(SlaWords.describe(countdown, i18n));
            getStyleClass().add(styleClass(countdown.urgency()));
            if (countdown.urgency() != shown) {
                // the look changes with the urgency only, not with each tick
                shown = countdown.urgency();
                setStyle(switch (shown) {
                    case WARNING -> "-fx-text-fill: -color-warning-fg; -fx-font-weight: bold;";
                    case BREACHED -> "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;";
                    case OK -> "-fx-text-fill: -color-success-fg;";
                    default -> "-fx-text-fill: -color-fg-muted;";
                });
                setGraphic(switch (shown) {
                    case WARNING -> new FontIcon(Material2AL.ACCESS_TIME);
                    case BREACHED -> new FontIcon(Material2AL.ERROR_OUTLINE);
                    case PAUSED -> new FontIcon(Material2MZ.PAUSE_CIRCLE_OUTLINE);
                    default -> null;
                });
            }
            if (countdown.due() == null) {
                setTooltip(null);
            } else {
                tip.setText(i18n.get("tickets.sla.due", SlaWords.target(countdown, i18n), WHEN.format(countdown.due().atZone(zone)),
                        ticket.sla().policyName() == null ? "" : ticket.sla().policyName()));
                setTooltip(tip);
            }
        }
    }
}
