package dev.switchboard.app.invitationrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.VersionedEditorPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.visitors.Channel;
import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;

/** The form of one automatic invitation rule; each refusal under its field. Read-only for supervisors. */
final class InvitationRuleEditorView extends View<BorderPane> {

    private final InvitationRuleEditorViewModel model;
    private final I18n i18n;
    private final BooleanBinding canEdit;
    private final VersionedEditorPane pane;
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

    InvitationRuleEditorView(InvitationRuleEditorViewModel model, I18n i18n, BooleanBinding canEdit) {
        this.model = model;
        this.i18n = i18n;
        this.canEdit = canEdit;
        this.pane = new VersionedEditorPane(model, "invitationRules", "invitationRuleEditor", "inviteSave");
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
        // what the rule does first, then when it does it
        pane.form().row("invitationRules.field.name", name, "name")
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
    }

    @Override
    public BorderPane root() {
        return pane.root();
    }

    @Override
    protected void onActivate(Disposer disposer) {
        pane.bind(disposer, i18n);
        disposer.bind(enabled.textProperty(), i18n.text("invitationRules.enabled.on"));
        disposer.bind(forced.textProperty(), i18n.text("invitationRules.forced"));
        disposer.bind(conditionsHint.textProperty(), i18n.text("invitationRules.conditions.hint"));
        disposer.bind(urlPattern.promptTextProperty(), i18n.text("routingRules.urlPattern.prompt"));
        disposer.bind(minSeconds.promptTextProperty(), i18n.text("routingRules.any"));
        disposer.bind(minPages.promptTextProperty(), i18n.text("routingRules.any"));

        disposer.bindBidirectional(name.textProperty(), model.nameProperty());
        disposer.bindBidirectional(enabled.selectedProperty(), model.enabledProperty());
        disposer.bindBidirectional(site.valueProperty(), model.siteProperty());
        disposer.bindBidirectional(minSeconds.textProperty(), model.minSecondsOnPageProperty());
        disposer.bindBidirectional(minPages.textProperty(), model.minPagesViewedProperty());
        disposer.bindBidirectional(urlPattern.textProperty(), model.urlPatternProperty());
        disposer.bindBidirectional(channel.valueProperty(), model.channelProperty());
        disposer.bindBidirectional(engine.textProperty(), model.engineProperty());
        disposer.bindBidirectional(keyword.textProperty(), model.keywordProperty());
        disposer.bindBidirectional(returning.valueProperty(), model.returningProperty());
        disposer.bindBidirectional(language.textProperty(), model.languageProperty());
        disposer.bindBidirectional(message.textProperty(), model.messageProperty());
        disposer.bindBidirectional(forced.selectedProperty(), model.forcedProperty());
        disposer.bindBidirectional(group.valueProperty(), model.groupProperty());
        disposer.bindBidirectional(cooldown.textProperty(), model.cooldownMinutesProperty());

        Choices.wordAs(disposer, i18n, channel, c -> c == null ? i18n.get("routingRules.any") : i18n.get("routingRules.channel." + c.name()));
        Choices.wordAs(disposer, i18n, returning, r -> i18n.get(r == null ? "routingRules.returning.ANY"
                : r ? "routingRules.returning.RETURNING" : "routingRules.returning.FIRST_VISIT"));
        Choices.groups(disposer, group, model.team(), model.groupProperty());
        var locked = canEdit.not().or(model.busyProperty());
        for (Control control : new Control[] {name, enabled, site, minSeconds, minPages, urlPattern, channel, engine, keyword, returning,
                language, message, forced, group, cooldown, pane.save()}) {
            disposer.bind(control.disableProperty(), locked);
        }
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
