package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.chat.ChatOffer;
import dev.switchboard.app.chat.ChatTabActions;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.NoticeArea;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.shared.chat.Attachment;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Chats page: offers to accept or decline with their countdown, and a tab per chat with its
 * unread count. Ctrl+Tab and Ctrl+Shift+Tab go round the tabs, Ctrl+1..9 jump to one.
 */
public final class ChatsView extends View<BorderPane> implements NoticeArea {

    private final ChatsViewModel model;
    private final ThemeManager themes;
    private final AttachmentImages images;
    private final BorderPane root = new BorderPane();
    private final VBox offers = new VBox(6);
    private final TabPane tabPane = new TabPane();
    private final Label empty = new Label(null, new FontIcon(Material2AL.CHAT_BUBBLE_OUTLINE));
    private final ChatTabActions tabActions;
    private final Map<ChatTabViewModel, Tab> tabs = new HashMap<>();
    private final Map<Tab, ChatTabView> views = new HashMap<>();
    private final Disposer offerBindings = new Disposer();
    private boolean active;
    private final ImageViewerWindow viewer;
    private final RecentEmoji recentEmoji;
    private ViewWindow dialog;

    /** @param recentEmoji the emoji the agent used last, kept for the account */
    public ChatsView(ChatsViewModel model, ThemeManager themes, AttachmentImages images, ChatTabActions tabActions, RecentEmoji recentEmoji) {
        this.model = model;
        this.recentEmoji = recentEmoji;
        this.themes = themes;
        this.images = images;
        this.tabActions = tabActions;
        this.viewer = new ImageViewerWindow(themes, model.context().texts().i18n(), attachment -> images.full(attachment.id()),
                ChatsView::chooseSaveTarget);
        build();
    }

    private static Optional<Path> chooseSaveTarget(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("chatsPage");
        offers.setId("chatOffers");
        offers.setPadding(new Insets(8, 8, 0, 8));
        offers.managedProperty().bind(Bindings.isNotEmpty(offers.getChildren()));
        tabPane.setId("chatTabs");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabPane.getStyleClass().add("chat-tabs");
        empty.setId("chatsEmpty");
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "chats-empty");
        StackPane center = new StackPane(tabPane, empty);
        root.setTop(offers);
        root.setCenter(center);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void shortcut(KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        if (event.getCode() == KeyCode.TAB) {
            if (event.isShiftDown()) {
                model.selectPrevious();
            } else {
                model.selectNext();
            }
            event.consume();
        } else if (event.getCode().isDigitKey() && event.getCode() != KeyCode.DIGIT0 && event.getCode() != KeyCode.NUMPAD0) {
            model.select(Integer.parseInt(event.getCode().getChar()) - 1);
            event.consume();
        }
    }

    @Override
    protected void onActivate(Disposer disposer) {
        active = true;
        I18n i18n = model.context().texts().i18n();
        disposer.bind(empty.textProperty(), i18n.text("chat.empty"));
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(empty.visibleProperty(), Bindings.isEmpty(model.tabs()));

        ListChangeListener<ChatTabViewModel> tabsChanged = change -> showTabs();
        disposer.listenList(model.tabs(), tabsChanged);
        showTabs();
        disposer.observe(model.selectedProperty(), selected -> {
            Tab tab = selected == null ? null : tabs.get(selected);
            if (tab != null && tabPane.getSelectionModel().getSelectedItem() != tab) {
                tabPane.getSelectionModel().select(tab);
            }
            updateVisibility();
        });
        disposer.listen(tabPane.getSelectionModel().selectedItemProperty(), (observable, before, now) -> {
            tabs.entrySet().stream().filter(entry -> entry.getValue() == now).findFirst()
                    .ifPresent(entry -> model.selectedProperty().set(entry.getKey()));
            ChatTabView view = views.get(now);
            if (view != null) {
                view.scrollToEnd();
            }
            focusFrontInputLater();
        });
        disposer.listen(model.inputFocusRequests(), (observable, before, now) -> focusFrontInputLater());
        disposer.observe(root.sceneProperty(), scene -> updateVisibility());
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            disposer.listen(root.getScene().getWindow().focusedProperty(), (observable, before, now) -> updateVisibility());
        }

        ListChangeListener<ChatOffer> offersChanged = change -> showOffers();
        disposer.listenList(model.offers(), offersChanged);
        showOffers();
        disposer.onDispose(offerBindings::dispose);
        disposer.onDispose(() -> {
            active = false;
            views.values().forEach(ChatTabView::deactivate);
            updateVisibility();
            closeDialog();
            viewer.close();
        });
        views.values().forEach(ChatTabView::activate);
        focusFrontInputLater();
    }

    /**
     * Puts the cursor into the front chat's message box once the events in progress are done: the
     * page is activated before it is in the window, and a click on a tab's header or an alert's
     * button focuses them after the tab was selected.
     */
    private void focusFrontInputLater() {
        Platform.runLater(() -> {
            ChatTabView front = views.get(tabPane.getSelectionModel().getSelectedItem());
            if (active && front != null) {
                front.focusInput();
            }
        });
    }

    /** Over the chat in front, clear of its header and input; without a chat, the page's corner (the offers leave it free). */
    @Override
    public Optional<Bounds> noticeAreaInScene() {
        ChatTabView front = views.get(tabPane.getSelectionModel().getSelectedItem());
        return front == null || !active ? Optional.empty() : front.noticeAreaInScene();
    }

    /** A chat counts as seen when its tab is selected, this page shows, and the window has the focus. */
    private void updateVisibility() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        boolean focused = window != null && window.isFocused();
        tabs.forEach((model, tab) -> model.visibleProperty().set(active && focused && tab.isSelected()));
    }

    private void showTabs() {
        for (ChatTabViewModel tabModel : model.tabs()) {
            tabs.computeIfAbsent(tabModel, this::newTab);
        }
        tabs.entrySet().removeIf(entry -> {
            if (model.tabs().contains(entry.getKey())) {
                return false;
            }
            ChatTabView view = views.remove(entry.getValue());
            view.deactivate();
            entry.getKey().visibleProperty().set(false);
            return true;
        });
        List<Tab> ordered = model.tabs().stream().map(tabs::get).toList();
        if (!tabPane.getTabs().equals(ordered)) {
            tabPane.getTabs().setAll(ordered);
        }
        ChatTabViewModel selected = model.selectedProperty().get();
        if (selected != null && tabs.get(selected) != null) {
            tabPane.getSelectionModel().select(tabs.get(selected));
        }
        updateVisibility();
    }

    private Tab newTab(ChatTabViewModel tabModel) {
        ChatTabView view = new ChatTabView(tabModel, images, recentEmoji, new TabWindows(), tabActions.all());
        Tab tab = new Tab();
        tab.setId("chatTab-" + tabModel.id());
        Label title = new Label();
        title.textProperty().bind(tabModel.title());
        Label badge = new Label();
        badge.getStyleClass().add("unread-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> Integer.toString(tabModel.chatProperty().get().unread()),
                tabModel.chatProperty()));
        badge.visibleProperty().bind(Bindings.createBooleanBinding(() -> tabModel.chatProperty().get().unread() > 0,
                tabModel.chatProperty()));
        badge.managedProperty().bind(badge.visibleProperty());
        HBox graphic = new HBox(6, title, badge);
        graphic.setAlignment(Pos.CENTER_LEFT);
        tab.setGraphic(graphic);
        tab.setContent(view.root());
        tab.selectedProperty().addListener((observable, before, now) -> updateVisibility());
        views.put(tab, view);
        if (active) {
            view.activate();
        }
        return tab;
    }

    private void showOffers() {
        offerBindings.dispose();
        offers.getChildren().clear();
        for (ChatOffer offer : model.offers()) {
            offers.getChildren().add(offerBar(offer));
        }
    }

    private HBox offerBar(ChatOffer offer) {
        I18n i18n = model.context().texts().i18n();
        Label text = new Label(model.offerText(offer), new FontIcon(Material2AL.CHAT));
        text.setWrapText(true);
        Label countdown = new Label();
        countdown.getStyleClass().add("offer-countdown");
        offerBindings.bind(countdown.textProperty(), i18n.text(() -> i18n.get("chat.offer.secondsLeft",
                model.secondsLeft(offer, model.ticker().now())), model.ticker().nowProperty()));
        Button accept = new Button(i18n.get("chat.offer.accept"));
        accept.setId("offerAccept-" + offer.conversation().id());
        accept.getStyleClass().addAll(Styles.SUCCESS, Styles.SMALL);
        accept.setOnAction(event -> model.accept(offer));
        Button decline = new Button(i18n.get("chat.offer.decline"));
        decline.setId("offerDecline-" + offer.conversation().id());
        decline.getStyleClass().add(Styles.SMALL);
        decline.setOnAction(event -> model.decline(offer));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the answer next to the question: the right edge is where notices pop up
        HBox bar = new HBox(10, text, countdown, accept, decline, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("offer-bar");
        return bar;
    }

    private void closeDialog() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
    }

    /** Dialogs and windows the tabs open, owned by this page's window. */
    private final class TabWindows implements ChatTabView.Windows {
        @Override
        public void handOver(HandOverViewModel handOver) {
            closeDialog();
            HandOverView view = new HandOverView(handOver, ChatsView.this::closeDialog);
            String titleKey = handOver.mode() == HandOverViewModel.Mode.TRANSFER ? "chat.transfer.title" : "chat.assist.title";
            dialog = new ViewWindow(view, themes, handOver.texts().i18n().text(titleKey), ViewWindow.FIT, ViewWindow.FIT)
                    .modalTo(root.getScene().getWindow())
                    .onCloseRequest(ChatsView.this::closeDialog);
            dialog.stage().setResizable(false);
            dialog.show();
        }

        @Override
        public void warnSensitiveWords(ChatTabViewModel tab, SensitiveWordHold hold) {
            closeDialog();
            Runnable done = () -> {
                closeDialog();
                tab.input().editHeld();
            };
            dialog = new ViewWindow(new SensitiveWordView(tab, hold, done), themes, tab.texts().i18n().text("sensitive.title"),
                    ViewWindow.FIT, ViewWindow.FIT)
                    .modalTo(root.getScene().getWindow())
                    .onCloseRequest(done);
            dialog.stage().setResizable(false);
            dialog.show();
        }

        @Override
        public void confirmEnd(ChatTabViewModel tab) {
            closeDialog();
            EndChatView view = new EndChatView(tab, ChatsView.this::closeDialog);
            dialog = new ViewWindow(view, themes, tab.texts().i18n().text("chat.end.title"), ViewWindow.FIT, ViewWindow.FIT)
                    .modalTo(root.getScene().getWindow())
                    .onCloseRequest(ChatsView.this::closeDialog);
            dialog.stage().setResizable(false);
            dialog.show();
        }

        @Override
        public void showImage(Attachment attachment, Consumer<Path> saveTo) {
            viewer.show(attachment, saveTo);
        }

        @Override
        public void chooseFiles(boolean save, String suggestedName, Consumer<List<File>> chosen) {
            FileChooser chooser = new FileChooser();
            Window owner = root.getScene().getWindow();
            if (save) {
                chooser.setInitialFileName(suggestedName);
                File target = chooser.showSaveDialog(owner);
                if (target != null) {
                    chosen.accept(List.of(target));
                }
            } else {
                List<File> files = chooser.showOpenMultipleDialog(owner);
                if (files != null && !files.isEmpty()) {
                    chosen.accept(files);
                }
            }
        }
    }
}
