package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.tickets.fields.CustomFieldsForm;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Tab;

/**
 * The open ticket's parts beyond its standard fields (ADR 0039): the custom fields form (in the
 * fields, saved with them) and three tabs beside the thread and history: links, requester and the
 * chat it was made from. Their views are active while the ticket view is.
 * Tab ids: {@code ticketLinksTab}, {@code ticketRequesterTab}, {@code ticketTranscriptTab}.
 */
final class TicketPanels {

    private final CustomFieldsForm customFields;
    private final TicketLinksPanel links;
    private final TicketRequesterPanel requester;
    private final TicketTranscriptPanel transcript;
    private final I18n i18n;
    private final Tab linksTab = new Tab();
    private final Tab requesterTab = new Tab();
    private final Tab transcriptTab = new Tab();

    TicketPanels(TicketModel model, TicketSource source, TicketExtras extras, ObjectProperty<TicketTerms> terms, I18n i18n, ZoneId zone,
                 Executor fx) {
        this.i18n = i18n;
        this.customFields = new CustomFieldsForm(model.custom(), model.errors(), i18n);
        this.links = new TicketLinksPanel(model.ticketProperty(), source, extras, terms, i18n, fx);
        this.requester = new TicketRequesterPanel(model.ticketProperty(), extras, terms, i18n, zone, fx);
        this.transcript = new TicketTranscriptPanel(model.ticketProperty(), extras, i18n, zone, fx);
        tab(linksTab, "ticketLinksTab", links.root());
        tab(requesterTab, "ticketRequesterTab", requester.root());
        tab(transcriptTab, "ticketTranscriptTab", transcript.root());
    }

    /** The custom fields' rows, for the ticket's field form. */
    CustomFieldsForm customFields() {
        return customFields;
    }

    List<Tab> tabs() {
        return List.of(requesterTab, linksTab, transcriptTab);
    }

    void bind(Disposer disposer) {
        customFields.activate();
        links.activate();
        requester.activate();
        transcript.activate();
        disposer.onDispose(() -> {
            customFields.deactivate();
            links.deactivate();
            requester.deactivate();
            transcript.deactivate();
        });
        disposer.bind(linksTab.textProperty(), i18n.text("tickets.tab.links"));
        disposer.bind(requesterTab.textProperty(), i18n.text("tickets.tab.requester"));
        disposer.bind(transcriptTab.textProperty(), i18n.text("tickets.tab.transcript"));
    }

    private static void tab(Tab tab, String id, javafx.scene.Node content) {
        tab.setId(id);
        tab.setClosable(false);
        tab.setContent(content);
    }
}
