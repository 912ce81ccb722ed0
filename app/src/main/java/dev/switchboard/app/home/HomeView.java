package dev.switchboard.app.home;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.ui.StatusDot;
import dev.switchboard.shared.agents.AgentStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Home page: the agent's own status and groups. */
public final class HomeView extends View<VBox> {

    private final HomeViewModel model;
    private final VBox root = new VBox(20);
    private final Label greeting = new Label();
    private final Label statusCaption = new Label();
    private final Circle statusDot = StatusDot.create(AgentStatus.OFFLINE);
    private final Label statusValue = new Label();
    private final Label roleCaption = new Label();
    private final Label roleValue = new Label();
    private final Label chatLimit = new Label();
    private final Label groupsCaption = new Label();
    private final FlowPane groups = new FlowPane(8, 8);
    private final Label noGroups = new Label();

    public HomeView(HomeViewModel model) {
        this.model = model;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("homePage");
        root.setPadding(new Insets(24, 32, 24, 32));
        greeting.getStyleClass().add(Styles.TITLE_2);

        statusValue.setId("homeStatus");
        statusValue.setGraphic(statusDot);
        statusValue.getStyleClass().add(Styles.TITLE_4);
        roleValue.setId("homeRole");
        roleValue.getStyleClass().add(Styles.TITLE_4);
        chatLimit.getStyleClass().add(Styles.TEXT_MUTED);
        HBox facts = new HBox(16,
                tile(statusCaption, statusValue),
                tile(roleCaption, roleValue, chatLimit));

        groups.setId("homeGroups");
        noGroups.getStyleClass().add(Styles.TEXT_MUTED);
        VBox groupTile = tile(groupsCaption, groups, noGroups);
        groupTile.setMaxWidth(Double.MAX_VALUE);

        root.getChildren().addAll(greeting, facts, groupTile);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(greeting.textProperty(), model.greeting());
        disposer.bind(statusCaption.textProperty(), i18n.text("home.status"));
        disposer.bind(statusValue.textProperty(), model.statusText());
        disposer.observe(model.status(), status -> StatusDot.paint(statusDot, status));
        disposer.bind(roleCaption.textProperty(), i18n.text("home.role"));
        disposer.bind(roleValue.textProperty(), model.roleText());
        disposer.bind(chatLimit.textProperty(), model.chatLimitText());
        disposer.bind(groupsCaption.textProperty(), i18n.text("home.groups"));
        disposer.bind(noGroups.textProperty(), i18n.text("home.noGroups"));
        ListChangeListener<String> groupsChanged = change -> showGroups();
        disposer.listenList(model.groupNames(), groupsChanged);
        showGroups();
    }

    private void showGroups() {
        groups.getChildren().setAll(model.groupNames().stream().map(HomeView::chip).toList());
        boolean none = model.groupNames().isEmpty();
        noGroups.setVisible(none);
        noGroups.setManaged(none);
    }

    private static Label chip(String name) {
        Label chip = new Label(name, new FontIcon(Material2AL.GROUP));
        chip.getStyleClass().add("group-chip");
        return chip;
    }

    private static VBox tile(Label caption, Node... content) {
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "tile-caption");
        VBox tile = new VBox(8, caption);
        tile.getChildren().addAll(content);
        tile.getStyleClass().add("tile");
        tile.setPadding(new Insets(16, 20, 16, 20));
        tile.setMinWidth(220);
        return tile;
    }
}
