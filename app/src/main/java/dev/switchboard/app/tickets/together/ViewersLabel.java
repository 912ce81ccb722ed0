package dev.switchboard.app.tickets.together;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.together.TicketViewers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * On the ticket page: which colleagues have the ticket open, and — in warning colours — who is
 * writing a reply on it right now, so two agents do not answer one customer twice. Hidden while
 * nobody else is there. Id {@code ticketViewers}.
 */
public final class ViewersLabel extends View<Label> {

    private final TicketViewersModel viewers;
    private final ObservableValue<Ticket> ticket;
    private final I18n i18n;
    private final Label root = new Label(null, new FontIcon(Material2MZ.REMOVE_RED_EYE));

    public ViewersLabel(TicketViewersModel viewers, ObservableValue<Ticket> ticket, I18n i18n) {
        this.viewers = viewers;
        this.ticket = ticket;
        this.i18n = i18n;
        root.setId("ticketViewers");
        root.setWrapText(true);
        show();
    }

    @Override
    public Label root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        MapChangeListener<Long, List<TicketViewers.Viewer>> changed = change -> show();
        viewers.others().addListener(changed);
        disposer.onDispose(() -> viewers.others().removeListener(changed));
        disposer.invalidated(ticket, observable -> show());
        disposer.invalidated(i18n.localeProperty(), observable -> show());
        show();
    }

    private void show() {
        Ticket open = ticket.getValue();
        List<TicketViewers.Viewer> there = open == null ? List.of() : viewers.others().getOrDefault(open.id(), List.of());
        List<String> parts = new ArrayList<>();
        String writing = there.stream().filter(TicketViewers.Viewer::replying).map(TicketViewers.Viewer::name).collect(Collectors.joining(", "));
        String looking = there.stream().filter(viewer -> !viewer.replying()).map(TicketViewers.Viewer::name).collect(Collectors.joining(", "));
        if (!writing.isEmpty()) {
            parts.add(i18n.get("tickets.viewers.replying", writing));
        }
        if (!looking.isEmpty()) {
            parts.add(i18n.get("tickets.viewers.viewing", looking));
        }
        root.setText(String.join(" · ", parts));
        root.getStyleClass().remove(Styles.WARNING);
        if (!writing.isEmpty()) {
            root.getStyleClass().add(Styles.WARNING);
        }
        root.setVisible(!there.isEmpty());
        root.setManaged(!there.isEmpty());
    }
}
