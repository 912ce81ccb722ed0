package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.Ticket;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Who the open ticket is for: their name and contacts, and their other tickets (newest change
 * first) to open. Ids: {@code ticketRequesterName}, {@code ticketRequesterContacts},
 * {@code ticketRequesterTickets} with links {@code requesterTicket-<number>}.
 */
final class TicketRequesterPanel extends View<VBox> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ObservableValue<Ticket> ticket;
    private final TicketExtras extras;
    private final ObjectProperty<TicketTerms> terms;
    private final I18n i18n;
    private final ZoneId zone;
    private final Executor fx;
    private final FormErrors errors;
    private final Label name = new Label();
    private final Label contacts = new Label();
    private final Label othersTitle = new Label();
    private final VBox others = new VBox(4);
    private final Label error = EditorForm.error("ticketRequesterError");
    private final VBox root = new VBox(8);
    private Long readFor;
    private int reads;

    TicketRequesterPanel(ObservableValue<Ticket> ticket, TicketExtras extras, ObjectProperty<TicketTerms> terms, I18n i18n, ZoneId zone,
                         Executor fx) {
        this.ticket = ticket;
        this.extras = extras;
        this.terms = terms;
        this.i18n = i18n;
        this.zone = zone;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        root.setId("ticketRequesterPanel");
        root.setPadding(new Insets(8));
        name.setId("ticketRequesterName");
        name.getStyleClass().add(Styles.TITLE_4);
        contacts.setId("ticketRequesterContacts");
        contacts.setWrapText(true);
        others.setId("ticketRequesterTickets");
        othersTitle.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().setAll(name, contacts, othersTitle, others, error);
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.bind(othersTitle.textProperty(), i18n.text("tickets.requester.others"));
        EditorForm.showMessage(disposer, error, errors.general());
        readFor = null;
        disposer.observe(ticket, this::show);
    }

    private void show(Ticket now) {
        Requester requester = now == null ? null : now.requester();
        if (requester == null) {
            name.setText("");
            contacts.setText("");
            others.getChildren().clear();
            readFor = null;
            return;
        }
        name.setText(requester.name() == null || requester.name().isBlank() ? i18n.get("tickets.requester.noName") : requester.name());
        List<String> lines = new java.util.ArrayList<>();
        if (requester.email() != null) {
            lines.add(i18n.get("tickets.requester.email", requester.email()));
        }
        if (requester.phone() != null) {
            lines.add(i18n.get("tickets.requester.phone", requester.phone()));
        }
        if (requester.visitorId() != null) {
            lines.add(i18n.get("tickets.requester.visitor", requester.visitorId()));
        }
        contacts.setText(String.join("\n", lines));
        if (readFor != null && readFor == now.id()) {
            return; // the other tickets change rarely: read once per ticket opened
        }
        readFor = now.id();
        int read = ++reads;
        long self = now.id();
        extras.lookups().ofRequester(requester.id()).whenCompleteAsync((found, failure) -> {
            if (read != reads) {
                return;
            }
            if (failure != null) {
                errors.show(failure);
                return;
            }
            errors.clear();
            others.getChildren().clear();
            List<Ticket> rest = found.stream().filter(other -> other.id() != self).toList();
            if (rest.isEmpty()) {
                Label none = new Label(i18n.get("tickets.requester.noOthers"));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                others.getChildren().add(none);
            }
            for (Ticket other : rest) {
                Hyperlink open = new Hyperlink(other.number());
                open.setId("requesterTicket-" + other.number());
                open.setOnAction(event -> extras.open(other.id()));
                Label about = new Label(other.subject() + " · " + terms.get().status(other.status(), i18n) + " · "
                        + DAY.format(other.createdAt().atZone(zone)));
                about.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(about, Priority.ALWAYS);
                HBox row = new HBox(6, open, about);
                row.setAlignment(Pos.CENTER_LEFT);
                others.getChildren().add(row);
            }
        }, fx);
    }
}
