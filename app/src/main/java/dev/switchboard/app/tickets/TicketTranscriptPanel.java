package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.ui.SelectableText;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.tickets.Ticket;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The chat a ticket was made from, as the history keeps it (messages, notes and event lines in
 * order), read when a ticket made from a chat opens. Ids: {@code ticketTranscript}, lines
 * {@code transcriptLine-<seq>}, {@code ticketTranscriptNone}.
 */
final class TicketTranscriptPanel extends View<ScrollPane> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObservableValue<Ticket> ticket;
    private final TicketExtras extras;
    private final I18n i18n;
    private final ZoneId zone;
    private final Executor fx;
    private final FormErrors errors;
    private final VBox lines = new VBox(6);
    private final Label none = new Label();
    private final Label error = EditorForm.error("ticketTranscriptError");
    private final ScrollPane root;
    private Long readFor;
    private int reads;

    TicketTranscriptPanel(ObservableValue<Ticket> ticket, TicketExtras extras, I18n i18n, ZoneId zone, Executor fx) {
        this.ticket = ticket;
        this.extras = extras;
        this.i18n = i18n;
        this.zone = zone;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        none.setId("ticketTranscriptNone");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        VBox content = new VBox(8, none, error, lines);
        content.setPadding(new Insets(8));
        root = new ScrollPane(content);
        root.setId("ticketTranscript");
        root.setFitToWidth(true);
    }

    @Override
    public ScrollPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        EditorForm.showMessage(disposer, error, errors.general());
        readFor = null;
        disposer.observe(ticket, this::show);
        disposer.invalidated(i18n.localeProperty(), observable -> {
            readFor = null;
            show(ticket.getValue());
        });
    }

    private void show(Ticket now) {
        Long conversation = now == null ? null : now.conversationId();
        if (conversation == null) {
            readFor = null;
            lines.getChildren().clear();
            errors.clear();
            none.setText(i18n.get("tickets.transcript.none"));
            none.setVisible(true);
            none.setManaged(true);
            return;
        }
        if (conversation.equals(readFor)) {
            return;
        }
        readFor = conversation;
        none.setVisible(false);
        none.setManaged(false);
        int read = ++reads;
        extras.transcripts().transcript(conversation).whenCompleteAsync((transcript, failure) -> {
            if (read != reads) {
                return;
            }
            lines.getChildren().clear();
            if (failure != null) {
                errors.show(failure);
                return;
            }
            errors.clear();
            for (ChatMessage message : transcript.messages()) {
                lines.getChildren().add(line(message));
            }
        }, fx);
    }

    private VBox line(ChatMessage message) {
        String who = message.kind() == MessageKind.EVENT || message.senderType() == SenderType.SYSTEM ? i18n.get("tickets.transcript.system")
                : message.senderName() == null ? "" : message.senderName();
        String kind = message.kind() == MessageKind.NOTE ? " · " + i18n.get("tickets.transcript.note") : "";
        Label heading = new Label(who + kind + " · " + WHEN.format(message.createdAt().atZone(zone)));
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        String body = message.body() == null ? (message.attachment() != null ? i18n.get("tickets.transcript.attachment") : "") : message.body();
        SelectableText text = new SelectableText(body, i18n.get("chat.text.copy"), i18n.get("chat.text.selectAll"));
        VBox line = new VBox(2, heading, text);
        line.setId("transcriptLine-" + message.seq());
        if (message.senderType() == SenderType.VISITOR) {
            line.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6; -fx-padding: 6;");
        }
        return line;
    }
}
