package dev.switchboard.app.admin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/**
 * The view half of {@link AdminList}: on top the search, the section's actions (those that make
 * something beside the search, those acting on the chosen item at the right), the bar that asks
 * before a destructive one ({@link ConfirmBar}) and the list's error; under them the items in a
 * sortable table, and the chosen item's editor (or any other pane) beside it. The section's view
 * builds its buttons and columns with it and binds it in its activation.
 *
 * <p>Ids, from the section's names (e.g. {@code routingRules} and {@code routingRule}):
 * {@code <plural>Section}, {@code <plural>Search}, {@code <plural>Error}, {@code <plural>Table},
 * {@code <singular>Confirm} (and its {@code Yes}/{@code No}), and each row {@code <singular>-<id>}.
 * Bundle keys: {@code <plural>.search} (the search's prompt), {@code <plural>.empty} (an empty list).
 *
 * @param <T> the item as the backend describes it
 */
public final class AdminListView<T> {

    private final String plural;
    private final String singular;
    private final ToLongFunction<T> id;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ConfirmBar confirm;
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final TableView<T> table = new TableView<>();
    private final Label empty = new Label();
    private final List<Titled<T>> columns = new ArrayList<>();
    private Predicate<T> dimmed = item -> false;
    private Consumer<TableRow<T>> rowSetUp = row -> { };

    private record Titled<T>(TableColumn<T, ?> column, String titleKey) {
    }

    /**
     * @param plural   the section's name for its items, e.g. {@code routingRules} (ids and bundle keys start with it)
     * @param singular the name of one, e.g. {@code routingRule}
     * @param id       an item's id, for its row's id
     */
    public AdminListView(String plural, String singular, ToLongFunction<T> id) {
        this.plural = plural;
        this.singular = singular;
        this.id = id;
        this.confirm = new ConfirmBar(singular + "Confirm");
        root.setId(plural + "Section");
        root.setPadding(new Insets(12));
        search.setId(plural + "Search");
        HBox.setHgrow(search, Priority.SOMETIMES);
        error.setId(plural + "Error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        table.setId(plural + "Table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        table.setRowFactory(view -> new ItemRow());
        empty.setWrapText(true);
    }

    public BorderPane root() {
        return root;
    }

    public TableView<T> table() {
        return table;
    }

    /** Asks before a destructive action: {@code confirm().ask(question, action name, action)}. */
    public ConfirmBar confirm() {
        return confirm;
    }

    /** The actions on top: {@code leading} beside the search (making something), {@code trailing} at the right (on the chosen item). */
    public void actions(List<? extends Node> leading, List<? extends Node> trailing) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, search);
        actions.getChildren().addAll(leading);
        actions.getChildren().add(spacer);
        actions.getChildren().addAll(trailing);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, actions, confirm.root(), error);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
    }

    /** The pane beside the list (the chosen item's editor, say), {@code divider} of the width given to the list. */
    public void beside(Node pane, double divider) {
        SplitPane split = new SplitPane(table, pane);
        split.setDividerPositions(divider);
        root.setCenter(split);
    }

    /** A column after those added before: its title from the bundle, its cells {@code value} of the row's item. */
    public <V> TableColumn<T, V> column(String titleKey, Function<T, V> value) {
        TableColumn<T, V> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        table.getColumns().add(column);
        columns.add(new Titled<>(column, titleKey));
        return column;
    }

    /** Rows of items that are off read as off (they keep their place). */
    public void dimWhen(Predicate<T> off) {
        dimmed = off;
    }

    /** More for every row the table makes (dragging, say); the row's item is {@code row.getItem()}. */
    public void setUpRows(Consumer<TableRow<T>> setUp) {
        rowSetUp = setUp;
    }

    /** Binds the table, the search, the choice and the messages to {@code list}, and the words to the language. */
    public void bind(Disposer disposer, I18n i18n, AdminList<T> list) {
        SortedSelection.bind(disposer, table, list.shown(), list.selectedProperty());
        search.textProperty().bindBidirectional(list.searchProperty());
        disposer.onDispose(() -> search.textProperty().unbindBidirectional(list.searchProperty()));
        confirm.bind(disposer, i18n);
        disposer.bind(error.textProperty(), list.errors().general());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(list.errors().general()));
        disposer.bind(search.promptTextProperty(), i18n.text(plural + ".search"));
        disposer.bind(empty.textProperty(), i18n.text(plural + ".empty"));
        for (Titled<T> titled : columns) {
            disposer.bind(titled.column().textProperty(), i18n.text(titled.titleKey()));
        }
        // the cells may hold words of the language
        disposer.invalidated(i18n.localeProperty(), observable -> table.refresh());
    }

    /** An item's row: its id for finding it, dimmed while the item is off. */
    private final class ItemRow extends TableRow<T> {

        ItemRow() {
            rowSetUp.accept(this);
        }

        @Override
        protected void updateItem(T item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setId(isEmpty || item == null ? null : singular + "-" + id.applyAsLong(item));
            setOpacity(item != null && dimmed.test(item) ? 0.55 : 1);
        }
    }
}
