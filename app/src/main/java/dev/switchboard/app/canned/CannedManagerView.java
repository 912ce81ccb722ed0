package dev.switchboard.app.canned;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.canned.CannedManagerViewModel.Scope;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.chat.CannedReply;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Canned replies page: whose replies (own or a group's), a category filter and a search on
 * top; the replies in their order on the left (drag one onto another, or move it with the arrows);
 * the chosen reply's editor on the right.
 */
public final class CannedManagerView extends View<BorderPane> {

    /** A dragged reply's id, inside this page only. */
    private static final DataFormat REPLY_ID = new DataFormat("application/x-switchboard-canned-reply");

    private final CannedManagerViewModel model;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Scope> scope = new ComboBox<>();
    private final ComboBox<String> categoryFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private final Button newReply = new Button(null, new FontIcon(Material2AL.ADD));
    private final ListView<CannedReply> list = new ListView<>();
    private final Button up = new Button(null, new FontIcon(Material2AL.ARROW_UPWARD));
    private final Button down = new Button(null, new FontIcon(Material2AL.ARROW_DOWNWARD));
    private final Label empty = new Label();
    private final Label editorTitle = new Label();
    private final Label shortcutLabel = new Label();
    private final TextField shortcut = new TextField();
    private final Label titleLabel = new Label();
    private final TextField title = new TextField();
    private final Label categoryLabel = new Label();
    private final ComboBox<String> category = new ComboBox<>();
    private final Label bodyLabel = new Label();
    private final TextArea body = new TextArea();
    private final Label placeholders = new Label();
    private final Label readOnly = new Label(null, new FontIcon(Material2AL.LOCK));
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));

    public CannedManagerView(CannedManagerViewModel model) {
        this.model = model;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("cannedPage");
        root.setPadding(new Insets(16, 20, 16, 20));

        scope.setId("cannedScope");
        scope.setConverter(converter(s -> s == null ? "" : s.name()));
        categoryFilter.setId("cannedCategoryFilter");
        search.setId("cannedSearch");
        HBox.setHgrow(search, Priority.SOMETIMES);
        newReply.setId("cannedNew");
        newReply.getStyleClass().add(Styles.ACCENT);
        newReply.setOnAction(event -> {
            model.newReply();
            shortcut.requestFocus();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, scope, categoryFilter, search, spacer, newReply);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 12, 0));

        list.setId("cannedList");
        list.setCellFactory(view -> new ReplyCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        up.setId("cannedUp");
        down.setId("cannedDown");
        for (Button move : new Button[] {up, down}) {
            move.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        up.setOnAction(event -> model.moveUp());
        down.setOnAction(event -> model.moveDown());
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.managedProperty().bind(empty.visibleProperty());
        HBox moves = new HBox(4, up, down);
        VBox left = new VBox(6, list, empty, moves);
        left.setMinWidth(260);

        editorTitle.getStyleClass().add(Styles.TITLE_4);
        shortcut.setId("cannedShortcut");
        title.setId("cannedTitle");
        category.setId("cannedCategory");
        category.setEditable(true);
        category.setMaxWidth(Double.MAX_VALUE);
        body.setId("cannedBody");
        body.setWrapText(true);
        body.setPrefRowCount(8);
        placeholders.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        placeholders.setWrapText(true);
        readOnly.setId("cannedReadOnly");
        readOnly.getStyleClass().add(Styles.TEXT_MUTED);
        readOnly.setWrapText(true);
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        error.setId("cannedError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        save.setId("cannedSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        delete.setId("cannedDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> model.delete());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, shortcutLabel, shortcut);
        form.addRow(1, titleLabel, title);
        form.addRow(2, categoryLabel, category);
        form.add(bodyLabel, 0, 3);
        form.add(body, 1, 3);
        form.add(placeholders, 1, 4);
        GridPane.setHgrow(shortcut, Priority.ALWAYS);
        GridPane.setVgrow(body, Priority.ALWAYS);
        HBox actions = new HBox(8, save, delete);
        VBox editor = new VBox(10, editorTitle, readOnly, form, error, actions);
        editor.setPadding(new Insets(0, 0, 0, 16));
        editor.setMinWidth(320);

        SplitPane split = new SplitPane(left, editor);
        split.setDividerPositions(0.42);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate(disposer);
        scope.setItems(model.scopes());
        disposer.onDispose(() -> scope.setItems(null));
        disposer.observe(model.scopeProperty(), chosen -> scope.getSelectionModel().select(chosen));
        disposer.observe(scope.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null) {
                model.scopeProperty().set(chosen);
            }
        });

        categoryFilter.setConverter(converter(name -> name == null || name.isEmpty() ? i18n.get("canned.category.all") : name));
        ListChangeListener<String> categoriesChanged = change -> showCategories();
        disposer.listenList(model.categories(), categoriesChanged);
        showCategories();
        disposer.observe(categoryFilter.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null) {
                model.categoryFilterProperty().set(chosen);
            }
        });
        search.textProperty().bindBidirectional(model.searchProperty());
        disposer.onDispose(() -> search.textProperty().unbindBidirectional(model.searchProperty()));

        list.setItems(model.replies());
        disposer.onDispose(() -> list.setItems(null));
        disposer.observe(model.selectedProperty(), chosen -> {
            if (chosen == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(chosen);
            }
        });
        disposer.observe(list.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null && !chosen.equals(model.selectedProperty().get())) {
                model.selectedProperty().set(chosen);
            }
        });
        disposer.bind(empty.visibleProperty(), Bindings.isEmpty(model.replies()));

        shortcut.textProperty().bindBidirectional(model.shortcutProperty());
        title.textProperty().bindBidirectional(model.titleProperty());
        category.getEditor().textProperty().bindBidirectional(model.categoryProperty());
        body.textProperty().bindBidirectional(model.bodyProperty());
        disposer.onDispose(() -> {
            shortcut.textProperty().unbindBidirectional(model.shortcutProperty());
            title.textProperty().unbindBidirectional(model.titleProperty());
            category.getEditor().textProperty().unbindBidirectional(model.categoryProperty());
            body.textProperty().unbindBidirectional(model.bodyProperty());
        });

        var locked = model.editable().not();
        for (var control : new javafx.scene.control.Control[] {shortcut, title, category, body, save, newReply, up, down}) {
            disposer.bind(control.disableProperty(), locked);
        }
        disposer.bind(delete.disableProperty(), locked.or(model.selectedProperty().isNull()));
        disposer.bind(readOnly.visibleProperty(), locked.and(Bindings.createBooleanBinding(
                () -> model.scopeProperty().get() != null && !model.scopeProperty().get().editable(), model.scopeProperty())));

        disposer.bind(search.promptTextProperty(), i18n.text("canned.search.prompt"));
        disposer.bind(newReply.textProperty(), i18n.text("canned.new"));
        disposer.bind(up.textProperty(), i18n.text("canned.up"));
        disposer.bind(down.textProperty(), i18n.text("canned.down"));
        disposer.bind(empty.textProperty(), i18n.text("canned.empty"));
        disposer.bind(editorTitle.textProperty(), i18n.text(() -> i18n.get(model.selectedProperty().get() == null
                ? "canned.editor.new" : "canned.editor.edit"), model.selectedProperty()));
        disposer.bind(shortcutLabel.textProperty(), i18n.text("canned.field.shortcut"));
        disposer.bind(titleLabel.textProperty(), i18n.text("canned.field.title"));
        disposer.bind(categoryLabel.textProperty(), i18n.text("canned.field.category"));
        disposer.bind(bodyLabel.textProperty(), i18n.text("canned.field.body"));
        disposer.bind(placeholders.textProperty(), i18n.text("canned.placeholders"));
        disposer.bind(readOnly.textProperty(), i18n.text("canned.readOnly"));
        disposer.bind(save.textProperty(), i18n.text("canned.save"));
        disposer.bind(delete.textProperty(), i18n.text("canned.delete"));
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(model.errorProperty()));
        // the scopes' names ("My replies") are words of the language
        disposer.invalidated(i18n.localeProperty(), observable -> scope.setConverter(converter(s -> s == null ? "" : s.name())));
    }

    private void showCategories() {
        String chosen = model.categoryFilterProperty().get();
        var items = new java.util.ArrayList<String>();
        items.add(CannedManagerViewModel.ALL_CATEGORIES);
        items.addAll(model.categories());
        categoryFilter.getItems().setAll(items);
        category.getItems().setAll(model.categories());
        categoryFilter.getSelectionModel().select(items.contains(chosen) ? chosen : CannedManagerViewModel.ALL_CATEGORIES);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    /** A reply in the list: its title, then its shortcut and category, then the start of its text; dragged to reorder. */
    private final class ReplyCell extends ListCell<CannedReply> {

        private final Label name = new Label();
        private final Label meta = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, name, meta, text);

        ReplyCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            text.getStyleClass().add(Styles.TEXT_SMALL);
            setOnDragDetected(event -> {
                if (getItem() != null && model.editable().get()) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(REPLY_ID, getItem().id());
                    board.setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (getItem() != null && event.getDragboard().hasContent(REPLY_ID)) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                boolean done = getItem() != null && event.getDragboard().getContent(REPLY_ID) instanceof Long moved;
                if (done) {
                    model.move((Long) event.getDragboard().getContent(REPLY_ID), getItem().id());
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        protected void updateItem(CannedReply reply, boolean isEmpty) {
            super.updateItem(reply, isEmpty);
            if (isEmpty || reply == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(reply.title());
            meta.setText("/" + reply.shortcut() + (reply.category() == null ? "" : "  ·  " + reply.category()));
            String line = reply.body().replaceAll("\\s+", " ").strip();
            text.setText(line.length() > 80 ? line.substring(0, 80) + "…" : line);
            setText(null);
            setGraphic(box);
        }
    }
}
