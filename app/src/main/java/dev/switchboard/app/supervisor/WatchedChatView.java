package dev.switchboard.app.supervisor;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A chat opened read-only by a supervisor: its messages live (plain text in labels, never
 * markup), notes marked, and a field to whisper to the chat's agents.
 */
public final class WatchedChatView extends View<VBox> {

    private final WatchedChatViewModel model;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label readOnly = new Label();
    private final Button closeButton = new Button(null, new FontIcon(Material2AL.CLOSE));
    private final ListView<ChatMessage> messages = new ListView<>();
    private final Label problem = new Label();
    private final Label routing = new Label();
    private final TitledPane routingPane = new TitledPane();
    private final TextField whisperField = new TextField();
    private final Button whisperButton = new Button(null, new FontIcon(Material2MZ.SEND));
    private final TakeOverBar takeOver;

    /**
     * @param openChat    shows a chat the supervisor took over on their Chats page
     * @param failureText words a refused take-over
     * @param transfers   opens the transfer dialog for the chat followed
     */
    WatchedChatView(WatchedChatViewModel model, java.util.function.LongConsumer openChat,
                    java.util.function.Function<Throwable, String> failureText, ChatTransfers transfers) {
        this.model = model;
        this.takeOver = new TakeOverBar(model, openChat, failureText, transfers);
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    public WatchedChatViewModel model() {
        return model;
    }

    private void build() {
        root.setId("watchedChat");
        root.getStyleClass().addAll("tile", "watched-chat");
        root.setPadding(new Insets(12));
        title.setId("watchedTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(0);
        readOnly.setGraphic(new FontIcon(Material2MZ.REMOVE_RED_EYE));
        readOnly.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        closeButton.setId("watchClose");
        closeButton.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        closeButton.setOnAction(event -> model.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, new VBox(2, title, readOnly), gap, closeButton);
        header.setAlignment(Pos.TOP_LEFT);

        routing.setId("watchedRouting");
        routing.setWrapText(true);
        routing.setMinHeight(Region.USE_PREF_SIZE);
        routing.getStyleClass().add(Styles.TEXT_SMALL);
        routingPane.setContent(routing);
        routingPane.setExpanded(true);
        routingPane.getStyleClass().add(Styles.DENSE);

        messages.setId("watchedMessages");
        messages.setFocusTraversable(false);
        messages.setCellFactory(list -> new MessageCell());
        VBox.setVgrow(messages, Priority.ALWAYS);

        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        whisperField.setId("whisperField");
        HBox.setHgrow(whisperField, Priority.ALWAYS);
        whisperField.setOnAction(event -> model.sendWhisper());
        whisperButton.setId("whisperButton");
        whisperButton.setMinWidth(Region.USE_PREF_SIZE);
        whisperButton.setOnAction(event -> model.sendWhisper());
        HBox whisper = new HBox(6, whisperField, whisperButton);
        whisper.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(header, routingPane, messages, problem, whisper, takeOver.root());
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        takeOver.activate();
        disposer.onDispose(takeOver::deactivate);
        messages.setItems(model.messages());
        disposer.onDispose(() -> messages.setItems(null));
        disposer.bind(title.textProperty(), model.title());
        disposer.bind(readOnly.textProperty(), i18n.text("supervisor.watch.readOnly"));
        disposer.bind(problem.textProperty(), model.problem());
        disposer.bind(routing.textProperty(), model.routing());
        disposer.bind(routingPane.textProperty(), i18n.text("routing.title"));
        disposer.observe(model.routing(), text -> {
            routingPane.setVisible(!text.isEmpty());
            routingPane.setManaged(!text.isEmpty());
        });
        disposer.bind(whisperField.promptTextProperty(), i18n.text("supervisor.watch.whisperPrompt"));
        disposer.bind(whisperButton.textProperty(), i18n.text("supervisor.watch.whisper"));
        whisperField.textProperty().bindBidirectional(model.whisper());
        disposer.onDispose(() -> whisperField.textProperty().unbindBidirectional(model.whisper()));
        ListChangeListener<ChatMessage> follow = change -> {
            if (!model.messages().isEmpty()) {
                messages.scrollTo(model.messages().size() - 1);
            }
        };
        disposer.listenList(model.messages(), follow);
        disposer.invalidated(i18n.localeProperty(), observable -> messages.refresh());
        // a flag read, raised or acknowledged changes the marks of the messages shown
        disposer.invalidated(model.flags(), observable -> messages.refresh());
    }

    /**
     * One message: who and when, then the text as plain text; notes and event lines look different,
     * and a visitor's message with sensitive words carries the flag and, until a supervisor looked
     * at it, a button to acknowledge it.
     */
    private final class MessageCell extends ListCell<ChatMessage> {
        private final Label byline = new Label();
        private final Label text = new Label();
        private final Label flag = new Label(null, new FontIcon(Material2AL.FLAG));
        private final Button acknowledge = new Button();
        private final HBox flagRow = new HBox(6, flag, acknowledge);
        private final VBox box = new VBox(2, byline, text, flagRow);

        MessageCell() {
            flag.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
            flag.setWrapText(true);
            flag.setMinHeight(Region.USE_PREF_SIZE);
            flag.maxWidthProperty().bind(messages.widthProperty().subtract(140));
            acknowledge.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            acknowledge.setMinWidth(Region.USE_PREF_SIZE);
            acknowledge.setOnAction(event -> {
                if (getItem() != null) {
                    model.acknowledge(getItem());
                }
            });
            flagRow.setAlignment(Pos.CENTER_LEFT);
            flagRow.managedProperty().bind(flagRow.visibleProperty());
            byline.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            text.setWrapText(true);
            // as tall as the wrapped text: a long message wraps onto more lines instead of ending in "…"
            text.setMinHeight(Region.USE_PREF_SIZE);
            box.getStyleClass().add("watched-message");
            // wrap within the list's width, not the text's
            text.maxWidthProperty().bind(messages.widthProperty().subtract(48));
            // without this a wrapping label makes the cell as wide as its unwrapped text, and one line high
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ChatMessage message, boolean empty) {
            super.updateItem(message, empty);
            box.getStyleClass().removeAll("note", "event", "visitor", "flagged");
            if (empty || message == null) {
                setGraphic(null);
                return;
            }
            byline.setText(model.byline(message));
            text.setText(model.text(message));
            java.util.Optional<String> flagged = model.flagText(message);
            flagRow.setVisible(flagged.isPresent());
            flag.setText(flagged.orElse(null));
            flag.setId(flagged.isPresent() ? "flag-" + message.seq() : null);
            acknowledge.setVisible(model.awaitsAcknowledgement(message));
            acknowledge.setManaged(acknowledge.isVisible());
            acknowledge.setId(acknowledge.isVisible() ? "acknowledgeFlag-" + message.seq() : null);
            acknowledge.setText(model.i18n().get("supervisor.flag.acknowledge"));
            if (message.kind() == MessageKind.NOTE) {
                box.getStyleClass().add("note");
            } else if (message.kind() == MessageKind.EVENT) {
                box.getStyleClass().add("event");
            } else if (model.fromVisitor(message)) {
                box.getStyleClass().add("visitor");
            }
            if (flagged.isPresent()) {
                box.getStyleClass().add("flagged");
            }
            setGraphic(box);
        }
    }
}
