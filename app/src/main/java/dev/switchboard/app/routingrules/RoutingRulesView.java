package dev.switchboard.app.routingrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.AdminListView;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.routing.RoutingRule;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
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
    private final AdminListView<RoutingRule> list = new AdminListView<>("routingRules", "routingRule", RoutingRule::id);
    private final Button newRule = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button up = new Button(null, new FontIcon(Material2AL.ARROW_UPWARD));
    private final Button down = new Button(null, new FontIcon(Material2AL.ARROW_DOWNWARD));
    private final Button toggle = new Button(null, new FontIcon(Material2MZ.POWER_SETTINGS_NEW));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final TabPane details = new TabPane();
    private final Tab ruleTab = new Tab();
    private final Tab testTab = new Tab();
    private final RuleEditorView editor;
    private final RuleTestView tester;
    private final BooleanBinding inRoutingOrder = Bindings.isEmpty(list.table().getSortOrder());

    RoutingRulesView(RoutingRulesViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.editor = new RuleEditorView(model.editor(), i18n, model.canEdit());
        this.tester = new RuleTestView(model.tester(), i18n, model.rules().selectedProperty(),
                id -> model.team().get().groups().containsKey(id) ? model.team().get().groups().get(id).name() : "#" + id);
        build();
    }

    @Override
    public BorderPane root() {
        return list.root();
    }

    private void build() {
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
        delete.setOnAction(event -> list.confirm().ask(model.deleteQuestion(), i18n.get("routingRules.delete"), model::delete));
        list.actions(List.of(newRule), List.of(up, down, toggle, delete));

        TableColumn<RoutingRule, Integer> position = list.column("routingRules.column.position", RoutingRule::position);
        list.column("routingRules.column.name", RoutingRule::name).setPrefWidth(170);
        list.column("routingRules.column.conditions", model::conditionsOf).setPrefWidth(240);
        list.column("routingRules.column.group", model::groupOf).setPrefWidth(110);
        list.column("routingRules.column.enabled", rule -> rule.enabled() ? "✓" : "–").setPrefWidth(50);
        position.setMinWidth(36);
        position.setPrefWidth(40);
        // a rule that is off stays in its place but reads as off
        list.dimWhen(rule -> !rule.enabled());
        list.setUpRows(this::dragAndDrop);
        list.table().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
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
        list.beside(details, 0.44);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        list.bind(disposer, i18n, model.rules());
        disposer.listenList(model.tester().questionTypes(), change -> editor.offerQuestionTypes(model.tester().questionTypes()));
        editor.offerQuestionTypes(model.tester().questionTypes());

        var locked = model.canEdit().not();
        disposer.bind(newRule.disableProperty(), locked);
        var noRule = model.rules().selectedProperty().isNull();
        disposer.bind(toggle.disableProperty(), locked.or(noRule));
        disposer.bind(delete.disableProperty(), locked.or(noRule));
        disposer.bind(up.disableProperty(), locked.or(noRule).or(inRoutingOrder.not()));
        disposer.bind(down.disableProperty(), locked.or(noRule).or(inRoutingOrder.not()));

        disposer.bind(newRule.textProperty(), i18n.text("routingRules.new"));
        disposer.bind(up.textProperty(), i18n.text("routingRules.up"));
        disposer.bind(down.textProperty(), i18n.text("routingRules.down"));
        var chosen = model.rules().selectedProperty();
        disposer.bind(toggle.textProperty(), i18n.text(() -> i18n.get(chosen.get() != null && !chosen.get().enabled()
                ? "routingRules.enable" : "routingRules.disable"), chosen));
        disposer.bind(delete.textProperty(), i18n.text("routingRules.delete"));
        disposer.bind(ruleTab.textProperty(), i18n.text("routingRules.tab.rule"));
        disposer.bind(testTab.textProperty(), i18n.text("routingRules.test.title"));
        // the conditions name the groups
        disposer.invalidated(model.team(), observable -> list.table().refresh());
        editor.activate();
        tester.activate();
        disposer.onDispose(() -> {
            editor.deactivate();
            tester.deactivate();
        });
    }

    /** A rule's row is dragged onto another to take its place, while the table shows the routing order. */
    private void dragAndDrop(TableRow<RoutingRule> row) {
        row.setOnDragDetected(event -> {
            if (row.getItem() != null && model.canEdit().get() && inRoutingOrder.get()) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(RULE_ID, row.getItem().id());
                board.setContent(content);
                event.consume();
            }
        });
        row.setOnDragOver(event -> {
            if (row.getItem() != null && event.getDragboard().hasContent(RULE_ID)) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        row.setOnDragDropped(event -> {
            boolean done = row.getItem() != null && event.getDragboard().getContent(RULE_ID) instanceof Long;
            if (done) {
                model.move((Long) event.getDragboard().getContent(RULE_ID), row.getItem().id());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }
}
