package dev.switchboard.app.chat.ui;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.shared.chat.Attachment;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lines of a chat tab: messages, notes, events and days, drawn by {@link ChatLineCell}. Follows
 * new lines unless the agent scrolled up to read (what they send themselves always shows), and
 * opens pictures and saves files through the tab's windows. FX thread.
 */
final class ChatMessageList {

    private final ChatTabViewModel model;
    private final ChatTabView.Windows windows;
    private final ListView<ChatLine> list = new ListView<>();
    private final FollowingScroll scroll = new FollowingScroll(list);

    ChatMessageList(ChatTabViewModel model, AttachmentImages images, ChatTabView.Windows windows) {
        this.model = model;
        this.windows = windows;
        list.setId("chatMessages");
        list.getStyleClass().add("chat-messages");
        list.setFocusTraversable(false);
        var bubbleWidth = list.widthProperty().multiply(0.7);
        list.setCellFactory(view -> new ChatLineCell(model, images, new CellActions(), bubbleWidth));
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    ListView<ChatLine> root() {
        return list;
    }

    void activate(Disposer disposer) {
        list.setItems(model.lines());
        disposer.onDispose(() -> list.setItems(null));
        // cells word days, events and states in the language of when they were drawn
        disposer.invalidated(model.texts().i18n().localeProperty(), observable -> list.refresh());
        ListChangeListener<ChatLine> added = change -> {
            // follow new lines, unless the agent scrolled up to read; what they send themselves always shows
            boolean ownLine = false;
            while (change.next()) {
                ownLine |= change.getAddedSubList().stream().anyMatch(line -> line instanceof ChatLine.Pending);
            }
            if (ownLine || scroll.following()) {
                scrollToEnd();
            }
        };
        disposer.listenList(model.lines(), added);
        scrollToEnd();
    }

    /** Shows the newest line (and follows new ones again). */
    void scrollToEnd() {
        scroll.toEnd();
    }

    /** The list's bounds in the scene while it shows. */
    Optional<Bounds> boundsInScene() {
        if (list.getScene() == null || !list.isVisible()) {
            return Optional.empty();
        }
        return Optional.of(list.localToScene(list.getLayoutBounds()));
    }

    /** The lines' window actions. */
    private final class CellActions implements ChatLineCell.Actions {
        @Override
        public void openImage(Attachment attachment) {
            windows.showImage(attachment, target -> model.saveAttachment(attachment, target));
        }

        @Override
        public void saveFile(Attachment attachment) {
            windows.chooseFiles(true, attachment.fileName(), files -> model.saveAttachment(attachment, files.get(0).toPath()));
        }
    }
}
