package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.ui.SelectableText;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A ticket's thread: its description, then every public reply and internal note, oldest first,
 * each with who wrote it and when. Text is shown as text ({@link SelectableText}), never as markup.
 * Ids: {@code ticketThread}, each entry {@code ticketComment-<id>}; notes carry the style class
 * {@code ticket-note}.
 */
final class TicketThread {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final ZoneId zone;
    private final VBox entries = new VBox(10);
    private final ScrollPane root = new ScrollPane(entries);

    TicketThread(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        entries.setId("ticketThread");
        entries.setPadding(new Insets(8));
        root.setFitToWidth(true);
    }

    ScrollPane root() {
        return root;
    }

    void bind(Disposer disposer, ObservableList<TicketComment> comments, ObservableValue<Ticket> ticket) {
        Runnable redraw = () -> {
            entries.getChildren().clear();
            Ticket open = ticket.getValue();
            if (open != null && open.description() != null && !open.description().isBlank()) {
                entries.getChildren().add(entry("ticketDescription", i18n.get("tickets.thread.description"), open.description(), false));
            }
            comments.forEach(comment -> entries.getChildren().add(entry("ticketComment-" + comment.id(), heading(comment), comment.body(),
                    comment.kind() == CommentKind.INTERNAL_NOTE)));
            root.setVvalue(1);
        };
        disposer.listenList(comments, (ListChangeListener<TicketComment>) change -> redraw.run());
        disposer.invalidated(ticket, observable -> redraw.run());
        disposer.invalidated(i18n.localeProperty(), observable -> redraw.run());
        redraw.run();
    }

    private String heading(TicketComment comment) {
        String kind = i18n.get(comment.kind() == CommentKind.INTERNAL_NOTE ? "tickets.thread.note" : "tickets.thread.reply");
        String who = comment.authorName() == null ? "" : comment.authorName();
        return kind + " · " + who + " · " + WHEN.format(comment.createdAt().atZone(zone));
    }

    private Node entry(String id, String heading, String body, boolean note) {
        Label title = new Label(heading);
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        SelectableText text = new SelectableText(body, i18n.get("chat.text.copy"), i18n.get("chat.text.selectAll"));
        VBox entry = new VBox(4, title, text);
        entry.setId(id);
        entry.setPadding(new Insets(8));
        entry.getStyleClass().add(note ? "ticket-note" : "ticket-reply");
        entry.setStyle(note ? "-fx-background-color: -color-warning-subtle; -fx-background-radius: 6;"
                : "-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
        return entry;
    }
}
