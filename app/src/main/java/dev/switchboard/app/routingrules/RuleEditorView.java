package dev.switchboard.app.routingrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.visitors.Channel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The form of one routing rule: name, on or off, the conditions (each empty for "any") or
 * catch-all, and the group. Each field's refusal shows under it; the "no condition" refusal under
 * the catch-all switch, at the head of the conditions. Read-only for supervisors.
 */
final class RuleEditorView extends View<BorderPane> {

    private final RuleEditorViewModel model;
    private final I18n i18n;
    private final BooleanBinding canEdit;
    private final Label title = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
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
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final BorderPane root = new BorderPane();

    RuleEditorView(RuleEditorViewModel model, I18n i18n, BooleanBinding canEdit) {
        this.model = model;
        this.i18n = i18n;
        this.canEdit = canEdit;
        this.stalePane = new StaleEditPane(model::reapply, model::takeTheirs);
        customerLevel.setItems(model.levels());
        title.getStyleClass().add(Styles.TITLE_4);
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
        save.setId("routingRuleSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(event -> model.save());
        form.row("routingRules.field.name", name, "name")
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
        // the save button stays in sight above the form, which scrolls
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        ScrollPane scroll = new ScrollPane(new VBox(8, stalePane.root(), form.root()));
        scroll.setFitToWidth(true);
        root.setTop(bar);
        root.setCenter(scroll);
        root.setId("routingRuleEditor");
    }

    @Override
    public BorderPane root() {
        return root;
    }

    /** The question types offered (the pre-chat form's options). */
    void offerQuestionTypes(List<String> types) {
        questionType.getItems().setAll(types);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        form.bind(disposer, i18n, model.errors());
        stalePane.bind(disposer, i18n, model.staleProperty());
        disposer.bind(title.textProperty(), i18n.text(() -> i18n.get(model.editingProperty().get() == null
                ? "routingRules.editor.new" : "routingRules.editor.edit"), model.editingProperty()));
        disposer.bind(enabled.textProperty(), i18n.text("routingRules.enabled.on"));
        disposer.bind(catchAll.textProperty(), i18n.text("routingRules.catchAll"));
        disposer.bind(conditionsHint.textProperty(), i18n.text("routingRules.conditions.hint"));
        disposer.bind(save.textProperty(), i18n.text("routingRules.save"));
        disposer.bind(urlPattern.promptTextProperty(), i18n.text("routingRules.urlPattern.prompt"));
        disposer.bind(keyword.promptTextProperty(), i18n.text("routingRules.any"));

        bindBoth(disposer, name.textProperty(), model.nameProperty());
        bindBoth(disposer, enabled.selectedProperty(), model.enabledProperty());
        bindBoth(disposer, catchAll.selectedProperty(), model.catchAllProperty());
        bindBoth(disposer, keyword.textProperty(), model.keywordProperty());
        bindBoth(disposer, urlPattern.textProperty(), model.urlPatternProperty());
        bindBoth(disposer, engine.getEditor().textProperty(), model.engineProperty());
        bindBoth(disposer, language.getEditor().textProperty(), model.languageProperty());
        bindBoth(disposer, questionType.getEditor().textProperty(), model.questionTypeProperty());
        bindBoth(disposer, customerLevel.getEditor().textProperty(), model.customerLevelProperty());
        bindBoth(disposer, channel.valueProperty(), model.channelProperty());
        bindBoth(disposer, returning.valueProperty(), model.returningProperty());
        bindBoth(disposer, group.valueProperty(), model.groupProperty());

        StringConverter<Channel> channels = Choices.words(c -> c == null ? i18n.get("routingRules.any") : i18n.get("routingRules.channel." + c.name()));
        StringConverter<Returning> returnings = Choices.words(r -> r == null ? "" : i18n.get("routingRules.returning." + r.name()));
        disposer.observe(i18n.localeProperty(), locale -> {
            channel.setConverter(channels);
            channel.setButtonCell(Choices.cell(channels));
            returning.setConverter(returnings);
            returning.setButtonCell(Choices.cell(returnings));
        });
        group.setConverter(Choices.words(g -> g == null ? "" : g.name()));
        disposer.observe(model.team(), snapshot -> {
            Group chosen = model.groupProperty().get();
            group.getItems().setAll(new ArrayList<>(snapshot.groups().values()));
            model.groupProperty().set(chosen == null ? null : snapshot.groups().get(chosen.id()));
        });

        var locked = canEdit.not().or(model.busyProperty());
        for (Control control : new Control[] {name, enabled, catchAll, group, save}) {
            disposer.bind(control.disableProperty(), locked);
        }
        var conditionsLocked = locked.or(model.catchAllProperty());
        for (Control control : new Control[] {channel, engine, keyword, urlPattern, language, questionType, customerLevel, returning}) {
            disposer.bind(control.disableProperty(), conditionsLocked);
        }
    }

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
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
