package dev.switchboard.app.routingrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.routing.RoutingRule;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Routing rules section: a search and the actions on top; the rules in routing order on the
 * left (drag one onto another, or Alt+Up / Alt+Down, or the arrows, to move it; the columns sort
 * for reading, and moving works in routing order only); on the right, the chosen rule's editor and
 * "test this rule" in two tabs.
 */
final class RoutingRulesView extends View<BorderPane> {

    /** A dragged rule's id, inside this section only. */
    private static final DataFormat RULE_ID = new DataFormat("application/x-switchboard-routing-rule");

    private final RoutingRulesViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Button newRule = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button up = new Button(null, new FontIcon(Material2AL.ARROW_UPWARD));
    private final Button down = new Button(null, new FontIcon(Material2AL.ARROW_DOWNWARD));
    private final Button toggle = new Button(null, new FontIcon(Material2MZ.POWER_SETTINGS_NEW));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final ConfirmBar confirm = new ConfirmBar("routingRuleConfirm");
    private final Label listError = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final TableView<RoutingRule> table = new TableView<>();
    private final TableColumn<RoutingRule, Number> position = new TableColumn<>();
    private final TableColumn<RoutingRule, String> name = new TableColumn<>();
    private final TableColumn<RoutingRule, String> conditions = new TableColumn<>();
    private final TableColumn<RoutingRule, String> group = new TableColumn<>();
    private final TableColumn<RoutingRule, String> enabled = new TableColumn<>();
    private final Label empty = new Label();
    private final TabPane details = new TabPane();
    private final Tab ruleTab = new Tab();
    private final Tab testTab = new Tab();
    private final RuleEditorView editor;
    private final RuleTestView tester;
    private final BooleanBinding inRoutingOrder = Bindings.isEmpty(table.getSortOrder());

    RoutingRulesView(RoutingRulesViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.editor = new RuleEditorView(model.editor(), i18n, model.canEdit());
        this.tester = new RuleTestView(model.tester(), i18n, model.selectedProperty(),
                id -> model.team().get().groups().containsKey(id) ? model.team().get().groups().get(id).name() : "#" + id);
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("routingRulesSection");
        root.setPadding(new Insets(12));
        search.setId("routingRulesSearch");
        HBox.setHgrow(search, Priority.SOMETIMES);
        newRule.setId("routingRuleNew");
        newRule.getStyleClass().add(Styles.ACCENT);
        newRule.setOnAction(event -> model.newRule());
        up.setId("routingRuleUp");
        down.setId("routingRuleDown");
        up.setOnAction(event -> model.moveUp());
        down.setOnAction(event -> model.moveDown());
        toggle.setId("routingRuleToggle");
        toggle.setOnAction(event -> model.toggleEnabled());
        delete.setId("routingRuleDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> confirm.ask(model.deleteQuestion(), i18n.get("routingRules.delete"), model::delete));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, search, newRule, spacer, up, down, toggle, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        listError.setId("routingRulesError");
        listError.getStyleClass().add(Styles.DANGER);
        listError.setWrapText(true);
        listError.managedProperty().bind(listError.visibleProperty());
        VBox top = new VBox(6, actions, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("routingRulesTable");
        position.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().position()));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        conditions.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.conditionsOf(cell.getValue())));
        group.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.groupOf(cell.getValue())));
        enabled.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().enabled() ? "✓" : "–"));
        position.setMinWidth(36);
        position.setPrefWidth(40);
        name.setPrefWidth(170);
        conditions.setPrefWidth(240);
        group.setPrefWidth(110);
        enabled.setPrefWidth(50);
        table.getColumns().setAll(java.util.List.of(position, name, conditions, group, enabled));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new RuleRow());
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // Alt+Up / Alt+Down move the chosen rule; plain arrows keep moving the selection
            if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                if (inRoutingOrder.get()) {
                    if (event.getCode() == KeyCode.UP) {
                        model.moveUp();
                    } else {
                        model.moveDown();
                    }
                }
                event.consume();
            }
        });

        ruleTab.setContent(editor.root());
        ruleTab.setId("routingRuleTab");
        testTab.setContent(tester.root());
        testTab.setId("routingRuleTestTab");
        details.getTabs().setAll(ruleTab, testTab);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.setId("routingRuleDetails");
        SplitPane split = new SplitPane(table, details);
        split.setDividerPositions(0.44);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        SortedList<RoutingRule> sorted = new SortedList<>(model.shownRules());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        disposer.onDispose(() -> {
            sorted.comparatorProperty().unbind();
            table.setItems(null);
        });
        disposer.observe(model.selectedProperty(), chosen -> {
            if (chosen == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() == null || table.getSelectionModel().getSelectedItem().id() != chosen.id()
                    || !table.getSelectionModel().getSelectedItem().equals(chosen)) {
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
        disposer.listenList(model.tester().questionTypes(), change -> editor.offerQuestionTypes(model.tester().questionTypes()));
        editor.offerQuestionTypes(model.tester().questionTypes());

        var locked = model.canEdit().not();
        disposer.bind(newRule.disableProperty(), locked);
        var noRule = model.selectedProperty().isNull();
        disposer.bind(toggle.disableProperty(), locked.or(noRule));
        disposer.bind(delete.disableProperty(), locked.or(noRule));
        disposer.bind(up.disableProperty(), locked.or(noRule).or(inRoutingOrder.not()));
        disposer.bind(down.disableProperty(), locked.or(noRule).or(inRoutingOrder.not()));
        confirm.bind(disposer, i18n);
        disposer.bind(listError.textProperty(), model.listErrors().general());
        disposer.bind(listError.visibleProperty(), Bindings.isNotEmpty(model.listErrors().general()));

        disposer.bind(search.promptTextProperty(), i18n.text("routingRules.search"));
        disposer.bind(newRule.textProperty(), i18n.text("routingRules.new"));
        disposer.bind(up.textProperty(), i18n.text("routingRules.up"));
        disposer.bind(down.textProperty(), i18n.text("routingRules.down"));
        disposer.bind(toggle.textProperty(), i18n.text(() -> i18n.get(model.selectedProperty().get() != null
                && !model.selectedProperty().get().enabled() ? "routingRules.enable" : "routingRules.disable"), model.selectedProperty()));
        disposer.bind(delete.textProperty(), i18n.text("routingRules.delete"));
        disposer.bind(ruleTab.textProperty(), i18n.text("routingRules.tab.rule"));
        disposer.bind(testTab.textProperty(), i18n.text("routingRules.test.title"));
        disposer.bind(empty.textProperty(), i18n.text("routingRules.empty"));
        disposer.bind(position.textProperty(), i18n.text("routingRules.column.position"));
        disposer.bind(name.textProperty(), i18n.text("routingRules.column.name"));
        disposer.bind(conditions.textProperty(), i18n.text("routingRules.column.conditions"));
        disposer.bind(group.textProperty(), i18n.text("routingRules.column.group"));
        disposer.bind(enabled.textProperty(), i18n.text("routingRules.column.enabled"));
        // the conditions are words of the language
        disposer.invalidated(i18n.localeProperty(), observable -> table.refresh());
        disposer.invalidated(model.team(), observable -> table.refresh());
        editor.activate();
        tester.activate();
        disposer.onDispose(() -> {
            editor.deactivate();
            tester.deactivate();
        });
    }

    /** A rule's row: dragged onto another to take its place, while the table shows the routing order. */
    private final class RuleRow extends TableRow<RoutingRule> {

        RuleRow() {
            setOnDragDetected(event -> {
                if (getItem() != null && model.canEdit().get() && inRoutingOrder.get()) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(RULE_ID, getItem().id());
                    board.setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (getItem() != null && event.getDragboard().hasContent(RULE_ID)) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                boolean done = getItem() != null && event.getDragboard().getContent(RULE_ID) instanceof Long;
                if (done) {
                    model.move((Long) event.getDragboard().getContent(RULE_ID), getItem().id());
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        protected void updateItem(RoutingRule rule, boolean isEmpty) {
            super.updateItem(rule, isEmpty);
            setId(isEmpty || rule == null ? null : "routingRule-" + rule.id());
            // a rule that is off stays in its place but reads as off
            setOpacity(rule != null && !rule.enabled() ? 0.55 : 1);
        }
    }
}
