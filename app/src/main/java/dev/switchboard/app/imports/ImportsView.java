package dev.switchboard.app.imports;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.imports.ImportRow;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * Import / export: choose what (accounts, canned replies) and a file, preview every row with what
 * it would do and its errors, then import; or save an export into a folder. The preview's table
 * is sortable by any column; rows with errors say which column is wrong and why.
 */
final class ImportsView extends View<BorderPane> {

    private final ImportsViewModel model;
    private final BorderPane root = new BorderPane();
    private final Label whatLabel = new Label();
    private final ComboBox<ImportKind> kind = new ComboBox<>();
    private final Label importTitle = new Label();
    private final TextField file = new TextField();
    private final Button browse = new Button();
    private final Button preview = new Button();
    private final Label fileError = EditorForm.error("fileError");
    private final Label help = new Label();
    private final TableView<ImportRow> table = new TableView<>();
    private final TableColumn<ImportRow, Number> rowColumn = new TableColumn<>();
    private final TableColumn<ImportRow, String> keyColumn = new TableColumn<>();
    private final TableColumn<ImportRow, String> actionColumn = new TableColumn<>();
    private final TableColumn<ImportRow, String> detailsColumn = new TableColumn<>();
    private final Label summary = new Label();
    private final Button write = new Button();
    private final Label status = new Label();
    private final Label generalError = EditorForm.error("importError");
    private final Label exportTitle = new Label();
    private final TextField exportFolder = new TextField();
    private final Button exportBrowse = new Button();
    private final Button exportCsv = new Button();
    private final Button exportXlsx = new Button();
    private final Label exportError = EditorForm.error("exportFolderError");

    ImportsView(ImportsViewModel model) {
        this.model = model;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("importsPage");
        kind.setId("importKind");
        kind.getItems().setAll(model.kinds());
        importTitle.getStyleClass().add(Styles.TITLE_4);
        exportTitle.getStyleClass().add(Styles.TITLE_4);
        file.setId("importFile");
        HBox.setHgrow(file, Priority.ALWAYS);
        browse.setId("importBrowse");
        browse.setOnAction(event -> chooseFile());
        preview.setId("importPreview");
        preview.setOnAction(event -> model.preview());
        file.setOnAction(event -> model.preview());
        help.setWrapText(true);
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox what = new HBox(8, whatLabel, kind);
        what.setAlignment(Pos.CENTER_LEFT);
        HBox chooser = new HBox(8, file, browse, preview);
        VBox top = new VBox(8, what, new Separator(), importTitle, chooser, fileError, help);
        top.setPadding(new Insets(12, 16, 8, 16));

        table.setId("importRows");
        rowColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyIntegerWrapper(cell.getValue().row()));
        rowColumn.setPrefWidth(60);
        text(keyColumn, ImportRow::key, 200);
        text(actionColumn, row -> model.i18n().get("imports.action." + row.action().name()), 100);
        text(detailsColumn, this::details, 420);
        detailsColumn.setCellFactory(column -> new DetailsCell());
        table.getColumns().setAll(List.of(rowColumn, keyColumn, actionColumn, detailsColumn));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        summary.setId("importSummary");
        summary.setWrapText(true);
        write.setId("importWrite");
        write.getStyleClass().add(Styles.ACCENT);
        write.setOnAction(event -> model.importPreviewed());
        status.setId("importStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        HBox importRow = new HBox(8, write, status);
        importRow.setAlignment(Pos.CENTER_LEFT);
        exportFolder.setId("exportFolder");
        HBox.setHgrow(exportFolder, Priority.ALWAYS);
        exportBrowse.setId("exportBrowse");
        exportBrowse.setOnAction(event -> chooseFolder());
        exportCsv.setId("exportCsv");
        exportCsv.setOnAction(event -> model.export("csv"));
        exportXlsx.setId("exportXlsx");
        exportXlsx.setOnAction(event -> model.export("xlsx"));
        HBox exportRow = new HBox(8, exportFolder, exportBrowse, exportCsv, exportXlsx);
        VBox bottom = new VBox(8, summary, generalError, importRow, new Separator(), exportTitle, exportRow, exportError);
        bottom.setPadding(new Insets(8, 16, 12, 16));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(whatLabel.textProperty(), i18n.text("imports.what"));
        disposer.bind(importTitle.textProperty(), i18n.text("imports.import.title"));
        disposer.bind(file.promptTextProperty(), i18n.text("imports.file.prompt"));
        disposer.bind(browse.textProperty(), i18n.text("imports.browse"));
        disposer.bind(preview.textProperty(), i18n.text("imports.preview"));
        disposer.bind(help.textProperty(), i18n.text("imports.help"));
        disposer.bind(rowColumn.textProperty(), i18n.text("imports.column.row"));
        disposer.bind(keyColumn.textProperty(), i18n.text("imports.column.key"));
        disposer.bind(actionColumn.textProperty(), i18n.text("imports.column.action"));
        disposer.bind(detailsColumn.textProperty(), i18n.text("imports.column.details"));
        disposer.bind(write.textProperty(), i18n.text("imports.write"));
        disposer.bind(exportTitle.textProperty(), i18n.text("imports.export.title"));
        disposer.bind(exportFolder.promptTextProperty(), i18n.text("imports.export.folder"));
        disposer.bind(exportBrowse.textProperty(), i18n.text("imports.browse"));
        disposer.bind(exportCsv.textProperty(), i18n.text("imports.export.csv"));
        disposer.bind(exportXlsx.textProperty(), i18n.text("imports.export.xlsx"));
        kind.setButtonCell(new KindCell(i18n));
        kind.setCellFactory(list -> new KindCell(i18n));
        bindBoth(disposer, kind.valueProperty(), model.kindProperty());
        bindBoth(disposer, file.textProperty(), model.fileProperty());
        bindBoth(disposer, exportFolder.textProperty(), model.exportFolderProperty());
        disposer.bind(summary.textProperty(), model.summaryProperty());
        disposer.bind(status.textProperty(), model.statusProperty());
        disposer.bind(write.disableProperty(), model.canImport().not());
        disposer.bind(preview.disableProperty(), model.busyProperty());
        disposer.bind(exportCsv.disableProperty(), model.busyProperty());
        disposer.bind(exportXlsx.disableProperty(), model.busyProperty());
        EditorForm.showMessage(disposer, fileError, model.errors().field("file"));
        EditorForm.showMessage(disposer, exportError, model.errors().field("exportFolder"));
        EditorForm.showMessage(disposer, generalError, model.errors().general());
        table.setItems(model.rows());
        disposer.onDispose(() -> table.setItems(FXCollections.observableArrayList()));
    }

    private String details(ImportRow row) {
        I18n i18n = model.i18n();
        if (!row.errors().isEmpty()) {
            ImportWords words = new ImportWords(i18n);
            return row.errors().stream().map(words::error).collect(Collectors.joining(i18n.get("imports.error.separator")));
        }
        return row.changes().isEmpty() ? "" : i18n.get("imports.details.changes", String.join(", ", row.changes()));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.i18n().get("imports.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV, XLSX", "*.csv", "*.xlsx"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.fileProperty().set(chosen.getAbsolutePath());
            model.preview();
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(model.i18n().get("imports.export.title"));
        File current = new File(model.exportFolderProperty().get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.exportFolderProperty().set(chosen.getAbsolutePath());
        }
    }

    private static void text(TableColumn<ImportRow, String> column, Function<ImportRow, String> text, double width) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
    }

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> state) {
        control.bindBidirectional(state);
        disposer.onDispose(() -> control.unbindBidirectional(state));
    }

    /** A row's details, in the danger colour when they are its errors. */
    private static final class DetailsCell extends TableCell<ImportRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            ImportRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().remove(Styles.DANGER);
            if (row != null && !row.errors().isEmpty()) {
                getStyleClass().add(Styles.DANGER);
            }
        }
    }

    private static final class KindCell extends ListCell<ImportKind> {
        private final I18n i18n;

        KindCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(ImportKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : i18n.get(kind.labelKey()));
        }
    }
}
