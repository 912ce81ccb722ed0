package dev.switchboard.app.wrapupadmin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
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
 * The Wrap-up categories section: the tree (searchable; dragged to move a category among its
 * siblings or under another) with add, move and remove on top, the chosen category's form beside it.
 */
final class CategoryTreeView extends View<BorderPane> {

    private final CategoryTreeViewModel model;
    private final CategoryEditorViewModel editor;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Button newTop = button("wrapUpCategoryNewTop", Material2AL.ADD);
    private final Button newChild = button("wrapUpCategoryNewChild", Material2AL.ADD_BOX);
    private final Button up = button("wrapUpCategoryUp", Material2AL.ARROW_UPWARD);
    private final Button down = button("wrapUpCategoryDown", Material2AL.ARROW_DOWNWARD);
    private final Button remove = button("wrapUpCategoryRemove", Material2AL.DELETE);
    private final ConfirmBar confirm = new ConfirmBar("wrapUpCategoryConfirm");
    private final Label listError = EditorForm.error("wrapUpCategoriesError");
    private final TreeView<WrapUpCategory> tree = new TreeView<>(new TreeItem<>());
    private final Label formTitle = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
    private final TextField name = new TextField();
    private final ComboBox<WrapUpCategory> parent = new ComboBox<>();
    private final CheckBox enabled = new CheckBox();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final ObservableList<WrapUpCategory> parents = FXCollections.observableArrayList();
    /** Set while the tree is rebuilt: its selection then follows the model, not the other way. */
    private boolean rebuilding;

    CategoryTreeView(CategoryTreeViewModel model) {
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
        root.setId("wrapUpCategoriesSection");
        root.setPadding(new Insets(12));
        search.setId("wrapUpCategorySearch");
        HBox.setHgrow(search, Priority.ALWAYS);
        newTop.setOnAction(event -> model.newTop());
        newChild.setOnAction(event -> model.newChild());
        up.setOnAction(event -> model.moveUp());
        down.setOnAction(event -> model.moveDown());
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(event -> confirm.ask(model.removeQuestion(), i18n.get("wrapUpAdmin.remove"), model::remove));
        HBox actions = new HBox(8, search, newTop, newChild, up, down, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, actions, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        tree.setId("wrapUpCategoryTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new CategoryCell());
        // dropped below the last category: the last at the top
        tree.setOnDragOver(event -> {
            if (event.getDragboard().hasString()) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
        });
        tree.setOnDragDropped(event -> {
            dropped(event.getDragboard().getString(), null);
            event.setDropCompleted(true);
        });

        formTitle.getStyleClass().add(Styles.TITLE_4);
        name.setId("wrapUpCategoryName");
        parent.setId("wrapUpCategoryParent");
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.setItems(parents);
        enabled.setId("wrapUpCategoryEnabled");
        enabled.setWrapText(true);
        save.setId("wrapUpCategorySave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> editor.save());
        name.setOnAction(event -> editor.save());
        form.row("wrapUpAdmin.field.name", name, "name")
                .row("wrapUpAdmin.field.parent", parent, "parentId")
                .row("wrapUpAdmin.field.enabled", enabled, "enabled");
        VBox side = new VBox(8, formTitle, stalePane.root(), form.root(), save);
        side.setPadding(new Insets(0, 0, 0, 12));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, scroll);
        split.setDividerPositions(0.5);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        disposer.listenList(model.categories(), (ListChangeListener<WrapUpCategory>) change -> rebuild());
        disposer.observe(model.searchProperty(), text -> rebuild());
        disposer.observe(model.selectedProperty(), this::select);
        disposer.listen(tree.getSelectionModel().selectedItemProperty(), (observable, before, after) -> {
            if (!rebuilding && after != null && after.getValue() != null) {
                model.selectedProperty().set(after.getValue());
            }
        });
        bindBoth(disposer, search.textProperty(), model.searchProperty());
        bindBoth(disposer, name.textProperty(), editor.nameProperty());
        bindBoth(disposer, parent.valueProperty(), editor.parentProperty());
        bindBoth(disposer, enabled.selectedProperty(), editor.enabledProperty());
        form.bind(disposer, i18n, editor.errors());
        confirm.bind(disposer, i18n);
        stalePane.bind(disposer, i18n, editor.staleProperty());
        EditorForm.showMessage(disposer, listError, model.listErrors().general());
        disposer.bind(formTitle.textProperty(), Bindings.createStringBinding(() -> editor.editingProperty().get() == null
                ? i18n.get("wrapUpAdmin.form.new") : i18n.get("wrapUpAdmin.form.edit"), editor.editingProperty(), i18n.localeProperty()));
        var nothingChosen = model.selectedProperty().isNull();
        for (Button button : new Button[] {newChild, up, down, remove}) {
            disposer.bind(button.disableProperty(), nothingChosen.or(model.busyProperty()));
        }
        disposer.bind(save.disableProperty(), editor.busyProperty());
        disposer.bind(enabled.disableProperty(), editor.editingProperty().isNull());
        disposer.observe(i18n.localeProperty(), locale -> {
            StringConverter<WrapUpCategory> words = Choices.words(c -> c == null ? i18n.get("wrapUpAdmin.parent.top")
                    : model.paths().getOrDefault(c.id(), c.name()));
            parent.setConverter(words);
            parent.setButtonCell(Choices.cell(words));
            parent.setCellFactory(list -> Choices.cell(words));
            tree.refresh();
        });
        disposer.bind(search.promptTextProperty(), i18n.text("wrapUpAdmin.search"));
        tip(disposer, newTop, "wrapUpAdmin.newTop");
        tip(disposer, newChild, "wrapUpAdmin.newChild");
        tip(disposer, up, "wrapUpAdmin.up");
        tip(disposer, down, "wrapUpAdmin.down");
        tip(disposer, remove, "wrapUpAdmin.remove");
        disposer.bind(save.textProperty(), i18n.text("wrapUpAdmin.save"));
        disposer.bind(enabled.textProperty(), i18n.text("wrapUpAdmin.enabled"));
        rebuild();
    }

    /** The tree again from the model's list, the search applied, everything open, the chosen category chosen again. */
    private void rebuild() {
        rebuilding = true;
        try {
            Set<Long> shown = model.shown();
            Map<Long, TreeItem<WrapUpCategory>> items = new HashMap<>();
            TreeItem<WrapUpCategory> top = new TreeItem<>();
            for (WrapUpCategory category : model.categories()) {
                if (!shown.contains(category.id())) {
                    continue;
                }
                TreeItem<WrapUpCategory> item = new TreeItem<>(category);
                item.setExpanded(true);
                items.put(category.id(), item);
                TreeItem<WrapUpCategory> above = category.parentId() == null ? top : items.get(category.parentId());
                (above == null ? top : above).getChildren().add(item);
            }
            tree.setRoot(top);
            refreshParents();
            select(model.selectedProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    /**
     * The parents to choose from: the top, then every category. The form's choice is kept (as the
     * category is now): a combo box may drop its value when its items change.
     */
    private void refreshParents() {
        WrapUpCategory chosen = editor.parentProperty().get();
        List<WrapUpCategory> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(model.categories());
        if (!choices.equals(parents)) {
            parents.setAll(choices);
        }
        WrapUpCategory now = chosen == null ? null : model.categories().stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null);
        if (!Objects.equals(editor.parentProperty().get(), now)) {
            editor.parentProperty().set(now);
        }
    }

    private void select(WrapUpCategory category) {
        if (category == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            TreeItem<WrapUpCategory> item = tree.getTreeItem(row);
            if (item != null && item.getValue() != null && item.getValue().id() == category.id()) {
                if (tree.getSelectionModel().getSelectedIndex() != row) {
                    tree.getSelectionModel().select(row);
                }
                return;
            }
        }
    }

    private void dropped(String dragged, Long target) {
        try {
            model.drop(Long.parseLong(dragged), target);
        } catch (NumberFormatException notOurs) {
            // something else was dropped on the tree: nothing to move
        }
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

    /** A category's name (archived ones muted and marked); dragged to move it, a drop target for others. */
    private final class CategoryCell extends TreeCell<WrapUpCategory> {

        CategoryCell() {
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(Long.toString(getItem().id()));
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (getItem() != null && event.getDragboard().hasString()) {
                    event.acceptTransferModes(TransferMode.MOVE);
                    event.consume();
                }
            });
            setOnDragDropped(event -> {
                if (getItem() != null) {
                    dropped(event.getDragboard().getString(), getItem().id());
                    event.setDropCompleted(true);
                    event.consume();
                }
            });
        }

        @Override
        protected void updateItem(WrapUpCategory item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.TEXT_MUTED);
            if (empty || item == null) {
                setText(null);
                setId(null);
            } else {
                setId("wrapUpAdminCategory-" + item.id());
                setText(item.enabled() ? item.name() : i18n.get("wrapUpAdmin.archived", item.name()));
                if (!item.enabled()) {
                    getStyleClass().add(Styles.TEXT_MUTED);
                }
            }
        }
    }
}
