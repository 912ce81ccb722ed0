package dev.switchboard.app.queue;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Agent;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Queue page: the waiting chats of the agent's groups, "Take" for the selected one (or a
 * double-click on it), and for supervisors "Assign" to a connected agent with a reason.
 */
public final class QueuePageView extends View<VBox> {

    private final QueuePageViewModel model;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label problem = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final TableView<WaitingRow> table = new TableView<>();
    private final TableColumn<WaitingRow, WaitingRow> visitorColumn = new TableColumn<>();
    private final TableColumn<WaitingRow, String> groupColumn = new TableColumn<>();
    private final TableColumn<WaitingRow, String> waitedColumn = new TableColumn<>();
    private final Button take = new Button(null, new FontIcon(Material2MZ.PLAY_ARROW));
    private final Label assignLabel = new Label();
    private final ComboBox<Agent> assignee = new ComboBox<>();
    private final TextField reason = new TextField();
    private final Button assign = new Button(null, new FontIcon(Material2AL.ASSIGNMENT_IND));

    public QueuePageView(QueuePageViewModel model) {
        this.model = model;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("queuePage");
        root.setPadding(new Insets(24, 32, 24, 32));
        title.getStyleClass().add(Styles.TITLE_2);
        summary.setId("queuePageSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        problem.setId("queuePageProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());

        visitorColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        visitorColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(WaitingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.visitorName());
                setGraphic(empty || row == null || !row.priority() ? null : new FontIcon(Material2MZ.STAR));
            }
        });
        groupColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().groupName()));
        waitedColumn.setCellValueFactory(data -> model.waited(data.getValue()));
        waitedColumn.getStyleClass().add("queue-waited");
        visitorColumn.setPrefWidth(220);
        groupColumn.setPrefWidth(180);
        waitedColumn.setPrefWidth(90);
        table.setId("queueTable");
        table.getColumns().addAll(List.of(visitorColumn, groupColumn, waitedColumn));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add(Styles.STRIPED);
        table.setRowFactory(view -> {
            TableRow<WaitingRow> row = new TableRow<>();
            row.setId(null);
            row.itemProperty().addListener((observable, before, item) -> row.setId(item == null ? null : "queueRow-" + item.conversationId()));
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.take();
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        take.setId("queueTake");
        take.getStyleClass().add(Styles.ACCENT);
        take.setDefaultButton(true);
        take.setOnAction(event -> model.take());
        assignee.setId("queueAssignee");
        assignee.setItems(model.assignees());
        assignee.setConverter(new StringConverter<>() {
            @Override
            public String toString(Agent agent) {
                return agent == null ? "" : agent.displayName();
            }

            @Override
            public Agent fromString(String text) {
                return null;
            }
        });
        reason.setId("queueAssignReason");
        HBox.setHgrow(reason, Priority.ALWAYS);
        assign.setId("queueAssign");
        assign.setOnAction(event -> model.assign());
        HBox supervising = new HBox(8, assignLabel, assignee, reason, assign);
        supervising.setAlignment(Pos.CENTER_LEFT);
        supervising.visibleProperty().bind(model.supervisor());
        supervising.managedProperty().bind(supervising.visibleProperty());
        HBox actions = new HBox(8, take);
        actions.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(title, summary, table, actions, supervising, problem);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        table.setItems(model.rows());
        disposer.onDispose(() -> table.setItems(null));
        disposer.bind(title.textProperty(), i18n.text("queue.page.title"));
        disposer.bind(summary.textProperty(), model.summary());
        disposer.bind(visitorColumn.textProperty(), i18n.text("queue.page.visitor"));
        disposer.bind(groupColumn.textProperty(), i18n.text("queue.page.group"));
        disposer.bind(waitedColumn.textProperty(), i18n.text("queue.page.waited"));
        disposer.bind(table.placeholderProperty(), i18n.text("queue.page.empty").map(Label::new));
        disposer.bind(take.textProperty(), i18n.text("queue.page.take"));
        disposer.bind(assignLabel.textProperty(), i18n.text("queue.page.assignTo"));
        disposer.bind(assignee.promptTextProperty(), i18n.text("chat.handOver.pickAgent"));
        disposer.bind(reason.promptTextProperty(), i18n.text("queue.page.reason"));
        disposer.bind(assign.textProperty(), i18n.text("queue.page.assign"));
        disposer.bind(take.disableProperty(), model.canTake().not());
        disposer.bind(assign.disableProperty(), model.canAssign().not());
        assignee.valueProperty().bindBidirectional(model.assigneeProperty());
        disposer.onDispose(() -> assignee.valueProperty().unbindBidirectional(model.assigneeProperty()));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        disposer.onDispose(() -> reason.textProperty().unbindBidirectional(model.reasonProperty()));
        disposer.bind(problem.textProperty(), model.problemProperty());
        disposer.observe(model.problemProperty(), text -> problem.setVisible(!text.isEmpty()));
        // the table's selection and the model's follow each other
        disposer.observe(model.selectedProperty(), row -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        disposer.listen(table.getSelectionModel().selectedItemProperty(), (observable, before, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
    }
}
