package dev.switchboard.app.shell;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.feature.MenuEntry;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.StatusMenu;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.notify.ToastView;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.NoticeArea;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.ui.StatusDot;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window's frame: a header with the agent's name, status switcher and connection
 * indicator, a navigation column with the features' pages and panels, and the current page with
 * in-window notices above it.
 */
public final class ShellView extends View<BorderPane> {

    private final ShellViewModel model;
    private final Map<String, View<? extends Parent>> pageViews = new HashMap<>();
    private final ToastView toasts;
    private final List<View<? extends Parent>> sidePanels;
    private final View<? extends Region> alerts;

    private final BorderPane root = new BorderPane();
    private final Label connectionIndicator = new Label();
    private final Circle connectionDot = new Circle(4);
    private final Tooltip connectionTooltip = new Tooltip();
    private final MenuButton statusSwitcher = new MenuButton();
    private final List<MenuItem> statusChoiceItems = new java.util.ArrayList<>();
    private final Circle statusDot = StatusDot.create(AgentStatus.OFFLINE);
    private final MenuButton userMenu = new MenuButton();
    private final Map<MenuItem, MenuEntry> featureItems = new HashMap<>();
    private final MenuItem signOutItem = new MenuItem();
    private final MenuItem quitItem = new MenuItem();
    private final VBox navigation = new VBox(4);
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private final StackPane pageHolder = new StackPane();
    private final VBox corner = new VBox();
    private final Rectangle cornerClip = new Rectangle();
    private final Runnable placeCorner = this::placeCorner;
    private final Disposer navigationBindings = new Disposer();
    private View<? extends Parent> currentPage;

    /**
     * @param sidePanels shown under the navigation on every page (the agent's work and queues)
     * @param alerts     what waits for the agent, above the passing notices in the top right corner
     */
    public ShellView(ShellViewModel model, ToastView toasts, List<View<? extends Parent>> sidePanels,
                     View<? extends Region> alerts) {
        this.model = model;
        this.toasts = toasts;
        this.sidePanels = List.copyOf(sidePanels);
        this.alerts = alerts;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        Label product = new Label("Switchboard", new FontIcon(Material2AL.HEADSET_MIC));
        product.getStyleClass().addAll(Styles.TITLE_4, "product-name");
        product.setGraphicTextGap(8);

        connectionIndicator.setId("connectionIndicator");
        connectionIndicator.getStyleClass().add("connection-indicator");
        connectionDot.getStyleClass().add("connection-dot");
        connectionIndicator.setGraphic(connectionDot);
        connectionIndicator.setTooltip(connectionTooltip);

        statusSwitcher.setId("statusSwitcher");
        statusSwitcher.setGraphic(statusDot);
        // Wide enough for every status in both languages, so the header does not jump on a change.
        statusSwitcher.setMinWidth(110);
        for (AgentStatus choice : model.selectableStatuses()) {
            MenuItem item = new MenuItem();
            item.setId("status-" + choice.name());
            item.setGraphic(StatusDot.create(choice));
            item.setOnAction(event -> model.requestStatus(choice));
            statusSwitcher.getItems().add(item);
        }

        userMenu.setId("userMenu");
        userMenu.setGraphic(new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        userMenu.getStyleClass().add(Styles.FLAT);
        for (MenuEntry entry : model.menuEntries()) {
            MenuItem item = new MenuItem();
            item.setId(entry.id());
            item.setGraphic(new FontIcon(entry.icon()));
            item.setOnAction(event -> entry.action().run());
            featureItems.put(item, entry);
            userMenu.getItems().add(item);
        }
        signOutItem.setId("signOutItem");
        signOutItem.setGraphic(new FontIcon(Material2AL.EXIT_TO_APP));
        signOutItem.setOnAction(event -> model.signOut());
        quitItem.setId("quitItem");
        quitItem.setGraphic(new FontIcon(Material2MZ.POWER_SETTINGS_NEW));
        quitItem.setOnAction(event -> model.quit());
        userMenu.getItems().addAll(signOutItem, new SeparatorMenuItem(), quitItem);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, product, spacer, connectionIndicator, statusSwitcher, userMenu);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        header.getStyleClass().add("app-header");

        navigation.setId("navigation");
        navigation.setPadding(new Insets(12, 8, 12, 8));
        VBox panels = new VBox();
        for (View<? extends Parent> panel : sidePanels) {
            panels.getChildren().add(panel.root());
            VBox.setVgrow(panel.root(), Priority.ALWAYS);
        }
        // the panels shrink to fit as before, and scroll once even that is too tall (a required wrap-up's
        // Submit under "My work" in a window 760 pixels high was cut off, out of reach)
        ScrollPane panelScroll = new ScrollPane(panels);
        panelScroll.setId("sidePanels");
        panelScroll.getStyleClass().addAll("edge-to-edge", "side-panels");
        panelScroll.setFitToWidth(true);
        panelScroll.setFitToHeight(true);
        panelScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(panelScroll, Priority.ALWAYS);
        VBox navigationColumn = new VBox(navigation, new Separator(), panelScroll);
        navigationColumn.getStyleClass().add("app-navigation");
        navigationColumn.setPrefWidth(210);
        navigationColumn.setMinWidth(210);

        pageHolder.getStyleClass().add("page-holder");
        corner.getChildren().setAll(alerts.root(), toasts.root());
        corner.setId("noticeCorner");
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setPickOnBounds(false);
        corner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane center = new StackPane(pageHolder, corner);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);

        root.setTop(header);
        root.setLeft(navigationColumn);
        root.setCenter(center);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        toasts.activate();
        disposer.onDispose(toasts::deactivate);
        for (View<? extends Parent> panel : sidePanels) {
            panel.activate();
            disposer.onDispose(panel::deactivate);
        }
        alerts.activate();
        disposer.onDispose(alerts::deactivate);

        disposer.bind(userMenu.textProperty(), model.displayName());
        disposer.bind(statusSwitcher.textProperty(), model.statusText());
        disposer.observe(model.status(), status -> StatusDot.paint(statusDot, status));
        for (MenuItem item : statusSwitcher.getItems().stream().filter(item -> !statusChoiceItems.contains(item)).toList()) {
            AgentStatus choice = AgentStatus.valueOf(item.getId().substring("status-".length()));
            disposer.bind(item.textProperty(), i18n.text(() -> model.statusText(choice)));
        }
        ListChangeListener<StatusMenu.Choice> choicesChanged = change -> showStatusChoices();
        disposer.listenList(model.statusChoices(), choicesChanged);
        showStatusChoices();
        disposer.bind(connectionIndicator.textProperty(), model.connectionText());
        disposer.bind(connectionTooltip.textProperty(), i18n.text("connection.tooltip"));
        disposer.observe(model.connectionState(), this::showConnection);
        featureItems.forEach((item, entry) -> disposer.bind(item.textProperty(), i18n.text(entry.labelKey())));
        disposer.bind(signOutItem.textProperty(), i18n.text("menu.signOut"));
        disposer.bind(quitItem.textProperty(), i18n.text("menu.quit"));

        ListChangeListener<PageEntry> pagesChanged = change -> showNavigation();
        disposer.listenList(model.pages(), pagesChanged);
        showNavigation();
        disposer.onDispose(navigationBindings::dispose);
        disposer.observe(model.selectedPageProperty(), this::showPage);
        // after each layout, when the page's parts have their places for this frame
        root.getScene().addPostLayoutPulseListener(placeCorner);
        disposer.onDispose(() -> root.getScene().removePostLayoutPulseListener(placeCorner));
        disposer.onDispose(() -> {
            if (currentPage != null) {
                currentPage.deactivate();
            }
        });
    }

    /** The status choices a feature added (away with a reason), after the plain statuses. */
    private void showStatusChoices() {
        statusSwitcher.getItems().removeAll(statusChoiceItems);
        statusChoiceItems.clear();
        for (StatusMenu.Choice choice : model.statusChoices()) {
            MenuItem item = new MenuItem(choice.label(), StatusDot.create(choice.status()));
            item.setId(choice.id());
            item.setOnAction(event -> model.requestStatus(choice));
            statusChoiceItems.add(item);
        }
        statusSwitcher.getItems().addAll(statusChoiceItems);
    }

    /**
     * Puts the alerts and notices where the page lets them lie ({@link NoticeArea}), clipped to its
     * height; elsewhere in the page's top right corner. Moves them only when the place changed.
     */
    private void placeCorner() {
        Optional<Bounds> area = currentPage instanceof NoticeArea page ? page.noticeAreaInScene() : Optional.empty();
        double x = 0;
        double y = 0;
        if (area.isPresent() && corner.getParent() != null) {
            Bounds holder = corner.getParent().localToScene(corner.getParent().getLayoutBounds());
            x = Math.min(0, area.get().getMaxX() - holder.getMaxX());
            y = Math.max(0, area.get().getMinY() - holder.getMinY());
            cornerClip.setWidth(corner.getWidth());
            cornerClip.setHeight(Math.max(0, area.get().getHeight()));
            if (corner.getClip() != cornerClip) {
                corner.setClip(cornerClip);
            }
        } else if (corner.getClip() != null) {
            corner.setClip(null);
        }
        corner.setTranslateX(x);
        corner.setTranslateY(y);
    }

    private void showConnection(ConnectionState state) {
        connectionIndicator.getStyleClass().removeIf(style -> style.startsWith("connection-"));
        connectionIndicator.getStyleClass().addAll("connection-indicator",
                "connection-" + state.name().toLowerCase(Locale.ROOT));
    }

    private void showNavigation() {
        navigationBindings.dispose();
        navigation.getChildren().clear();
        navigationGroup.getToggles().clear();
        for (PageEntry page : model.pages()) {
            ToggleButton button = new ToggleButton();
            button.setId("nav-" + page.id());
            FontIcon icon = new FontIcon(page.icon());
            button.setGraphic(page.badge() == null ? icon : withBadge(icon, page.badge()));
            navigationBindings.bind(button.textProperty(), model.i18n().text(page.labelKey()));
            button.getStyleClass().addAll(Styles.FLAT, "nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setToggleGroup(navigationGroup);
            button.setSelected(page == model.selectedPageProperty().get());
            button.setOnAction(event -> {
                model.selectedPageProperty().set(page);
                // A toggle in a navigation stays pressed: clicking the current page keeps it selected.
                button.setSelected(true);
            });
            navigation.getChildren().add(button);
        }
    }

    /** The page's icon with its count (e.g. unread messages) over it, hidden at zero. */
    private StackPane withBadge(FontIcon icon, PageEntry.Badge count) {
        Label badge = new Label();
        badge.setId(count.id());
        badge.getStyleClass().add("unread-badge");
        navigationBindings.bind(badge.textProperty(), count.count().asString());
        navigationBindings.bind(badge.visibleProperty(), count.count().greaterThan(0));
        StackPane graphic = new StackPane(icon, badge);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        badge.setTranslateX(10);
        badge.setTranslateY(-8);
        return graphic;
    }

    private void showPage(PageEntry page) {
        if (currentPage != null) {
            currentPage.deactivate();
        }
        currentPage = pageViews.computeIfAbsent(page.id(), id -> page.view().get());
        currentPage.activate();
        pageHolder.getChildren().setAll(currentPage.root());
        navigationGroup.getToggles().forEach(toggle ->
                toggle.setSelected(((ToggleButton) toggle).getId().equals("nav-" + page.id())));
    }
}
