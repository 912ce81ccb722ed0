package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatTabActions;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.chat.Attachment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * One chat tab, put together: the header with the agent's actions on the chat, the banner of a
 * chat that is over, the {@link ChatMessageList}, who is typing and the visitor's typing preview,
 * the {@link ChatInputArea}, and the {@link ChatSidePanel} beside them. Files dropped anywhere on
 * the tab are sent.
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
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Button transfer = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
    private final Button assist = new Button(null, new FontIcon(Material2MZ.PERSON_ADD));
    private final Button end = new Button(null, new FontIcon(Material2AL.CALL_END));
    private final Label banner = new Label(null, new FontIcon(Material2AL.INFO));
    private final HBox bannerRow = new HBox(12);
    private final Button closeTab = new Button();
    private final Label typing = new Label();
    /** The typing preview: what the visitor has not sent yet (ChatTabViewModel#visitorDraftText). */
    private final Label visitorDraft = new Label();
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final ChatMessageList messages;
    private final ChatInputArea input;
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
        this.windows = windows;
        this.messages = new ChatMessageList(model, images, windows);
        this.input = new ChatInputArea(model, recentEmoji, windows);
        this.side = new ChatSidePanel(model.side());
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

        VBox conversation = new VBox(bannerRow, messages.root(), typing, error, input.suggestions(), visitorDraft, input.root());
        conversation.setSpacing(4);
        conversation.setPadding(new Insets(0, 8, 8, 8));
        root.setTop(header);
        root.setCenter(conversation);
        root.setRight(side.root());

        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && model.input().writable().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                model.input().sendFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
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

        input.activate(disposer);
        messages.activate(disposer);

        disposer.bind(typing.textProperty(), model.typingText());
        disposer.bind(visitorDraft.textProperty(), model.visitorDraftText());
        disposer.bind(visitorDraft.visibleProperty(), Bindings.isNotEmpty(model.visitorDraftText()));
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(model.errorProperty()));
        disposer.bind(banner.textProperty(), model.bannerText());
        disposer.bind(bannerRow.visibleProperty(), Bindings.isNotEmpty(model.bannerText()));
        disposer.observe(model.chatProperty(), this::showPhase);
        side.activate(disposer);
    }

    /** Shows the newest line (and follows new ones again). */
    public void scrollToEnd() {
        messages.scrollToEnd();
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
        input.showOpen(open);
    }

    private Map.Entry<ChatTabActions.Action, Button> button(ChatTabActions.Action action) {
        Button button = new Button(null, new FontIcon(action.icon()));
        button.setId(action.id());
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(event -> action.run().accept(model.chatProperty().get(), root.getScene().getWindow()));
        return Map.entry(action, button);
    }

    /**
     * Where alerts may lie over this tab: over the right of the message list, from its top to its
     * bottom, so the header's actions, the input with its send button and the side panel stay clear.
     */
    Optional<Bounds> noticeAreaInScene() {
        return root.getScene() == null ? Optional.empty() : messages.boundsInScene();
    }

    /** Puts the cursor into the input, e.g. when the tab is chosen. */
    public void focusInput() {
        input.focus();
    }
}
