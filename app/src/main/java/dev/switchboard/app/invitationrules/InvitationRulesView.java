package dev.switchboard.app.invitationrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.AdminListView;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.visitors.InvitationRule;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Invitation rules section: search and actions on top, the rules on the left (sortable), the chosen one's editor on the right. */
final class InvitationRulesView extends View<BorderPane> {

    private final InvitationRulesViewModel model;
    private final I18n i18n;
    private final AdminListView<InvitationRule> list = new AdminListView<>("invitationRules", "invitationRule", InvitationRule::id);
    private final Button newRule = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final InvitationRuleEditorView editor;

    InvitationRulesView(InvitationRulesViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.editor = new InvitationRuleEditorView(model.editor(), i18n, model.canEdit());
        build();
    }

    @Override
    public BorderPane root() {
        return list.root();
    }

    private void build() {
        newRule.setId("invitationRuleNew");
        newRule.getStyleClass().add(Styles.ACCENT);
        newRule.setOnAction(event -> model.newRule());
        delete.setId("invitationRuleDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> list.confirm().ask(model.deleteQuestion(), i18n.get("routingRules.delete"), model::delete));
        list.actions(List.of(newRule), List.of(delete));
        list.column("routingRules.column.name", InvitationRule::name).setPrefWidth(160);
        list.column("invitationRules.column.site", InvitationRule::site).setPrefWidth(70);
        list.column("routingRules.column.conditions", model::conditionsOf).setPrefWidth(230);
        list.column("routingRules.column.group", model::groupOf).setPrefWidth(110);
        list.column("routingRules.column.enabled", rule -> rule.enabled() ? "✓" : "–").setPrefWidth(50);
        list.dimWhen(rule -> !rule.enabled());
        list.beside(editor.root(), 0.44);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        list.bind(disposer, i18n, model.rules());
        var locked = model.canEdit().not();
        disposer.bind(newRule.disableProperty(), locked);
        disposer.bind(delete.disableProperty(), locked.or(model.rules().selectedProperty().isNull()));
        disposer.bind(newRule.textProperty(), i18n.text("invitationRules.new"));
        disposer.bind(delete.textProperty(), i18n.text("routingRules.delete"));
        disposer.invalidated(model.team(), observable -> list.table().refresh());
        editor.activate();
        disposer.onDispose(editor::deactivate);
    }
}
