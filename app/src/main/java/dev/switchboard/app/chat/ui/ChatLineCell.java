package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.chat.Delivery;
import dev.switchboard.app.chat.OutgoingMessage;
import dev.switchboard.app.ui.SelectableText;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One line of the message list. Text is shown as plain text, never interpreted as markup, and any
 * part of a message's text can be selected and copied; a message's bubble is at most about two
 * thirds of the list wide and wraps. Cells are reused: each update builds the line's nodes anew and
 * drops the image binding of the line before.
 */
final class ChatLineCell extends ListCell<ChatLine> {

    /** What a line can ask of the tab's view: things that need a window. */
    interface Actions {
        void openImage(Attachment attachment);

        void saveFile(Attachment attachment);
    }

    /** The longest side of a thumbnail, as the backend makes them. */
    private static final double THUMBNAIL_EDGE = 240;

    private final ChatTabViewModel model;
    private final AttachmentImages images;
    private final Actions actions;
    private final DoubleBinding bubbleWidth;
    private ImageView boundImage;

    ChatLineCell(ChatTabViewModel model, AttachmentImages images, Actions actions, DoubleBinding bubbleWidth) {
        this.model = model;
        this.images = images;
        this.actions = actions;
        this.bubbleWidth = bubbleWidth;
        getStyleClass().add("chat-line-cell");
        // without this a wrapping label makes the cell as wide as its unwrapped text
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChatLine line, boolean empty) {
        super.updateItem(line, empty);
        if (boundImage != null) {
            boundImage.imageProperty().unbind();
            boundImage = null;
        }
        setText(null);
        setContextMenu(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        setGraphic(graphic(line));
    }

    private Node graphic(ChatLine line) {
        if (line instanceof ChatLine.Day day) {
            return centred(dayText(day.date()), "chat-day");
        }
        if (line instanceof ChatLine.Event event) {
            return centred(model.texts().event(event.message()), "chat-event");
        }
        if (line instanceof ChatLine.Message message) {
            return bubble(message.message(), message.mine(), message.delivery(), null);
        }
        return pendingBubble(((ChatLine.Pending) line).message());
    }

    private String dayText(LocalDate date) {
        return model.texts().day(date, LocalDate.now(model.texts().zone()));
    }

    private static Node centred(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        HBox row = new HBox(label);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private Node pendingBubble(OutgoingMessage pending) {
        ChatMessage asMessage = new ChatMessage(pending.conversationId(), pending.storedSeq(), pending.clientId(), null, null, null,
                pending.note() ? MessageKind.NOTE : MessageKind.TEXT, pending.text(), pending.createdAt(), pending.attachment(), null);
        return bubble(asMessage, true, pending.delivery(), pending);
    }

    private Node bubble(ChatMessage message, boolean mine, Delivery delivery, OutgoingMessage pending) {
        VBox bubble = new VBox(2);
        bubble.getStyleClass().add("chat-bubble");
        bubble.getStyleClass().add(mine ? "mine" : "theirs");
        if (message.kind() == MessageKind.NOTE) {
            bubble.getStyleClass().add("note");
        }
        bubble.maxWidthProperty().bind(bubbleWidth);

        Label header = new Label(model.texts().sender(message, mine, model.chatProperty().get()) + "  " + time(message.createdAt()));
        header.getStyleClass().add("chat-sender");
        if (message.kind() == MessageKind.NOTE) {
            header.setText(header.getText() + "  · " + model.texts().i18n().get("chat.note.tag"));
            header.setGraphic(new FontIcon(Material2AL.LOCK));
        }
        bubble.getChildren().add(header);

        if (message.attachment() != null) {
            bubble.getChildren().add(attachment(message.attachment()));
        }
        if (!message.body().isEmpty()) {
            // selectable, so that part of a message (an order number) can be copied
            SelectableText body = new SelectableText(message.body(), model.texts().i18n().get("chat.text.copy"),
                    model.texts().i18n().get("chat.text.selectAll"));
            body.getStyleClass().add("chat-body");
            bubble.getChildren().add(body);
            setContextMenu(copyMenu(message.body()));
        }
        if (delivery != null) {
            bubble.getChildren().add(deliveryLine(delivery, pending));
        }
        HBox row = new HBox(bubble);
        row.setAlignment(mine ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        return row;
    }

    private Node deliveryLine(Delivery delivery, OutgoingMessage pending) {
        Label state = new Label(model.texts().delivery(delivery));
        state.getStyleClass().addAll("chat-delivery", "delivery-" + delivery.name().toLowerCase(Locale.ROOT));
        if (delivery != Delivery.FAILED || pending == null) {
            HBox line = new HBox(state);
            line.setAlignment(Pos.CENTER_RIGHT);
            return line;
        }
        state.setText(model.texts().delivery(delivery) + ": " + pending.failure());
        state.setWrapText(true);
        Button putBack = new Button(model.texts().i18n().get("chat.pending.putBack"));
        putBack.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        putBack.setOnAction(event -> model.input().putBack(pending));
        Button discard = new Button(model.texts().i18n().get("chat.pending.discard"));
        discard.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        discard.setOnAction(event -> model.input().discard(pending));
        HBox buttons = new HBox(4, putBack, discard);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(2, state, buttons);
    }

    private Node attachment(Attachment attachment) {
        if (attachment.thumbnail()) {
            ImageView thumbnail = new ImageView();
            thumbnail.setPreserveRatio(true);
            thumbnail.imageProperty().bind(images.thumbnail(attachment.id()));
            thumbnail.getStyleClass().add("chat-thumbnail");
            boundImage = thumbnail;
            StackPane frame = new StackPane(thumbnail);
            frame.getStyleClass().add("chat-thumbnail-frame");
            frame.setAccessibleText(attachment.fileName());
            frame.setCursor(Cursor.HAND);
            frame.setOnMouseClicked(event -> actions.openImage(attachment));
            frame.setMaxWidth(Region.USE_PREF_SIZE);
            if (attachment.width() != null && attachment.height() != null && attachment.width() > 0 && attachment.height() > 0) {
                // the thumbnail's room is kept from the start: the line has its height before the picture arrives,
                // so that following the newest line shows all of it
                double scale = Math.min(1.0, THUMBNAIL_EDGE / Math.max(attachment.width(), attachment.height()));
                double width = Math.max(1, Math.round(attachment.width() * scale));
                double height = Math.max(1, Math.round(attachment.height() * scale));
                thumbnail.setFitWidth(width);
                thumbnail.setFitHeight(height);
                frame.setMinSize(width, height);
                frame.setPrefSize(width, height);
            } else {
                thumbnail.setFitWidth(THUMBNAIL_EDGE);
                thumbnail.setFitHeight(THUMBNAIL_EDGE);
            }
            return frame;
        }
        Hyperlink file = new Hyperlink(attachment.fileName() + " (" + model.texts().fileSize(attachment.size()) + ")",
                new FontIcon(Material2AL.ATTACH_FILE));
        file.getStyleClass().add("chat-file");
        file.setOnAction(event -> actions.saveFile(attachment));
        return file;
    }

    private ContextMenu copyMenu(String text) {
        MenuItem copy = new MenuItem(model.texts().i18n().get("chat.copy"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        return new ContextMenu(copy);
    }

    private String time(Instant at) {
        return model.texts().time(at);
    }
}
