package dev.switchboard.app.accounts;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Accounts section of the Administration page: the searchable list, sortable by any column,
 * and beside it the editor of the account chosen or of a new one.
 */
final class AccountsView extends View<SplitPane> {

    private final AccountsViewModel model;
    private final I18n i18n;
    private final SplitPane root = new SplitPane();
    private final TextField search = new TextField();
    private final Button newAccount = new Button();
    private final TableView<AccountRow> table = new TableView<>();
    private final SortedList<AccountRow> sorted;
    private final AccountEditorView editor;
    private final VBox list;

    AccountsView(AccountsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.editor = new AccountEditorView(model.editor());
        this.sorted = new SortedList<>(model.rows());
        search.setId("accountsSearch");
        HBox.setHgrow(search, Priority.ALWAYS);
        newAccount.setId("accountsNew");
        newAccount.setOnAction(event -> model.newAccount());
        table.setId("accountsTable");
        table.setItems(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(
                wide(column("accounts.column.login", AccountRow::login), 90),
                wide(column("accounts.column.displayName", AccountRow::displayName), 120),
                wide(textColumn("accounts.column.role", AccountRow::role, (Role role) -> i18n.get("role." + role.name())), 100),
                wide(column("accounts.column.groups", AccountRow::groups), 170),
                wide(column("accounts.column.maxChats", AccountRow::maxChats), 80),
                wide(textColumn("accounts.column.enabled", AccountRow::enabled, enabled -> i18n.get(enabled ? "accounts.yes" : "accounts.no")), 70),
                wide(textColumn("accounts.column.status", AccountRow::status, (AgentStatus status) -> i18n.get("status." + status.name())), 80));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AccountRow item, boolean empty) {
                super.updateItem(item, empty);
                setId(empty || item == null ? null : "accountRow-" + item.login());
            }
        });
        HBox tools = new HBox(8, search, newAccount);
        tools.setAlignment(Pos.CENTER_LEFT);
        list = new VBox(8, tools, table);
        list.setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setId("accountsSection");
        root.getItems().setAll(list, editor.root());
        root.setDividerPositions(0.5);
    }

    @Override
    public SplitPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        editor.activate();
        disposer.onDispose(editor::deactivate);
        search.textProperty().bindBidirectional(model.searchProperty());
        disposer.onDispose(() -> search.textProperty().unbindBidirectional(model.searchProperty()));
        disposer.bind(search.promptTextProperty(), i18n.text("accounts.search"));
        disposer.bind(newAccount.textProperty(), i18n.text("accounts.new"));
        disposer.observe(model.administratorProperty(), administrator -> {
            newAccount.setVisible(administrator);
            newAccount.setManaged(administrator);
        });
        disposer.bind(list.disableProperty(), model.editor().savingProperty());
        disposer.listen(table.getSelectionModel().selectedItemProperty(), (observable, before, after) -> model.choose(after));
        // the list is rebuilt as accounts change: the one in the editor stays chosen
        disposer.listenList(sorted, change -> chooseEdited());
        disposer.observe(model.editor().editingIdProperty(), id -> chooseEdited());
        disposer.listen(i18n.localeProperty(), (observable, before, after) -> table.refresh());
    }

    private void chooseEdited() {
        Long id = model.editor().editingIdProperty().get();
        AccountRow chosen = table.getSelectionModel().getSelectedItem();
        if (id == null) {
            table.getSelectionModel().clearSelection();
        } else if (chosen == null || chosen.id() != id) {
            sorted.stream().filter(row -> row.id() == id).findFirst().ifPresent(row -> table.getSelectionModel().select(row));
        }
    }

    private static <T> TableColumn<AccountRow, T> wide(TableColumn<AccountRow, T> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    private <T> TableColumn<AccountRow, T> column(String key, Function<AccountRow, T> value) {
        TableColumn<AccountRow, T> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setId(key.substring(key.lastIndexOf('.') + 1) + "Column");
        return column;
    }

    /** A column sorted by its values and shown in words (a role, a status). */
    private <T extends Comparable<T>> TableColumn<AccountRow, T> textColumn(String key, Function<AccountRow, T> value, Function<T, String> words) {
        TableColumn<AccountRow, T> column = column(key, value);
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        });
        return column;
    }
}
