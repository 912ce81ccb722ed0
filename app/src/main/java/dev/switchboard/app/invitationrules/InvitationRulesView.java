package dev.switchboard.app.invitationrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.visitors.InvitationRule;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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

/** The Invitation rules section: search and actions on top, the rules on the left (sortable), the chosen one's editor on the right. */
final class InvitationRulesView extends View<BorderPane> {

    private final InvitationRulesViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Button newRule = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final ConfirmBar confirm = new ConfirmBar("invitationRuleConfirm");
    private final Label listError = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final TableView<InvitationRule> table = new TableView<>();
    private final TableColumn<InvitationRule, String> name = new TableColumn<>();
    private final TableColumn<InvitationRule, String> site = new TableColumn<>();
    private final TableColumn<InvitationRule, String> conditions = new TableColumn<>();
    private final TableColumn<InvitationRule, String> group = new TableColumn<>();
    private final TableColumn<InvitationRule, String> enabled = new TableColumn<>();
    private final Label empty = new Label();
    private final InvitationRuleEditorView editor;

    InvitationRulesView(InvitationRulesViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.editor = new InvitationRuleEditorView(model.editor(), i18n, model.canEdit());
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("invitationRulesSection");
        root.setPadding(new Insets(12));
        search.setId("invitationRulesSearch");
        HBox.setHgrow(search, Priority.SOMETIMES);
        newRule.setId("invitationRuleNew");
        newRule.getStyleClass().add(Styles.ACCENT);
        newRule.setOnAction(event -> model.newRule());
        delete.setId("invitationRuleDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> confirm.ask(model.deleteQuestion(), i18n.get("routingRules.delete"), model::delete));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, search, newRule, spacer, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        listError.setId("invitationRulesError");
        listError.getStyleClass().add(Styles.DANGER);
        listError.setWrapText(true);
        listError.managedProperty().bind(listError.visibleProperty());
        VBox top = new VBox(6, actions, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("invitationRulesTable");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        site.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().site()));
        conditions.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.conditionsOf(cell.getValue())));
        group.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.groupOf(cell.getValue())));
        enabled.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().enabled() ? "✓" : "–"));
        name.setPrefWidth(160);
        site.setPrefWidth(70);
        conditions.setPrefWidth(230);
        group.setPrefWidth(110);
        enabled.setPrefWidth(50);
        table.getColumns().setAll(List.of(name, site, conditions, group, enabled));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(InvitationRule rule, boolean isEmpty) {
                super.updateItem(rule, isEmpty);
                setId(isEmpty || rule == null ? null : "invitationRule-" + rule.id());
                setOpacity(rule != null && !rule.enabled() ? 0.55 : 1);
            }
        });
        SplitPane split = new SplitPane(table, editor.root());
        split.setDividerPositions(0.44);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        SortedList<InvitationRule> sorted = new SortedList<>(model.shownRules());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        disposer.onDispose(() -> {
            sorted.comparatorProperty().unbind();
            table.setItems(null);
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
        search.textProperty().bindBidirectional(model.searchProperty());
        disposer.onDispose(() -> search.textProperty().unbindBidirectional(model.searchProperty()));
        var locked = model.canEdit().not();
        disposer.bind(newRule.disableProperty(), locked);
        disposer.bind(delete.disableProperty(), locked.or(model.selectedProperty().isNull()));
        confirm.bind(disposer, i18n);
        disposer.bind(listError.textProperty(), model.listErrors().general());
        disposer.bind(listError.visibleProperty(), Bindings.isNotEmpty(model.listErrors().general()));
        disposer.bind(search.promptTextProperty(), i18n.text("invitationRules.search"));
        disposer.bind(newRule.textProperty(), i18n.text("invitationRules.new"));
        disposer.bind(delete.textProperty(), i18n.text("routingRules.delete"));
        disposer.bind(empty.textProperty(), i18n.text("invitationRules.empty"));
        disposer.bind(name.textProperty(), i18n.text("routingRules.column.name"));
        disposer.bind(site.textProperty(), i18n.text("invitationRules.column.site"));
        disposer.bind(conditions.textProperty(), i18n.text("routingRules.column.conditions"));
        disposer.bind(group.textProperty(), i18n.text("routingRules.column.group"));
        disposer.bind(enabled.textProperty(), i18n.text("routingRules.column.enabled"));
        disposer.invalidated(i18n.localeProperty(), observable -> table.refresh());
        disposer.invalidated(model.team(), observable -> table.refresh());
        editor.activate();
        disposer.onDispose(editor::deactivate);
    }
}
