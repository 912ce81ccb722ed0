package dev.switchboard.app.cannedadmin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.chat.CannedReply;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Canned-reply library section: the group and the search on top with the actions, the group's
 * folders on the left, its replies (sortable by column; moved in the group's order while unsorted)
 * in the middle, the chosen reply's form on the right; a way to the import and export section.
 */
final class CannedLibraryView extends View<BorderPane> {

    private final CannedLibraryViewModel model;
    private final CannedReplyEditorViewModel editor;
    private final I18n i18n;
    private final Runnable openImports;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Group> group = new ComboBox<>();
    private final TextField search = new TextField();
    private final Button newReply = button("cannedLibraryNew", Material2AL.ADD);
    private final Button up = button("cannedLibraryUp", Material2AL.ARROW_UPWARD);
    private final Button down = button("cannedLibraryDown", Material2AL.ARROW_DOWNWARD);
    private final Button delete = button("cannedLibraryDelete", Material2AL.DELETE);
    private final Button imports = button("cannedLibraryImport", Material2AL.IMPORT_EXPORT);
    private final ConfirmBar confirm = new ConfirmBar("cannedLibraryConfirm");
    private final Label listError = EditorForm.error("cannedLibraryError");
    private final ListView<String> folders = new ListView<>();
    private final TableView<CannedReply> table = new TableView<>();
    private final TableColumn<CannedReply, String> shortcutColumn = new TableColumn<>();
    private final TableColumn<CannedReply, String> titleColumn = new TableColumn<>();
    private final TableColumn<CannedReply, String> categoryColumn = new TableColumn<>();
    private final TableColumn<CannedReply, String> bodyColumn = new TableColumn<>();
    private final Label empty = new Label();
    private final Label formTitle = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
    private final TextField shortcut = new TextField();
    private final TextField title = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextArea body = new TextArea();
    private final Label placeholders = new Label();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));

    CannedLibraryView(CannedLibraryViewModel model, Runnable openImports) {
        this.model = model;
        this.editor = model.editor();
        this.i18n = model.i18n();
        this.openImports = openImports;
        this.stalePane = new StaleEditPane(editor::reapply, editor::takeTheirs);
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("cannedLibrarySection");
        root.setPadding(new Insets(12));
        group.setId("cannedLibraryGroup");
        search.setId("cannedLibrarySearch");
        HBox.setHgrow(search, Priority.ALWAYS);
        newReply.setOnAction(event -> model.newReply());
        up.setOnAction(event -> model.moveUp());
        down.setOnAction(event -> model.moveDown());
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> confirm.ask(model.deleteQuestion(), i18n.get("cannedLibrary.delete"), model::delete));
        imports.setOnAction(event -> openImports.run());
        HBox actions = new HBox(8, group, search, newReply, up, down, delete, imports);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, actions, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        folders.setId("cannedLibraryFolders");
        folders.setPrefWidth(150);
        folders.setCellFactory(list -> new FolderCell());

        table.setId("cannedLibraryTable");
        shortcutColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper("/" + cell.getValue().shortcut()));
        titleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().title()));
        categoryColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().category() == null ? "" : cell.getValue().category()));
        bodyColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().body().replace('\n', ' ')));
        table.getColumns().setAll(List.of(shortcutColumn, titleColumn, categoryColumn, bodyColumn));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(CannedReply item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setId(isEmpty || item == null ? null : "cannedLibraryReply-" + item.id());
            }
        });

        formTitle.getStyleClass().add(Styles.TITLE_4);
        shortcut.setId("cannedLibraryShortcut");
        title.setId("cannedLibraryTitle");
        category.setId("cannedLibraryCategory");
        category.setEditable(true);
        category.setMaxWidth(Double.MAX_VALUE);
        body.setId("cannedLibraryBody");
        body.setWrapText(true);
        body.setPrefRowCount(6);
        placeholders.setWrapText(true);
        placeholders.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        save.setId("cannedLibrarySave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> editor.save());
        form.row("cannedLibrary.field.shortcut", shortcut, "shortcut")
                .row("cannedLibrary.field.title", title, "title")
                .row("cannedLibrary.field.category", category, "category")
                .row("cannedLibrary.field.body", body, "body");
        VBox side = new VBox(8, formTitle, stalePane.root(), form.root(), placeholders, save);
        side.setPadding(new Insets(0, 0, 0, 12));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(folders, table, scroll);
        split.setDividerPositions(0.16, 0.58);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        SortedList<CannedReply> sorted = new SortedList<>(model.replies());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        group.setItems(model.groups());
        folders.setItems(model.folders());
        category.setItems(model.folders().filtered(folder -> !folder.isEmpty()));
        disposer.onDispose(() -> {
            sorted.comparatorProperty().unbind();
            table.setItems(null);
            group.setItems(null);
            folders.setItems(null);
            category.setItems(null);
        });
        disposer.observe(model.selectedProperty(), chosen -> {
            if (chosen == null) {
                table.getSelectionModel().clearSelection();
            } else if (!chosen.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(chosen);
            }
        });
        disposer.observe(table.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null && !chosen.equals(model.selectedProperty().get())) {
                model.selectedProperty().set(chosen);
            }
        });
        disposer.observe(model.folderProperty(), chosen -> {
            if (chosen != null && !chosen.equals(folders.getSelectionModel().getSelectedItem())) {
                folders.getSelectionModel().select(chosen);
            }
        });
        disposer.observe(folders.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null) {
                model.folderProperty().set(chosen);
            }
        });
        bindBoth(disposer, group.valueProperty(), model.groupProperty());
        bindBoth(disposer, search.textProperty(), model.searchProperty());
        bindBoth(disposer, shortcut.textProperty(), editor.shortcutProperty());
        bindBoth(disposer, title.textProperty(), editor.titleProperty());
        bindBoth(disposer, category.getEditor().textProperty(), editor.categoryProperty());
        bindBoth(disposer, body.textProperty(), editor.bodyProperty());
        form.bind(disposer, i18n, editor.errors());
        confirm.bind(disposer, i18n);
        stalePane.bind(disposer, i18n, editor.staleProperty());
        EditorForm.showMessage(disposer, listError, model.listErrors().general());

        var nothingChosen = model.selectedProperty().isNull();
        // the group's order is moved in while the table shows it, not sorted by a column
        var sortedByColumn = Bindings.isNotEmpty(table.getSortOrder());
        disposer.bind(up.disableProperty(), nothingChosen.or(model.busyProperty()).or(sortedByColumn));
        disposer.bind(down.disableProperty(), nothingChosen.or(model.busyProperty()).or(sortedByColumn));
        disposer.bind(delete.disableProperty(), nothingChosen.or(model.busyProperty()));
        disposer.bind(newReply.disableProperty(), model.groupProperty().isNull());
        disposer.bind(save.disableProperty(), editor.busyProperty().or(model.groupProperty().isNull()));
        disposer.bind(formTitle.textProperty(), Bindings.createStringBinding(() -> editor.editingProperty().get() == null
                ? i18n.get("cannedLibrary.form.new") : i18n.get("cannedLibrary.form.edit"), editor.editingProperty(), i18n.localeProperty()));
        disposer.observe(i18n.localeProperty(), locale -> {
            StringConverter<Group> groups = Choices.words(g -> g == null ? i18n.get("cannedLibrary.noGroup") : g.name());
            group.setConverter(groups);
            group.setButtonCell(Choices.cell(groups));
            folders.refresh();
        });
        disposer.bind(search.promptTextProperty(), i18n.text("cannedLibrary.search"));
        disposer.bind(empty.textProperty(), i18n.text("cannedLibrary.empty"));
        disposer.bind(placeholders.textProperty(), i18n.text("cannedLibrary.placeholders"));
        disposer.bind(save.textProperty(), i18n.text("cannedLibrary.save"));
        disposer.bind(imports.textProperty(), i18n.text("cannedLibrary.import"));
        disposer.bind(shortcutColumn.textProperty(), i18n.text("cannedLibrary.column.shortcut"));
        disposer.bind(titleColumn.textProperty(), i18n.text("cannedLibrary.column.title"));
        disposer.bind(categoryColumn.textProperty(), i18n.text("cannedLibrary.column.category"));
        disposer.bind(bodyColumn.textProperty(), i18n.text("cannedLibrary.column.body"));
        tip(disposer, newReply, "cannedLibrary.new");
        tip(disposer, up, "cannedLibrary.up");
        tip(disposer, down, "cannedLibrary.down");
        tip(disposer, delete, "cannedLibrary.delete");
    }

    private void tip(Disposer disposer, Button button, String key) {
        Tooltip tip = new Tooltip();
        disposer.bind(tip.textProperty(), i18n.text(key));
        button.setTooltip(tip);
    }

    private static Button button(String id, Ikon icon) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
    }

    /** A folder: "all categories" for the first, the category's name for the others. */
    private final class FolderCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            if (isEmpty || item == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else {
                setText(item.isEmpty() ? i18n.get("cannedLibrary.folder.all") : item);
                setGraphic(new FontIcon(item.isEmpty() ? Material2AL.FOLDER_OPEN : Material2AL.FOLDER));
                setId(item.isEmpty() ? "cannedLibraryFolderAll" : null);
            }
        }
    }
}
