package dev.switchboard.app.awayreasons;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.SortedSelection;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.AwayReason;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
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
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Away reasons section: a search and the actions on top; the reasons in the status menus'
 * order on the left (the columns sort for reading; moving works in that order only); on the right,
 * the chosen reason's names in English and Chinese and whether agents are offered it. Read-only for supervisors.
 */
final class AwayReasonsView extends View<BorderPane> {

    private final AwayReasonsViewModel model;
    private final AwayReasonEditor editor;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Button newReason = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button up = new Button(null, new FontIcon(Material2AL.ARROW_UPWARD));
    private final Button down = new Button(null, new FontIcon(Material2AL.ARROW_DOWNWARD));
    private final Button toggle = new Button(null, new FontIcon(Material2MZ.POWER_SETTINGS_NEW));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final ConfirmBar confirm = new ConfirmBar("awayReasonConfirm");
    private final Label listError = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final TableView<AwayReason> table = new TableView<>();
    private final TableColumn<AwayReason, Number> position = new TableColumn<>();
    private final TableColumn<AwayReason, String> name = new TableColumn<>();
    private final TableColumn<AwayReason, String> nameZh = new TableColumn<>();
    private final TableColumn<AwayReason, String> offered = new TableColumn<>();
    private final Label empty = new Label();
    private final Label title = new Label();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
    private final TextField nameField = new TextField();
    private final TextField nameZhField = new TextField();
    private final CheckBox enabled = new CheckBox();
    private final BooleanBinding inMenuOrder = Bindings.isEmpty(table.getSortOrder());

    AwayReasonsView(AwayReasonsViewModel model) {
        this.model = model;
        this.editor = model.editor();
        this.i18n = model.i18n();
        this.stalePane = new StaleEditPane(editor::reapply, editor::takeTheirs);
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("awayReasonsSection");
        root.setPadding(new Insets(12));
        search.setId("awayReasonsSearch");
        HBox.setHgrow(search, Priority.SOMETIMES);
        newReason.setId("awayReasonNew");
        newReason.getStyleClass().add(Styles.ACCENT);
        newReason.setOnAction(event -> model.newReason());
        up.setId("awayReasonUp");
        down.setId("awayReasonDown");
        up.setOnAction(event -> model.moveUp());
        down.setOnAction(event -> model.moveDown());
        toggle.setId("awayReasonToggle");
        toggle.setOnAction(event -> model.toggleEnabled());
        delete.setId("awayReasonDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> confirm.ask(model.deleteQuestion(), i18n.get("awayReasons.delete"), model::delete));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, search, newReason, spacer, up, down, toggle, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        listError.setId("awayReasonsError");
        listError.getStyleClass().add(Styles.DANGER);
        listError.setWrapText(true);
        listError.managedProperty().bind(listError.visibleProperty());
        VBox top = new VBox(6, actions, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("awayReasonsTable");
        position.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().position()));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        nameZh.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().nameZh()));
        offered.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().enabled() ? "✓" : "–"));
        position.setPrefWidth(36);
        name.setPrefWidth(120);
        nameZh.setPrefWidth(100);
        offered.setMinWidth(70);
        offered.setPrefWidth(80);
        table.getColumns().setAll(List.of(position, name, nameZh, offered));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AwayReason reason, boolean isEmpty) {
                super.updateItem(reason, isEmpty);
                setId(isEmpty || reason == null ? null : "awayReason-" + reason.id());
                // a reason not offered stays in its place but reads as off
                setOpacity(reason != null && !reason.enabled() ? 0.55 : 1);
            }
        });

        title.getStyleClass().add(Styles.TITLE_4);
        save.setId("awayReasonSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> editor.save());
        nameField.setId("awayReasonName");
        nameZhField.setId("awayReasonNameZh");
        enabled.setId("awayReasonEnabled");
        enabled.setWrapText(true);
        form.row("awayReasons.field.name", nameField, "name")
                .row("awayReasons.field.nameZh", nameZhField, "nameZh")
                .row("awayReasons.field.enabled", enabled, "enabled");
        Region barSpacer = new Region();
        HBox.setHgrow(barSpacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, barSpacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        ScrollPane scroll = new ScrollPane(new VBox(8, stalePane.root(), form.root()));
        scroll.setFitToWidth(true);
        BorderPane editorPane = new BorderPane(scroll);
        editorPane.setTop(bar);
        editorPane.setId("awayReasonEditor");
        SplitPane split = new SplitPane(table, editorPane);
        split.setDividerPositions(0.5);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        SortedSelection.bind(disposer, table, model.shownReasons(), model.selectedProperty());
        bindBoth(disposer, search.textProperty(), model.searchProperty());
        bindBoth(disposer, nameField.textProperty(), editor.nameProperty());
        bindBoth(disposer, nameZhField.textProperty(), editor.nameZhProperty());
        bindBoth(disposer, enabled.selectedProperty(), editor.enabledProperty());
        form.bind(disposer, i18n, editor.errors());
        stalePane.bind(disposer, i18n, editor.staleProperty());
        confirm.bind(disposer, i18n);

        var locked = model.canEdit().not();
        var noReason = model.selectedProperty().isNull();
        disposer.bind(newReason.disableProperty(), locked);
        disposer.bind(toggle.disableProperty(), locked.or(noReason));
        disposer.bind(delete.disableProperty(), locked.or(noReason));
        disposer.bind(up.disableProperty(), locked.or(noReason).or(inMenuOrder.not()));
        disposer.bind(down.disableProperty(), locked.or(noReason).or(inMenuOrder.not()));
        for (Control control : new Control[] {nameField, nameZhField, enabled, save}) {
            disposer.bind(control.disableProperty(), locked.or(editor.busyProperty()));
        }
        disposer.bind(listError.textProperty(), model.listMessage());
        disposer.bind(listError.visibleProperty(), Bindings.isNotEmpty(model.listMessage()));

        disposer.bind(search.promptTextProperty(), i18n.text("awayReasons.search"));
        disposer.bind(newReason.textProperty(), i18n.text("awayReasons.new"));
        disposer.bind(up.textProperty(), i18n.text("awayReasons.up"));
        disposer.bind(down.textProperty(), i18n.text("awayReasons.down"));
        disposer.bind(toggle.textProperty(), i18n.text(() -> i18n.get(model.selectedProperty().get() != null
                && !model.selectedProperty().get().enabled() ? "awayReasons.enable" : "awayReasons.disable"), model.selectedProperty()));
        disposer.bind(delete.textProperty(), i18n.text("awayReasons.delete"));
        disposer.bind(empty.textProperty(), i18n.text("awayReasons.empty"));
        disposer.bind(position.textProperty(), i18n.text("awayReasons.column.position"));
        disposer.bind(name.textProperty(), i18n.text("awayReasons.column.name"));
        disposer.bind(nameZh.textProperty(), i18n.text("awayReasons.column.nameZh"));
        disposer.bind(offered.textProperty(), i18n.text("awayReasons.column.offered"));
        disposer.bind(title.textProperty(), i18n.text(() -> i18n.get(editor.editingProperty().get() == null
                ? "awayReasons.editor.new" : "awayReasons.editor.edit"), editor.editingProperty()));
        disposer.bind(save.textProperty(), i18n.text("awayReasons.save"));
        disposer.bind(enabled.textProperty(), i18n.text("awayReasons.enabled.on"));
    }

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
    }
}
