package dev.switchboard.app.sites;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.visitors.SiteSettings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Sites section of the Administration page: the sites on top (searchable, sorted by the column
 * clicked), below them the chosen one's editor and, beside it, the widget's live preview in the
 * visitor's language picked above it, with agents online or not.
 */
final class SitesView extends View<BorderPane> {

    private final SitesViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<SiteSettings> table = new TableView<>();
    private final TableColumn<SiteSettings, String> nameColumn = new TableColumn<>();
    private final TableColumn<SiteSettings, String> keyColumn = new TableColumn<>();
    private final TableColumn<SiteSettings, String> originsColumn = new TableColumn<>();
    private final Button newSite = new Button(null, new FontIcon(Material2AL.ADD));
    private final Label listError = new Label();
    private final Label previewTitle = new Label();
    private final ToggleButton english = new ToggleButton("English");
    private final ToggleButton offline = new ToggleButton();
    private final SiteEditorView editor;
    private final WidgetPreviewView preview;
    private final SortedList<SiteSettings> sorted;

    SitesView(SitesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.editor = new SiteEditorView(model, i18n);
        this.preview = new WidgetPreviewView(model.editor());
        this.sorted = new SortedList<>(model.shownSites());
        search.setId("siteSearch");
        table.setId("siteTable");
        table.setItems(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        keyColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().id()));
        originsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().allowedOrigins() == null ? "" : String.join(" ", cell.getValue().allowedOrigins())));
        table.getColumns().setAll(java.util.List.of(nameColumn, keyColumn, originsColumn));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSortOrder().add(nameColumn);
        newSite.setId("siteNew");
        listError.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        listError.setWrapText(true);
        HBox.setHgrow(search, Priority.ALWAYS);
        table.setPrefHeight(150);
        VBox top = new VBox(6, new HBox(8, search, newSite), table, listError);
        top.setPadding(new Insets(8, 8, 0, 8));
        english.setId("sitePreviewEnglish");
        offline.setId("sitePreviewOffline");
        previewTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox right = new VBox(6, previewTitle, new HBox(6, english, offline), preview.root());
        right.setPadding(new Insets(8));
        ScrollPane previewScroll = new ScrollPane(right);
        previewScroll.setMinWidth(200);
        SplitPane split = new SplitPane(editor.root(), previewScroll);
        split.setDividerPositions(0.56);
        // the list on top, so that the editor and the preview share the page's width side by side
        SplitPane page = new SplitPane(top, split);
        page.setOrientation(javafx.geometry.Orientation.VERTICAL);
        page.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(top, false);
        root.setCenter(page);
        root.setId("sitesSection");
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(search.promptTextProperty(), i18n.text("sites.search"));
        disposer.bind(nameColumn.textProperty(), i18n.text("sites.name"));
        disposer.bind(keyColumn.textProperty(), i18n.text("sites.key"));
        disposer.bind(originsColumn.textProperty(), i18n.text("sites.origins"));
        disposer.bind(newSite.textProperty(), i18n.text("sites.new"));
        disposer.bind(previewTitle.textProperty(), i18n.text("sites.preview.title"));
        disposer.bind(offline.textProperty(), i18n.text("sites.preview.offline"));
        disposer.bind(listError.textProperty(), model.listErrorProperty());
        english.selectedProperty().bindBidirectional(model.editor().previewEnglishProperty());
        offline.selectedProperty().bindBidirectional(model.editor().previewOfflineProperty());
        disposer.onDispose(() -> {
            english.selectedProperty().unbindBidirectional(model.editor().previewEnglishProperty());
            offline.selectedProperty().unbindBidirectional(model.editor().previewOfflineProperty());
        });
        search.textProperty().bindBidirectional(model.searchProperty());
        disposer.onDispose(() -> search.textProperty().unbindBidirectional(model.searchProperty()));
        newSite.setOnAction(event -> model.newSite());
        disposer.onDispose(() -> newSite.setOnAction(null));
        disposer.observe(model.selectedProperty(), site -> {
            if (table.getSelectionModel().getSelectedItem() != site) {
                if (site == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(site);
                }
            }
        });
        disposer.listen(table.getSelectionModel().selectedItemProperty(), (observable, before, site) -> {
            if (site != null) {
                model.selectedProperty().set(site);
            }
        });
        editor.activate();
        preview.activate();
        disposer.onDispose(() -> {
            editor.deactivate();
            preview.deactivate();
        });
    }
}
