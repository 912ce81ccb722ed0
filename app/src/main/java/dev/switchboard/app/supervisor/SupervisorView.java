package dev.switchboard.app.supervisor;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.ui.StatusDot;
import dev.switchboard.app.ui.TableFit;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Supervisor page: every agent with role, groups and live status, and the chats going on now. */
public final class SupervisorView extends View<HBox> {

    private final SupervisorViewModel model;
    private final HBox root = new HBox(16);
    private final VBox main = new VBox(12);
    private final Label title = new Label();
    private final Label summary = new Label();
    private final TableView<AgentRow> table = new TableView<>();
    private final TableColumn<AgentRow, String> nameColumn = column(AgentRow::displayName);
    private final TableColumn<AgentRow, String> loginColumn = column(AgentRow::login);
    private final TableColumn<AgentRow, AgentRow> roleColumn = new TableColumn<>();
    private final TableColumn<AgentRow, String> groupsColumn = column(row -> String.join(", ", row.groups()));
    private final TableColumn<AgentRow, AgentRow> statusColumn = new TableColumn<>();
    private final TableColumn<AgentRow, Integer> maxChatsColumn = new TableColumn<>();

    private final OngoingChatsView ongoingChats;
    private final Function<AgentRow, ContextMenu> rowMenu;

    /** @param rowMenu the menu on an agent's row (a supervisor sets their status) */
    public SupervisorView(SupervisorViewModel model, OngoingChatsView ongoingChats, Function<AgentRow, ContextMenu> rowMenu) {
        this.model = model;
        this.ongoingChats = ongoingChats;
        this.rowMenu = rowMenu;
        build();
    }

    @Override
    public HBox root() {
        return root;
    }

    private void build() {
        root.setId("supervisorPage");
        root.setPadding(new Insets(24, 32, 24, 32));
        title.getStyleClass().add(Styles.TITLE_2);
        summary.setId("teamSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        roleColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        roleColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(AgentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : model.roleText(row));
            }
        });
        statusColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        statusColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(AgentRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(model.statusText(row.status()));
                    setGraphic(StatusDot.create(row.status()));
                }
            }
        });
        maxChatsColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().maxChats()));
        maxChatsColumn.getStyleClass().add(Tweaks.ALIGN_RIGHT);

        // never narrower than their headers and usual values in either language: with the watched chat open beside,
        // the table scrolls sideways rather than cutting "Login" to "Lo…"
        nameColumn.setPrefWidth(170);
        nameColumn.setMinWidth(120);
        loginColumn.setPrefWidth(100);
        loginColumn.setMinWidth(80);
        roleColumn.setPrefWidth(110);
        roleColumn.setMinWidth(120);
        groupsColumn.setPrefWidth(250);
        groupsColumn.setMinWidth(140);
        statusColumn.setPrefWidth(110);
        statusColumn.setMinWidth(90);
        maxChatsColumn.setPrefWidth(110);
        maxChatsColumn.setMinWidth(100);
        table.setId("agentsTable");
        table.setRowFactory(view -> {
            TableRow<AgentRow> row = new TableRow<>();
            row.itemProperty().addListener((observable, before, agent) -> {
                row.setId(agent == null ? null : "agentRow-" + agent.id());
                row.setContextMenu(agent == null ? null : rowMenu.apply(agent));
            });
            return row;
        });
        table.getColumns().addAll(List.of(nameColumn, loginColumn, roleColumn, groupsColumn, statusColumn,
                maxChatsColumn));
        TableFit.fitOrScroll(table);
        table.getStyleClass().add(Styles.STRIPED);
        SplitPane split = new SplitPane(table, ongoingChats.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        split.getStyleClass().add("supervisor-split");
        VBox.setVgrow(split, Priority.ALWAYS);

        main.getChildren().addAll(title, summary, split);
        HBox.setHgrow(main, Priority.ALWAYS);
        root.getChildren().addAll(main, ongoingChats.watchPane());
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        ongoingChats.activate();
        disposer.onDispose(ongoingChats::deactivate);
        table.setItems(model.rows());
        disposer.onDispose(() -> table.setItems(null));
        disposer.bind(title.textProperty(), i18n.text("supervisor.title"));
        disposer.bind(summary.textProperty(), model.summary());
        disposer.bind(nameColumn.textProperty(), i18n.text("supervisor.column.name"));
        disposer.bind(loginColumn.textProperty(), i18n.text("supervisor.column.login"));
        disposer.bind(roleColumn.textProperty(), i18n.text("supervisor.column.role"));
        disposer.bind(groupsColumn.textProperty(), i18n.text("supervisor.column.groups"));
        disposer.bind(statusColumn.textProperty(), i18n.text("supervisor.column.status"));
        disposer.bind(maxChatsColumn.textProperty(), i18n.text("supervisor.column.maxChats"));
        disposer.bind(table.placeholderProperty(), i18n.text("supervisor.empty").map(Label::new));
        // Role and status cells are translated when drawn: redraw them in the new language.
        disposer.invalidated(i18n.localeProperty(), observable -> table.refresh());
    }

    private static TableColumn<AgentRow, String> column(Function<AgentRow, String> value) {
        TableColumn<AgentRow, String> column = new TableColumn<>();
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        return column;
    }
}
