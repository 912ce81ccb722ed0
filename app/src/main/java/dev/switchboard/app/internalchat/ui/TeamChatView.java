package dev.switchboard.app.internalchat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.avatars.AvatarNode;
import dev.switchboard.app.avatars.Avatars;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.platform.ViewWindow;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Team chat page: conversations on the left with their unread counts, the selected one's
 * messages (always plain text: labels, never markup) with links to shared visitor chats, and the
 * input. Enter sends, Shift+Enter starts a new line.
 */
public final class TeamChatView extends View<BorderPane> {

    /** Pictures in the conversation list, the header and the members list: small, one size each. */
    static final double LIST_AVATAR = 28;
    static final double HEADER_AVATAR = 32;
    static final double MENU_AVATAR = 20;

    private final TeamChatViewModel model;
    private final ThemeManager themes;
    private final Avatars avatars;
    private final AvatarNode headerAvatar;
    private final BorderPane root = new BorderPane();
    private final MenuButton newChat = new MenuButton(null, new FontIcon(Material2AL.ADD_COMMENT));
    private final ListView<TeamChatViewModel.ConversationItem> conversations = new ListView<>();
    private final Label title = new Label();
    private final Button groupMembers = new Button(null, new FontIcon(Material2MZ.PEOPLE));
    private final Button earlier = new Button();
    private final ListView<TeamChatViewModel.Line> messages = new ListView<>();
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Label typing = new Label();
    private final TextArea input = new TextArea();
    private final Button send = new Button(null, new FontIcon(Material2MZ.SEND));
    private final Label empty = new Label(null, new FontIcon(Material2AL.FORUM));
    private final VBox conversation = new VBox(6);

    public TeamChatView(TeamChatViewModel model, ThemeManager themes, Avatars avatars) {
        this.model = model;
        this.themes = themes;
        this.avatars = avatars;
        this.headerAvatar = new AvatarNode(avatars, HEADER_AVATAR);
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("teamChatPage");
        newChat.setId("teamChatNew");
        newChat.setMaxWidth(Double.MAX_VALUE);
        newChat.setOnShowing(event -> fillColleagues());
        conversations.setId("teamChatConversations");
        conversations.setCellFactory(view -> new ConversationCell());
        VBox.setVgrow(conversations, Priority.ALWAYS);
        // the list keeps its width: a long preview is cut, never widening the list over the conversation
        conversations.setMinWidth(0);
        VBox left = new VBox(8, newChat, conversations);
        left.setPadding(new Insets(8));
        left.setPrefWidth(260);
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.setMaxWidth(Region.USE_PREF_SIZE);

        title.setId("teamChatTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        groupMembers.setId("teamChatMembers");
        groupMembers.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        groupMembers.managedProperty().bind(groupMembers.visibleProperty());
        groupMembers.setOnAction(event -> showMembers());
        Region headerSpace = new Region();
        HBox.setHgrow(headerSpace, Priority.ALWAYS);
        headerAvatar.setId("teamChatHeaderAvatar");
        headerAvatar.managedProperty().bind(headerAvatar.visibleProperty());
        HBox header = new HBox(8, headerAvatar, title, headerSpace, groupMembers);
        header.setAlignment(Pos.CENTER_LEFT);
        earlier.setId("teamChatEarlier");
        earlier.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        earlier.setOnAction(event -> model.loadEarlier());
        earlier.managedProperty().bind(earlier.visibleProperty());
        messages.setId("teamChatMessages");
        messages.setFocusTraversable(false);
        messages.setCellFactory(view -> new LineCell());
        VBox.setVgrow(messages, Priority.ALWAYS);
        error.setId("teamChatError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        input.setId("teamChatInput");
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::inputKey);
        send.setId("teamChatSend");
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(event -> model.send());
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox compose = new HBox(8, input, send);
        compose.setAlignment(Pos.BOTTOM_RIGHT);
        typing.setId("teamChatTyping");
        typing.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        conversation.getChildren().addAll(header, earlier, messages, typing, error, compose);
        conversation.setPadding(new Insets(8));

        empty.setId("teamChatEmpty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane center = new StackPane(conversation, empty);
        root.setLeft(left);
        root.setCenter(center);
    }

    private void inputKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && !event.isShiftDown()) {
            event.consume();
            model.send();
        } else if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            input.insertText(input.getCaretPosition(), "\n");
        }
    }

    /** "New group…", then the colleagues of the moment, each a menu item; made when the menu opens so that it follows the team. */
    private void fillColleagues() {
        newChat.getItems().clear();
        MenuItem group = new MenuItem(model.i18n().get("teamChat.group.new"), new FontIcon(Material2MZ.PEOPLE));
        group.setId("teamChatNewGroup");
        group.setOnAction(event -> showNewGroup());
        newChat.getItems().addAll(group, new SeparatorMenuItem());
        for (TeamChatViewModel.Colleague colleague : model.colleagues()) {
            AvatarNode face = new AvatarNode(avatars, MENU_AVATAR);
            face.show(colleague.face().id(), colleague.face().name(), colleague.face().avatar());
            MenuItem item = new MenuItem(colleague.name(), face);
            item.setId("teamChatWith-" + colleague.id());
            item.setOnAction(event -> model.startWith(colleague.id()));
            newChat.getItems().add(item);
        }
        if (newChat.getItems().size() == 2) {
            MenuItem none = new MenuItem(model.i18n().get("teamChat.new.none"));
            none.setDisable(true);
            newChat.getItems().add(none);
        }
    }

    /** The "New group" dialog over this window. */
    private void showNewGroup() {
        TeamGroupsViewModel groups = model.groups();
        ViewWindow[] dialog = new ViewWindow[1];
        dialog[0] = new ViewWindow(new NewTeamGroupView(groups, () -> dialog[0].close()), themes, model.i18n().text("teamChat.group.new.title"),
                ViewWindow.FIT, ViewWindow.FIT).modalTo(root.getScene().getWindow());
        dialog[0].show();
    }

    /** The members of the selected group, over this window. */
    private void showMembers() {
        Long selected = model.selectedProperty().get();
        if (selected == null) {
            return;
        }
        TeamGroupsViewModel groups = model.groups();
        ViewWindow[] dialog = new ViewWindow[1];
        dialog[0] = new ViewWindow(new TeamGroupMembersView(groups, selected, () -> dialog[0].close(), avatars), themes,
                model.i18n().text("teamChat.group.members.title"), ViewWindow.FIT, ViewWindow.FIT).modalTo(root.getScene().getWindow());
        dialog[0].show();
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(newChat.textProperty(), i18n.text("teamChat.new"));
        disposer.bind(earlier.textProperty(), i18n.text("teamChat.earlier"));
        disposer.bind(send.textProperty(), i18n.text("teamChat.send"));
        disposer.bind(input.promptTextProperty(), i18n.text("teamChat.input.prompt"));
        disposer.bind(empty.textProperty(), i18n.text("teamChat.empty"));
        disposer.bind(title.textProperty(), model.title());
        disposer.observe(model.face(), face -> {
            headerAvatar.setVisible(face != null);
            if (face != null) {
                headerAvatar.show(face.id(), face.name(), face.avatar());
            }
        });
        disposer.bind(typing.textProperty(), model.typing());
        disposer.bind(earlier.visibleProperty(), model.hasEarlier());
        disposer.bind(error.textProperty(), model.error());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(model.error()));
        input.textProperty().bindBidirectional(model.input());
        disposer.onDispose(() -> input.textProperty().unbindBidirectional(model.input()));
        disposer.bind(conversation.visibleProperty(), model.showing());
        disposer.bind(empty.visibleProperty(), model.showing().not());
        disposer.bind(groupMembers.visibleProperty(), model.adHoc());
        disposer.bind(groupMembers.textProperty(), i18n.text("teamChat.group.members"));

        conversations.setItems(model.conversations());
        disposer.onDispose(() -> conversations.setItems(null));
        messages.setItems(model.lines());
        disposer.onDispose(() -> messages.setItems(null));
        disposer.observe(model.selectedProperty(), id -> {
            selectInList(id);
            Platform.runLater(input::requestFocus);
        });
        disposer.listenList(model.conversations(), (ListChangeListener<TeamChatViewModel.ConversationItem>) change ->
                selectInList(model.selectedProperty().get()));
        disposer.listen(conversations.getSelectionModel().selectedItemProperty(), (observable, before, now) -> {
            if (now != null) {
                model.select(now.id());
            }
        });
        disposer.listenList(model.lines(), (ListChangeListener<TeamChatViewModel.Line>) change -> scrollToEnd());
        scrollToEnd();

        // seen while this page shows and the window has the focus
        model.visibleProperty().set(windowFocused());
        disposer.observe(root.sceneProperty(), scene -> model.visibleProperty().set(windowFocused()));
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            disposer.listen(root.getScene().getWindow().focusedProperty(), (observable, before, now) -> model.visibleProperty().set(now));
        }
        disposer.onDispose(() -> model.visibleProperty().set(false));
    }

    private boolean windowFocused() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        return window != null && window.isFocused();
    }

    private void selectInList(Long id) {
        for (TeamChatViewModel.ConversationItem item : model.conversations()) {
            if (id != null && item.id() == id && conversations.getSelectionModel().getSelectedItem() != item) {
                conversations.getSelectionModel().select(item);
            }
        }
    }

    private void scrollToEnd() {
        if (!model.lines().isEmpty()) {
            messages.scrollTo(model.lines().size() - 1);
        }
    }

    /** A conversation: who it is with (their picture), its title, the last message, and its unread count when there is any. */
    private final class ConversationCell extends ListCell<TeamChatViewModel.ConversationItem> {
        private final AvatarNode face = new AvatarNode(avatars, LIST_AVATAR);
        private final Label name = new Label();
        private final Label preview = new Label();
        private final Label unread = new Label();
        private final HBox box;

        ConversationCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(0);
            preview.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            preview.setMinWidth(0);
            // as wide as the list gives, not as the text would like
            setPrefWidth(0);
            unread.getStyleClass().add("unread-badge");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(2, name, preview);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(6, face, text, spacer, unread);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TeamChatViewModel.ConversationItem item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            if (isEmpty || item == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("teamChatConversation-" + item.id());
            face.show(item.face().id(), item.face().name(), item.face().avatar());
            name.setText(item.title());
            preview.setText(item.preview());
            unread.setText(Integer.toString(item.unread()));
            unread.setVisible(item.unread() > 0);
            setGraphic(box);
        }
    }

    /** A message: who and when, the text as a label, a link to a shared chat, and how far one of the agent's own has got. */
    private final class LineCell extends ListCell<TeamChatViewModel.Line> {
        private final AvatarNode sender = new AvatarNode(avatars, MENU_AVATAR);
        private final Label meta = new Label();
        private final Label text = new Label();
        private final Hyperlink link = new Hyperlink();
        private final Label status = new Label();
        private final Button discard = new Button();
        private final HBox who = new HBox(6, sender, meta);
        private final VBox box = new VBox(2, who, text, link, new HBox(6, status, discard));
        private final Label event = new Label();
        private final HBox eventBox = new HBox(event);

        LineCell() {
            event.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "team-chat-event");
            event.setWrapText(true);
            event.maxWidthProperty().bind(messages.widthProperty().subtract(40));
            eventBox.setAlignment(Pos.CENTER);
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            who.setAlignment(Pos.CENTER_LEFT);
            sender.managedProperty().bind(sender.visibleProperty());
            text.setWrapText(true);
            text.getStyleClass().add("team-chat-text");
            link.setId("teamChatLink");
            link.managedProperty().bind(link.visibleProperty());
            text.managedProperty().bind(text.visibleProperty());
            status.getStyleClass().addAll(Styles.TEXT_SMALL);
            discard.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            discard.managedProperty().bind(discard.visibleProperty());
            box.setMinWidth(0);
            // each part as wide as its text (up to the list's width), so that one's own lines sit on the right
            box.setFillWidth(false);
            text.maxWidthProperty().bind(messages.widthProperty().subtract(40));
        }

        @Override
        protected void updateItem(TeamChatViewModel.Line line, boolean isEmpty) {
            super.updateItem(line, isEmpty);
            if (isEmpty || line == null) {
                setGraphic(null);
                return;
            }
            if (line.event()) {
                // a change of the group: one muted line in the middle, no sender
                event.setText(line.text() + " · " + line.time());
                setGraphic(eventBox);
                return;
            }
            meta.setText(line.sender() + " · " + line.time());
            // a colleague's line shows who wrote it; one's own needs no picture
            sender.setVisible(line.face() != null);
            if (line.face() != null) {
                sender.show(line.face().id(), line.face().name(), line.face().avatar());
            }
            text.setText(line.text());
            text.setVisible(!line.text().isBlank());
            link.setVisible(line.link() != null);
            link.setText(line.linkText());
            link.setOnAction(event -> model.openLink(line));
            status.setText(line.status());
            status.setVisible(line.status() != null);
            status.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
            status.getStyleClass().add(line.failed() ? Styles.DANGER : Styles.TEXT_MUTED);
            discard.setText(model.i18n().get("teamChat.discard"));
            discard.setVisible(line.failed());
            discard.setOnAction(event -> model.discard(line.clientId()));
            box.setAlignment(line.mine() ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
            setGraphic(box);
        }
    }
}
