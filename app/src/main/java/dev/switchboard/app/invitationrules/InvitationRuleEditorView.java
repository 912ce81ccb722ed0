package dev.switchboard.app.invitationrules;

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
import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The form of one automatic invitation rule; each refusal under its field. Read-only for supervisors. */
final class InvitationRuleEditorView extends View<BorderPane> {

    private final InvitationRuleEditorViewModel model;
    private final I18n i18n;
    private final BooleanBinding canEdit;
    private final Label title = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
    private final TextField name = field("inviteName");
    private final CheckBox enabled = new CheckBox();
    private final ComboBox<String> site = new ComboBox<>();
    private final Label conditionsHint = new Label();
    private final TextField minSeconds = field("inviteMinSeconds");
    private final TextField minPages = field("inviteMinPages");
    private final TextField urlPattern = field("inviteUrlPattern");
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextField engine = field("inviteEngine");
    private final TextField keyword = field("inviteKeyword");
    private final ComboBox<Boolean> returning = new ComboBox<>();
    private final TextField language = field("inviteLanguage");
    private final TextArea message = new TextArea();
    private final CheckBox forced = new CheckBox();
    private final ComboBox<Group> group = new ComboBox<>();
    private final TextField cooldown = field("inviteCooldown");
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final BorderPane root = new BorderPane();

    InvitationRuleEditorView(InvitationRuleEditorViewModel model, I18n i18n, BooleanBinding canEdit) {
        this.model = model;
        this.i18n = i18n;
        this.canEdit = canEdit;
        this.stalePane = new StaleEditPane(model::reapply, model::takeTheirs);
        title.getStyleClass().add(Styles.TITLE_4);
        enabled.setId("inviteEnabled");
        site.setId("inviteSite");
        site.setItems(model.sites());
        conditionsHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        conditionsHint.setWrapText(true);
        channel.setId("inviteChannel");
        channel.getItems().add(null);
        channel.getItems().addAll(Channel.values());
        returning.setId("inviteReturning");
        returning.getItems().setAll(Arrays.asList(null, true, false));
        message.setId("inviteMessage");
        message.setWrapText(true);
        message.setPrefRowCount(3);
        forced.setId("inviteForced");
        forced.setWrapText(true);
        group.setId("inviteGroup");
        for (Control control : new Control[] {site, channel, returning, group}) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        save.setId("inviteSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        // what the rule does first, then when it does it
        form.row("invitationRules.field.name", name, "name")
                .row("invitationRules.field.enabled", enabled, "enabled")
                .row("invitationRules.field.site", site, "site")
                .row("invitationRules.field.message", message, "message")
                .row("invitationRules.field.forced", forced, "forced")
                .row("invitationRules.field.group", group, "groupId")
                .row("invitationRules.field.cooldown", cooldown, "cooldownMinutes")
                .row("invitationRules.field.conditions", conditionsHint, null)
                .row("invitationRules.field.minSeconds", minSeconds, "minSecondsOnPage")
                .row("invitationRules.field.minPages", minPages, "minPagesViewed")
                .row("routingRules.field.urlPattern", urlPattern, "urlPattern")
                .row("routingRules.field.channel", channel, "channel")
                .row("routingRules.field.engine", engine, "engine")
                .row("routingRules.field.keyword", keyword, "keyword")
                .row("routingRules.field.returning", returning, "returning")
                .row("routingRules.field.language", language, "language");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        ScrollPane scroll = new ScrollPane(new VBox(8, stalePane.root(), form.root()));
        scroll.setFitToWidth(true);
        root.setTop(bar);
        root.setCenter(scroll);
        root.setId("invitationRuleEditor");
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        form.bind(disposer, i18n, model.errors());
        stalePane.bind(disposer, i18n, model.staleProperty());
        disposer.bind(title.textProperty(), i18n.text(() -> i18n.get(model.editingProperty().get() == null
                ? "invitationRules.editor.new" : "invitationRules.editor.edit"), model.editingProperty()));
        disposer.bind(enabled.textProperty(), i18n.text("invitationRules.enabled.on"));
        disposer.bind(forced.textProperty(), i18n.text("invitationRules.forced"));
        disposer.bind(conditionsHint.textProperty(), i18n.text("invitationRules.conditions.hint"));
        disposer.bind(save.textProperty(), i18n.text("invitationRules.save"));
        disposer.bind(urlPattern.promptTextProperty(), i18n.text("routingRules.urlPattern.prompt"));
        disposer.bind(minSeconds.promptTextProperty(), i18n.text("routingRules.any"));
        disposer.bind(minPages.promptTextProperty(), i18n.text("routingRules.any"));

        bindBoth(disposer, name.textProperty(), model.nameProperty());
        bindBoth(disposer, enabled.selectedProperty(), model.enabledProperty());
        bindBoth(disposer, site.valueProperty(), model.siteProperty());
        bindBoth(disposer, minSeconds.textProperty(), model.minSecondsOnPageProperty());
        bindBoth(disposer, minPages.textProperty(), model.minPagesViewedProperty());
        bindBoth(disposer, urlPattern.textProperty(), model.urlPatternProperty());
        bindBoth(disposer, channel.valueProperty(), model.channelProperty());
        bindBoth(disposer, engine.textProperty(), model.engineProperty());
        bindBoth(disposer, keyword.textProperty(), model.keywordProperty());
        bindBoth(disposer, returning.valueProperty(), model.returningProperty());
        bindBoth(disposer, language.textProperty(), model.languageProperty());
        bindBoth(disposer, message.textProperty(), model.messageProperty());
        bindBoth(disposer, forced.selectedProperty(), model.forcedProperty());
        bindBoth(disposer, group.valueProperty(), model.groupProperty());
        bindBoth(disposer, cooldown.textProperty(), model.cooldownMinutesProperty());

        StringConverter<Channel> channels = Choices.words(c -> c == null ? i18n.get("routingRules.any") : i18n.get("routingRules.channel." + c.name()));
        StringConverter<Boolean> returnings = Choices.words(r -> i18n.get(r == null ? "routingRules.returning.ANY"
                : r ? "routingRules.returning.RETURNING" : "routingRules.returning.FIRST_VISIT"));
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
        for (Control control : new Control[] {name, enabled, site, minSeconds, minPages, urlPattern, channel, engine, keyword, returning,
                language, message, forced, group, cooldown, save}) {
            disposer.bind(control.disableProperty(), locked);
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
}
