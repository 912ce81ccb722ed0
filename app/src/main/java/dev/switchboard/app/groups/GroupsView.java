package dev.switchboard.app.groups;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Groups section of the Administration page: the groups on the left (search, sort by any
 * column, a new one for administrators), the chosen group's editor on the right.
 */
final class GroupsView extends View<SplitPane> {

    private final GroupListViewModel list;
    private final GroupEditorViewModel editor;
    private final GroupEditorView editorView;
    private final I18n i18n;
    private final ReadOnlyObjectProperty<Agent> self;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final TextField search = Controls.field("groupsSearch", 16);
    private final Button create = new Button(null, new FontIcon(Material2AL.ADD));
    private final TableView<GroupListViewModel.GroupRow> table = new TableView<>();
    private final TableColumn<GroupListViewModel.GroupRow, String> nameColumn = new TableColumn<>();
    private final TableColumn<GroupListViewModel.GroupRow, String> descriptionColumn = new TableColumn<>();
    private final TableColumn<GroupListViewModel.GroupRow, Integer> membersColumn = new TableColumn<>();
    private final Label choose = new Label();
    private final StackPane right = new StackPane();
    private final SplitPane root;
    /** A group just created, chosen in the list once the change log brings it. */
    private Long chooseWhenListed;

    GroupsView(GroupListViewModel list, GroupEditorViewModel editor, I18n i18n, ReadOnlyObjectProperty<Agent> self,
               ReadOnlyObjectProperty<TeamSnapshot> team) {
        this.list = list;
        this.editor = editor;
        this.editorView = new GroupEditorView(editor, i18n);
        this.i18n = i18n;
        this.self = self;
        this.team = team;
        create.setId("groupsNew");
        table.setId("groupsList");
        nameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        descriptionColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().description()));
        membersColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().members()));
        nameColumn.setPrefWidth(150);
        descriptionColumn.setPrefWidth(150);
        membersColumn.setPrefWidth(70);
        table.getColumns().setAll(nameColumn, descriptionColumn, membersColumn);
        SortedList<GroupListViewModel.GroupRow> sorted = new SortedList<>(list.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().setAll(nameColumn);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox left = new VBox(8, new HBox(8, search, create), table);
        left.setPadding(new Insets(8));
        left.setMinWidth(260);
        choose.setId("groupsPlaceholder");
        choose.getStyleClass().add(Styles.TEXT_MUTED);
        right.getChildren().setAll(choose);
        root = new SplitPane(left, right);
        root.setDividerPositions(0.32);
        root.setId("groupsSection");
    }

    @Override
    public SplitPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.bind(search.promptTextProperty(), i18n.text("groups.search"));
        disposer.bind(create.textProperty(), i18n.text("groups.new"));
        disposer.bind(nameColumn.textProperty(), i18n.text("groups.field.name"));
        disposer.bind(descriptionColumn.textProperty(), i18n.text("groups.field.description"));
        disposer.bind(membersColumn.textProperty(), i18n.text("groups.column.members"));
        // after a deletion the editor is gone: its last word shows here
        disposer.bind(choose.textProperty(), i18n.text(() -> editor.noticeProperty().get().isEmpty() ? i18n.get("groups.choose")
                : editor.noticeProperty().get(), editor.noticeProperty(), i18n.localeProperty()));
        Controls.twoWay(disposer, search.textProperty(), list.search);
        disposer.observe(list.search, text -> list.refresh());
        disposer.observe(self, agent -> {
            list.refresh();
            create.setVisible(list.mayCreate());
            create.setManaged(list.mayCreate());
        });
        disposer.observe(team, snapshot -> {
            list.refresh();
            editor.teamChanged(snapshot);
            chooseCreated();
        });
        disposer.listen(table.getSelectionModel().selectedItemProperty(), (observable, before, after) -> {
            if (after != null) {
                editor.open(after.id());
            }
        });
        disposer.observe(editor.openProperty(), shown -> {
            if (shown) {
                right.getChildren().setAll(editorView.root());
                editorView.activate();
            } else {
                editorView.deactivate();
                right.getChildren().setAll(choose);
                table.getSelectionModel().clearSelection();
            }
        });
        editor.onCreated(id -> {
            chooseWhenListed = id;
            chooseCreated();
        });
        create.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            editor.startNew();
        });
    }

    @Override
    protected void onDeactivate() {
        editorView.deactivate();
    }

    private void chooseCreated() {
        if (chooseWhenListed == null) {
            return;
        }
        table.getItems().stream().filter(row -> row.id() == chooseWhenListed).findFirst().ifPresent(row -> {
            chooseWhenListed = null;
            table.getSelectionModel().select(row);
        });
    }
}
