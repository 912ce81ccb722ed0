package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatTabActions;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.CannedReply;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One chat tab: header with the agent's actions, the message list, who is typing, the input with
 * emoji, files (button or drag and drop), notes and canned-reply completion, and the visitor's
 * details beside it. Enter sends, Shift+Enter starts a new line; a pasted screenshot waits above the
 * input until it is sent with the next message.
 */
public final class ChatTabView extends View<BorderPane> {

    /** What the tab asks of the page: dialogs and windows. */
    public interface Windows {
        void handOver(HandOverViewModel model);

        /** Asks whether to end the chat; ends it only when the agent confirms. */
        void confirmEnd(ChatTabViewModel model);

        /** Shows a picture of the chat in the viewer; {@code saveTo} saves it where the agent chose. */
        void showImage(Attachment attachment, Consumer<Path> saveTo);

        /** Lets the agent pick files to send, or (with {@code save}) where to save one named {@code suggestedName}. */
        void chooseFiles(boolean save, String suggestedName, Consumer<List<File>> chosen);

        /** Warns that the message about to be sent contains sensitive words; the agent edits it or sends it anyway. */
        void warnSensitiveWords(ChatTabViewModel model, SensitiveWordHold hold);
    }

    private final ChatTabViewModel model;
    private final Windows windows;
    private final AttachmentImages images;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Button transfer = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
    private final Button assist = new Button(null, new FontIcon(Material2MZ.PERSON_ADD));
    private final Button end = new Button(null, new FontIcon(Material2AL.CALL_END));
    private final Label banner = new Label(null, new FontIcon(Material2AL.INFO));
    private final HBox bannerRow = new HBox(12);
    private final Button closeTab = new Button();
    private final ListView<ChatLine> list = new ListView<>();
    private final Label typing = new Label();
    /** The typing preview: what the visitor has not sent yet (ChatTabViewModel#visitorDraftText). */
    private final Label visitorDraft = new Label();
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final MessageInput input;
    private final StagedFilesBar stagedBar;
    private final Button emoji = new Button(null, new FontIcon(Material2MZ.SENTIMENT_SATISFIED));
    private final Button attach = new Button(null, new FontIcon(Material2AL.ATTACH_FILE));
    private final ToggleButton note = new ToggleButton(null, new FontIcon(Material2AL.LOCK));
    private final Button send = new Button(null, new FontIcon(Material2MZ.SEND));
    private final ListView<CannedReply> suggestions = new ListView<>();
    private final EmojiPicker emojiPicker;
    private final FollowingScroll scroll = new FollowingScroll(list);
    private final ChatSidePanel side;
    private final List<Map.Entry<ChatTabActions.Action, Button>> extraActions;

    /**
     * @param recentEmoji  the emoji the agent used last, shared by the tabs of the page
     * @param extraActions buttons other features add to the header ({@link ChatTabActions})
     */
    public ChatTabView(ChatTabViewModel model, AttachmentImages images, RecentEmoji recentEmoji, Windows windows,
                       List<ChatTabActions.Action> extraActions) {
        this.extraActions = extraActions.stream().map(this::button).toList();
        this.model = model;
        this.images = images;
        this.windows = windows;
        this.input = new MessageInput(model.staged());
        this.stagedBar = new StagedFilesBar(model.staged(), model.texts());
        this.emojiPicker = new EmojiPicker(EmojiCatalog.standard(), recentEmoji, model.texts().i18n(), this::insert);
        this.side = new ChatSidePanel(model);
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("chat-tab");
        title.getStyleClass().add(Styles.TITLE_4);
        for (Button action : List.of(transfer, assist, end)) {
            action.getStyleClass().add(Styles.SMALL);
        }
        transfer.setId("chatTransfer");
        transfer.setOnAction(event -> windows.handOver(model.transfer()));
        assist.setId("chatAssist");
        assist.setOnAction(event -> windows.handOver(model.assist()));
        end.setId("chatEnd");
        end.getStyleClass().add(Styles.DANGER);
        end.setOnAction(event -> windows.confirmEnd(model));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer);
        extraActions.forEach(extra -> header.getChildren().add(extra.getValue()));
        header.getChildren().addAll(transfer, assist, end);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("chat-header");

        banner.setId("chatBanner");
        banner.setWrapText(true);
        closeTab.setId("chatCloseTab");
        closeTab.getStyleClass().add(Styles.SMALL);
        closeTab.setOnAction(event -> model.close());
        bannerRow.getChildren().addAll(banner, closeTab);
        bannerRow.setAlignment(Pos.CENTER_LEFT);
        bannerRow.getStyleClass().add("chat-banner");
        bannerRow.managedProperty().bind(bannerRow.visibleProperty());

        list.setId("chatMessages");
        list.getStyleClass().add("chat-messages");
        list.setFocusTraversable(false);
        var bubbleWidth = list.widthProperty().multiply(0.7);
        list.setCellFactory(view -> new ChatLineCell(model, images, new CellActions(), bubbleWidth));
        VBox.setVgrow(list, Priority.ALWAYS);

        typing.setId("chatTyping");
        typing.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "chat-typing");
        visitorDraft.setId("chatVisitorDraft");
        visitorDraft.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "chat-visitor-draft");
        visitorDraft.setWrapText(true);
        visitorDraft.managedProperty().bind(visitorDraft.visibleProperty());
        error.setId("chatError");
        error.getStyleClass().addAll(Styles.DANGER, "chat-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());

        input.setId("chatInput");
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.getStyleClass().add("chat-input");
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::inputKey);
        input.addEventHandler(KeyEvent.KEY_TYPED, event -> model.typed());
        emoji.setId("chatEmoji");
        emoji.setOnAction(event -> emojiPicker.toggle(emoji));
        attach.setId("chatAttach");
        attach.setOnAction(event -> windows.chooseFiles(false, null,
                files -> model.sendFiles(files.stream().map(File::toPath).toList())));
        note.setId("chatNote");
        send.setId("chatSend");
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(event -> model.send());
        for (var button : List.of(emoji, attach, note)) {
            button.getStyleClass().add(Styles.FLAT);
        }
        Region toolSpacer = new Region();
        HBox.setHgrow(toolSpacer, Priority.ALWAYS);
        HBox tools = new HBox(4, emoji, attach, note, toolSpacer, send);
        tools.setAlignment(Pos.CENTER_LEFT);

        // In the tab itself, not a popup: a popup window would take the keys the agent types.
        suggestions.setId("cannedSuggestions");
        suggestions.getStyleClass().add("canned-suggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(30);
        suggestions.prefHeightProperty().bind(Bindings.min(5, Bindings.size(model.suggestions())).multiply(30).add(4));
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CannedReply reply, boolean empty) {
                super.updateItem(reply, empty);
                setText(empty || reply == null ? null : "/" + reply.shortcut() + "  —  " + reply.title() + "  ·  " + preview(reply.body()));
            }
        });
        suggestions.setOnMouseClicked(event -> completeWithSelected());

        VBox conversation = new VBox(bannerRow, list, typing, error, suggestions, visitorDraft, stagedBar.root(), input, tools);
        conversation.setSpacing(4);
        conversation.setPadding(new Insets(0, 8, 8, 8));
        root.setTop(header);
        root.setCenter(conversation);
        root.setRight(side.root());

        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && model.writable().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                model.sendFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    /**
     * Enter sends (Ctrl+Enter too), Shift+Enter is a new line. With suggestions up, Tab completes
     * and the arrows pick; Enter completes a {@code /shortcut}'s, or one picked with the arrows, and
     * otherwise still sends (suggestions found for a word are only an offer).
     */
    private void inputKey(KeyEvent event) {
        boolean suggesting = !model.suggestions().isEmpty();
        boolean picked = suggestions.getSelectionModel().getSelectedIndex() >= 0;
        if (suggesting && (event.getCode() == KeyCode.TAB
                || (event.getCode() == KeyCode.ENTER && (model.suggestingForShortcut() || picked)))) {
            completeWithSelected();
            event.consume();
        } else if (suggesting && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)) {
            int size = model.suggestions().size();
            int now = suggestions.getSelectionModel().getSelectedIndex();
            boolean down = event.getCode() == KeyCode.DOWN;
            suggestions.getSelectionModel().select(now < 0 ? (down ? 0 : size - 1) : Math.floorMod(now + (down ? 1 : -1), size));
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            model.dismissSuggestions();
            emojiPicker.hide();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && event.isShiftDown()) {
            input.insertText(input.getCaretPosition(), "\n");
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            model.send();
            event.consume();
        }
    }

    private void completeWithSelected() {
        CannedReply reply = suggestions.getSelectionModel().getSelectedItem();
        if (reply == null && !model.suggestions().isEmpty()) {
            reply = model.suggestions().get(0);
        }
        if (reply != null) {
            int caret = model.complete(reply);
            input.positionCaret(caret);
        }
        input.requestFocus();
    }

    /** The start of a reply's text on one line, so a match in the text shows where it is from. */
    private static String preview(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    private void insert(String text) {
        input.insertText(input.getCaretPosition(), text);
        input.requestFocus();
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.texts().i18n();
        disposer.bind(title.textProperty(), model.title());
        disposer.bind(transfer.textProperty(), i18n.text("chat.action.transfer"));
        disposer.bind(assist.textProperty(), i18n.text("chat.action.assist"));
        disposer.bind(end.textProperty(), i18n.text("chat.action.end"));
        extraActions.forEach(extra -> disposer.bind(extra.getValue().textProperty(), i18n.text(extra.getKey().textKey())));
        disposer.bind(closeTab.textProperty(), i18n.text("chat.action.closeTab"));
        disposer.bind(note.textProperty(), i18n.text("chat.note.toggle"));
        disposer.bind(send.textProperty(), i18n.text("chat.send"));
        bindTooltip(disposer, emoji, i18n, "chat.emoji.tooltip");
        bindTooltip(disposer, attach, i18n, "chat.attach.tooltip");
        bindTooltip(disposer, note, i18n, "chat.note.tooltip");
        bindTooltip(disposer, send, i18n, "chat.send.tooltip");
        disposer.bind(input.promptTextProperty(), i18n.text(() -> i18n.get(model.noteProperty().get()
                ? "chat.input.notePrompt" : "chat.input.prompt"), model.noteProperty()));

        input.textProperty().bindBidirectional(model.inputProperty());
        note.selectedProperty().bindBidirectional(model.noteProperty());
        disposer.onDispose(() -> {
            input.textProperty().unbindBidirectional(model.inputProperty());
            note.selectedProperty().unbindBidirectional(model.noteProperty());
        });
        disposer.observe(input.caretPositionProperty(), caret -> model.caretProperty().set(caret.intValue()));
        disposer.observe(model.noteProperty(), on -> {
            input.getStyleClass().remove("note");
            if (on) {
                input.getStyleClass().add("note");
            }
        });

        list.setItems(model.lines());
        disposer.onDispose(() -> list.setItems(null));
        // cells word days, events and states in the language of when they were drawn
        disposer.invalidated(i18n.localeProperty(), observable -> list.refresh());
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

        disposer.bind(typing.textProperty(), model.typingText());
        disposer.bind(visitorDraft.textProperty(), model.visitorDraftText());
        disposer.bind(visitorDraft.visibleProperty(), Bindings.isNotEmpty(model.visitorDraftText()));
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(model.errorProperty()));
        disposer.bind(banner.textProperty(), model.bannerText());
        disposer.bind(bannerRow.visibleProperty(), Bindings.isNotEmpty(model.bannerText()));
        disposer.observe(model.chatProperty(), this::showPhase);
        disposer.bind(send.disableProperty(), model.canSend().not());
        // a message held for sensitive words: the warning, then back to the text to edit it
        disposer.listen(model.heldProperty(), (observable, before, hold) -> {
            if (hold != null) {
                windows.warnSensitiveWords(model, hold);
            } else {
                input.requestFocus();
            }
        });
        disposer.bind(input.disableProperty(), model.writable().not());
        disposer.bind(emoji.disableProperty(), model.writable().not());
        disposer.bind(attach.disableProperty(), model.writable().not().or(model.busyProperty()));

        suggestions.setItems(model.suggestions());
        disposer.onDispose(() -> suggestions.setItems(null));
        // a shortcut's first suggestion is what Enter takes; a word's are only offered until picked
        ListChangeListener<CannedReply> suggested = change -> {
            if (model.suggestingForShortcut()) {
                suggestions.getSelectionModel().select(0);
            } else {
                suggestions.getSelectionModel().clearSelection();
            }
        };
        disposer.listenList(model.suggestions(), suggested);
        disposer.onDispose(emojiPicker::hide);
        stagedBar.activate(disposer);
        side.activate(disposer);
    }

    /** Shows the newest line (and follows new ones again). */
    public void scrollToEnd() {
        scroll.toEnd();
    }

    private void showPhase(Chat chat) {
        boolean open = chat.phase() == ChatPhase.OPEN;
        // a colleague who assists neither hands the chat over nor ends it: only its owner or a supervisor does
        boolean handsOver = model.handsOver(chat);
        transfer.setVisible(handsOver);
        transfer.setManaged(handsOver);
        end.setVisible(handsOver);
        end.setManaged(handsOver);
        transfer.setDisable(!open);
        assist.setDisable(!open);
        end.setDisable(!open);
        closeTab.setVisible(!open);
        note.setDisable(!open);
    }

    private Map.Entry<ChatTabActions.Action, Button> button(ChatTabActions.Action action) {
        Button button = new Button(null, new FontIcon(action.icon()));
        button.setId(action.id());
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(event -> action.run().accept(model.chatProperty().get(), root.getScene().getWindow()));
        return Map.entry(action, button);
    }

    private static void bindTooltip(Disposer disposer, Control control, I18n i18n, String key) {
        Tooltip tooltip = new Tooltip();
        control.setTooltip(tooltip);
        disposer.bind(tooltip.textProperty(), i18n.text(key));
    }

    /**
     * Where alerts may lie over this tab: over the right of the message list, from its top to its
     * bottom, so the header's actions, the input with its send button and the side panel stay clear.
     */
    Optional<Bounds> noticeAreaInScene() {
        if (root.getScene() == null || !list.isVisible()) {
            return Optional.empty();
        }
        return Optional.of(list.localToScene(list.getLayoutBounds()));
    }

    /** Puts the cursor into the input, e.g. when the tab is chosen. */
    public void focusInput() {
        input.requestFocus();
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
