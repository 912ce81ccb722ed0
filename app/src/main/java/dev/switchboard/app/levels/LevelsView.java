package dev.switchboard.app.levels;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.admin.SortedSelection;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.levels.CustomerLevel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Customer levels section: search and actions on top, the levels on the left (sortable), the chosen one's editor on the right. */
final class LevelsView extends View<BorderPane> {

    private final LevelsViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Button newLevel = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final ConfirmBar confirm = new ConfirmBar("customerLevelConfirm");
    private final Label listError = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final TableView<CustomerLevel> table = new TableView<>();
    private final TableColumn<CustomerLevel, Integer> position = new TableColumn<>();
    private final TableColumn<CustomerLevel, String> name = new TableColumn<>();
    private final TableColumn<CustomerLevel, Integer> priority = new TableColumn<>();
    private final TableColumn<CustomerLevel, String> description = new TableColumn<>();
    private final Label empty = new Label();
    private final LevelEditorView editor;

    LevelsView(LevelsViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.editor = new LevelEditorView(model.editor(), model.canEdit());
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("customerLevelsSection");
        root.setPadding(new Insets(12));
        search.setId("customerLevelsSearch");
        HBox.setHgrow(search, Priority.SOMETIMES);
        newLevel.setId("customerLevelNew");
        newLevel.getStyleClass().add(Styles.ACCENT);
        newLevel.setOnAction(event -> model.newLevel());
        delete.setId("customerLevelDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> confirm.ask(model.deleteQuestion(), i18n.get("customerLevels.delete"), model::delete));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, search, newLevel, spacer, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        listError.setId("customerLevelsError");
        listError.getStyleClass().add(Styles.DANGER);
        listError.setWrapText(true);
        listError.managedProperty().bind(listError.visibleProperty());
        VBox top = new VBox(6, actions, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("customerLevelsTable");
        position.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().position()));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setCellFactory(column -> new NameCell());
        priority.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().queuePriority()));
        description.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().description()));
        position.setPrefWidth(50);
        name.setPrefWidth(150);
        priority.setPrefWidth(80);
        description.setPrefWidth(200);
        table.getColumns().setAll(List.of(position, name, priority, description));
        table.getSortOrder().add(position);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(CustomerLevel level, boolean isEmpty) {
                super.updateItem(level, isEmpty);
                setId(isEmpty || level == null ? null : "customerLevel-" + level.id());
            }
        });
        SplitPane split = new SplitPane(table, editor.root());
        split.setDividerPositions(0.46);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        SortedSelection.bind(disposer, table, model.shownLevels(), model.selectedProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        disposer.onDispose(() -> search.textProperty().unbindBidirectional(model.searchProperty()));
        var locked = model.canEdit().not();
        disposer.bind(newLevel.disableProperty(), locked);
        disposer.bind(delete.disableProperty(), locked.or(model.selectedProperty().isNull()));
        confirm.bind(disposer, i18n);
        disposer.bind(listError.textProperty(), model.listErrors().general());
        disposer.bind(listError.visibleProperty(), Bindings.isNotEmpty(model.listErrors().general()));
        disposer.bind(search.promptTextProperty(), i18n.text("customerLevels.search"));
        disposer.bind(newLevel.textProperty(), i18n.text("customerLevels.new"));
        disposer.bind(delete.textProperty(), i18n.text("customerLevels.delete"));
        disposer.bind(empty.textProperty(), i18n.text("customerLevels.empty"));
        disposer.bind(position.textProperty(), i18n.text("customerLevels.column.position"));
        disposer.bind(name.textProperty(), i18n.text("customerLevels.column.name"));
        disposer.bind(priority.textProperty(), i18n.text("customerLevels.column.queuePriority"));
        disposer.bind(description.textProperty(), i18n.text("customerLevels.column.description"));
        editor.activate();
        disposer.onDispose(editor::deactivate);
    }

    /** A level's name after a dot of its colour (none without one). */
    private static final class NameCell extends TableCell<CustomerLevel, String> {

        private final Region dot = new Region();

        NameCell() {
            dot.setMinSize(10, 10);
            dot.setMaxSize(10, 10);
            setGraphicTextGap(6);
        }

        @Override
        protected void updateItem(String text, boolean isEmpty) {
            super.updateItem(text, isEmpty);
            CustomerLevel level = isEmpty || getTableRow() == null ? null : getTableRow().getItem();
            setText(isEmpty ? null : text);
            if (level == null || level.color() == null) {
                setGraphic(null);
            } else {
                dot.setStyle("-fx-background-color: " + level.color() + "; -fx-background-radius: 5;");
                setGraphic(dot);
            }
        }
    }
}
