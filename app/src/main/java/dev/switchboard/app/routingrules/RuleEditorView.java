package dev.switchboard.app.routingrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.VersionedEditorPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.visitors.Channel;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The form of one routing rule: name, on or off, the conditions (each empty for "any") or
 * catch-all, and the group. Each field's refusal shows under it; the "no condition" refusal under
 * the catch-all switch, at the head of the conditions. Read-only for supervisors.
 */
final class RuleEditorView extends View<BorderPane> {

    private final RuleEditorViewModel model;
    private final I18n i18n;
    private final BooleanBinding canEdit;
    private final VersionedEditorPane pane;
    private final TextField name = field("ruleName");
    private final CheckBox enabled = new CheckBox();
    private final CheckBox catchAll = new CheckBox();
    private final Label conditionsHint = new Label();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<String> engine = suggesting("ruleEngine", Suggestions.ENGINES);
    private final TextField keyword = field("ruleKeyword");
    private final TextField urlPattern = field("ruleUrlPattern");
    private final ComboBox<String> language = suggesting("ruleLanguage", Suggestions.LANGUAGES);
    private final ComboBox<String> questionType = suggesting("ruleQuestionType", List.of());
    private final ComboBox<String> customerLevel = suggesting("ruleCustomerLevel", List.of());
    private final ComboBox<Returning> returning = new ComboBox<>(FXCollections.observableArrayList(Returning.values()));
    private final ComboBox<Group> group = new ComboBox<>();

    RuleEditorView(RuleEditorViewModel model, I18n i18n, BooleanBinding canEdit) {
        this.model = model;
        this.i18n = i18n;
        this.canEdit = canEdit;
        this.pane = new VersionedEditorPane(model, "routingRules", "routingRuleEditor", "routingRuleSave");
        customerLevel.setItems(model.levels());
        enabled.setId("ruleEnabled");
        catchAll.setId("ruleCatchAll");
        catchAll.setWrapText(true);
        conditionsHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        conditionsHint.setWrapText(true);
        channel.setId("ruleChannel");
        channel.getItems().add(null);
        channel.getItems().addAll(Channel.values());
        channel.setMaxWidth(Double.MAX_VALUE);
        returning.setId("ruleReturning");
        returning.setMaxWidth(Double.MAX_VALUE);
        group.setId("ruleGroup");
        group.setMaxWidth(Double.MAX_VALUE);
        pane.form().row("routingRules.field.name", name, "name")
                .row("routingRules.field.enabled", enabled, "enabled")
                .row("routingRules.field.conditions", new VBox(4, catchAll, conditionsHint), "catchAll")
                .row("routingRules.field.channel", channel, "channel")
                .row("routingRules.field.engine", engine, "engine")
                .row("routingRules.field.keyword", keyword, "keyword")
                .row("routingRules.field.urlPattern", urlPattern, "urlPattern")
                .row("routingRules.field.language", language, "language")
                .row("routingRules.field.questionType", questionType, "questionType")
                .row("routingRules.field.customerLevel", customerLevel, "customerLevel")
                .row("routingRules.field.returning", returning, "returning")
                .row("routingRules.field.group", group, "groupId");
    }

    @Override
    public BorderPane root() {
        return pane.root();
    }

    /** The question types offered (the pre-chat form's options). */
    void offerQuestionTypes(List<String> types) {
        questionType.getItems().setAll(types);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        pane.bind(disposer, i18n);
        disposer.bind(enabled.textProperty(), i18n.text("routingRules.enabled.on"));
        disposer.bind(catchAll.textProperty(), i18n.text("routingRules.catchAll"));
        disposer.bind(conditionsHint.textProperty(), i18n.text("routingRules.conditions.hint"));
        disposer.bind(urlPattern.promptTextProperty(), i18n.text("routingRules.urlPattern.prompt"));
        disposer.bind(keyword.promptTextProperty(), i18n.text("routingRules.any"));

        disposer.bindBidirectional(name.textProperty(), model.nameProperty());
        disposer.bindBidirectional(enabled.selectedProperty(), model.enabledProperty());
        disposer.bindBidirectional(catchAll.selectedProperty(), model.catchAllProperty());
        disposer.bindBidirectional(keyword.textProperty(), model.keywordProperty());
        disposer.bindBidirectional(urlPattern.textProperty(), model.urlPatternProperty());
        disposer.bindBidirectional(engine.getEditor().textProperty(), model.engineProperty());
        disposer.bindBidirectional(language.getEditor().textProperty(), model.languageProperty());
        disposer.bindBidirectional(questionType.getEditor().textProperty(), model.questionTypeProperty());
        disposer.bindBidirectional(customerLevel.getEditor().textProperty(), model.customerLevelProperty());
        disposer.bindBidirectional(channel.valueProperty(), model.channelProperty());
        disposer.bindBidirectional(returning.valueProperty(), model.returningProperty());
        disposer.bindBidirectional(group.valueProperty(), model.groupProperty());

        Choices.wordAs(disposer, i18n, channel, c -> c == null ? i18n.get("routingRules.any") : i18n.get("routingRules.channel." + c.name()));
        Choices.wordAs(disposer, i18n, returning, r -> r == null ? "" : i18n.get("routingRules.returning." + r.name()));
        Choices.groups(disposer, group, model.team(), model.groupProperty());

        var locked = canEdit.not().or(model.busyProperty());
        for (Control control : new Control[] {name, enabled, catchAll, group, pane.save()}) {
            disposer.bind(control.disableProperty(), locked);
        }
        var conditionsLocked = locked.or(model.catchAllProperty());
        for (Control control : new Control[] {channel, engine, keyword, urlPattern, language, questionType, customerLevel, returning}) {
            disposer.bind(control.disableProperty(), conditionsLocked);
        }
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static ComboBox<String> suggesting(String id, List<String> suggestions) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(suggestions));
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
