package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.FocusWhenShown;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.CannedReply;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The message box of a chat tab with its tools: emoji, files (the button; pasted pictures wait
 * above the box), the note toggle and Send; canned replies offered as the agent types, and the
 * warning when a message is held for sensitive words. Enter sends, Shift+Enter starts a new line.
 * FX thread.
 */
final class ChatInputArea {

    private final ChatInputViewModel model;
    private final CannedSuggestionsViewModel canned;
    private final ChatTabViewModel tab;
    private final ChatTabView.Windows windows;
    private final MessageInput input;
    private final StagedFilesBar stagedBar;
    private final Button emoji = new Button(null, new FontIcon(Material2MZ.SENTIMENT_SATISFIED));
    private final Button attach = new Button(null, new FontIcon(Material2AL.ATTACH_FILE));
    private final ToggleButton note = new ToggleButton(null, new FontIcon(Material2AL.LOCK));
    private final Button send = new Button(null, new FontIcon(Material2MZ.SEND));
    private final ListView<CannedReply> suggestions = new ListView<>();
    private final EmojiPicker emojiPicker;
    private final VBox box;

    /** @param recentEmoji the emoji the agent used last, shared by the tabs of the page */
    ChatInputArea(ChatTabViewModel tab, RecentEmoji recentEmoji, ChatTabView.Windows windows) {
        this.tab = tab;
        this.model = tab.input();
        this.canned = model.canned();
        this.windows = windows;
        this.input = new MessageInput(model.staged());
        this.stagedBar = new StagedFilesBar(model.staged(), model.texts());
        this.emojiPicker = new EmojiPicker(EmojiCatalog.standard(), recentEmoji, model.texts().i18n(), this::insert);
        this.box = new VBox(4, stagedBar.root(), input, tools());
        buildInput();
        buildSuggestions();
    }

    /** The canned replies offered, which show above the visitor's typing preview. */
    Node suggestions() {
        return suggestions;
    }

    /** Pasted files, the message box and its tools. */
    Node root() {
        return box;
    }

    private void buildInput() {
        input.setId("chatInput");
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.getStyleClass().add("chat-input");
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::inputKey);
        input.addEventHandler(KeyEvent.KEY_TYPED, event -> model.typed());
    }

    private HBox tools() {
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
        return tools;
    }

    private void buildSuggestions() {
        // In the tab itself, not a popup: a popup window would take the keys the agent types.
        suggestions.setId("cannedSuggestions");
        suggestions.getStyleClass().add("canned-suggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(30);
        suggestions.prefHeightProperty().bind(Bindings.min(5, Bindings.size(canned.suggestions())).multiply(30).add(4));
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(canned.suggestions()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CannedReply reply, boolean empty) {
                super.updateItem(reply, empty);
                setText(empty || reply == null ? null : "/" + reply.shortcut() + "  —  " + reply.title() + "  ·  " + preview(reply.body()));
            }
        });
        suggestions.setOnMouseClicked(event -> completeWithSelected());
    }

    /**
     * Enter sends (Ctrl+Enter too), Shift+Enter is a new line. With suggestions up, Tab completes
     * and the arrows pick; Enter completes a {@code /shortcut}'s, or one picked with the arrows, and
     * otherwise still sends (suggestions found for a word are only an offer).
     */
    private void inputKey(KeyEvent event) {
        boolean suggesting = !canned.suggestions().isEmpty();
        boolean picked = suggestions.getSelectionModel().getSelectedIndex() >= 0;
        if (suggesting && (event.getCode() == KeyCode.TAB
                || (event.getCode() == KeyCode.ENTER && (canned.forShortcut() || picked)))) {
            completeWithSelected();
            event.consume();
        } else if (suggesting && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)) {
            int size = canned.suggestions().size();
            int now = suggestions.getSelectionModel().getSelectedIndex();
            boolean down = event.getCode() == KeyCode.DOWN;
            suggestions.getSelectionModel().select(now < 0 ? (down ? 0 : size - 1) : Math.floorMod(now + (down ? 1 : -1), size));
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            canned.dismiss();
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
        if (reply == null && !canned.suggestions().isEmpty()) {
            reply = canned.suggestions().get(0);
        }
        if (reply != null) {
            int caret = canned.complete(reply);
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

    void activate(Disposer disposer) {
        I18n i18n = model.texts().i18n();
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

        disposer.bind(send.disableProperty(), model.canSend().not());
        // a message held for sensitive words: the warning, then back to the text to edit it
        disposer.listen(model.heldProperty(), (observable, before, hold) -> {
            if (hold != null) {
                windows.warnSensitiveWords(tab, hold);
            } else {
                input.requestFocus();
            }
        });
        disposer.bind(input.disableProperty(), model.writable().not());
        disposer.bind(emoji.disableProperty(), model.writable().not());
        disposer.bind(attach.disableProperty(), model.writable().not().or(model.busyProperty()));

        suggestions.setItems(canned.suggestions());
        disposer.onDispose(() -> suggestions.setItems(null));
        // a shortcut's first suggestion is what Enter takes; a word's are only offered until picked
        ListChangeListener<CannedReply> suggested = change -> {
            if (canned.forShortcut()) {
                suggestions.getSelectionModel().select(0);
            } else {
                suggestions.getSelectionModel().clearSelection();
            }
        };
        disposer.listenList(canned.suggestions(), suggested);
        disposer.onDispose(emojiPicker::hide);
        stagedBar.activate(disposer);
    }

    /** Notes only while the chat is open. */
    void showOpen(boolean open) {
        note.setDisable(!open);
    }

    /** Puts the cursor into the message box. */
    void focus() {
        FocusWhenShown.request(input);
    }

    private static void bindTooltip(Disposer disposer, Control control, I18n i18n, String key) {
        Tooltip tooltip = new Tooltip();
        control.setTooltip(tooltip);
        disposer.bind(tooltip.textProperty(), i18n.text(key));
    }
}
