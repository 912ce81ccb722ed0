package dev.switchboard.app.routingrules;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.chat.RoutingWords;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "Test this rule": pick a visitor on the site or describe one, run the dry run, and read the
 * decision (which rule, which group, how the group picks) and every candidate agent with the
 * reason, in the reader's language, and whether the rule chosen in the list is the one that took it.
 */
final class RuleTestView extends View<BorderPane> {

    private final RuleTestViewModel model;
    private final I18n i18n;
    private final ObservableValue<RoutingRule> rule;
    private final LongFunction<String> groupName;
    private final RoutingWords words;
    private final Label title = new Label();
    private final Label hint = new Label();
    private final ComboBox<VisitorSummary> visitor = new ComboBox<>();
    private final Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
    private final Button madeUp = new Button(null, new FontIcon(Material2AL.CLEAR));
    private final EditorForm form = new EditorForm();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextField engine = field("testEngine");
    private final TextField keyword = field("testKeyword");
    private final TextField landingUrl = field("testLandingUrl");
    private final TextField currentUrl = field("testCurrentUrl");
    private final TextField language = field("testLanguage");
    private final ComboBox<String> questionType = new ComboBox<>();
    private final ComboBox<String> customerLevel = new ComboBox<>();
    private final ComboBox<Returning> returning = new ComboBox<>(FXCollections.observableArrayList(Returning.values()));
    private final Button run = new Button(null, new FontIcon(Material2MZ.PLAY_ARROW));
    private final Label decision = new Label();
    private final Label verdict = new Label();
    private final Label failure = new Label();
    private final VBox candidates = new VBox(4);
    private final BorderPane root = new BorderPane();

    RuleTestView(RuleTestViewModel model, I18n i18n, ObservableValue<RoutingRule> rule, LongFunction<String> groupName) {
        this.model = model;
        this.i18n = i18n;
        this.rule = rule;
        this.groupName = groupName;
        this.words = new RoutingWords(i18n);
        title.getStyleClass().add(Styles.TITLE_4);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        visitor.setId("testVisitor");
        visitor.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(visitor, Priority.ALWAYS);
        refresh.setId("testRefreshVisitors");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(event -> model.refreshVisitors());
        madeUp.setId("testMadeUp");
        madeUp.getStyleClass().add(Styles.BUTTON_ICON);
        madeUp.setOnAction(event -> model.madeUp());
        channel.setId("testChannel");
        channel.getItems().add(null);
        channel.getItems().addAll(Channel.values());
        questionType.setId("testQuestionType");
        questionType.setEditable(true);
        questionType.setItems(model.questionTypes());
        questionType.setMaxWidth(Double.MAX_VALUE);
        // the configured levels, or any label a visitor may carry
        customerLevel.setId("testCustomerLevel");
        customerLevel.setEditable(true);
        customerLevel.setItems(model.levels());
        customerLevel.setMaxWidth(Double.MAX_VALUE);
        returning.setId("testReturning");
        form.row("routingRules.test.visitor", new HBox(4, visitor, refresh, madeUp), null)
                .row("routingRules.field.channel", channel, "channel")
                .row("routingRules.field.engine", engine, "engine")
                .row("routingRules.field.keyword", keyword, "keyword")
                .row("routingRules.test.landingUrl", landingUrl, "landingUrl")
                .row("routingRules.test.currentUrl", currentUrl, "currentUrl")
                .row("routingRules.field.language", language, "language")
                .row("routingRules.field.questionType", questionType, "questionType")
                .row("routingRules.field.customerLevel", customerLevel, "customerLevel")
                .row("routingRules.field.returning", returning, "returning");
        run.setId("testRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(event -> model.run());
        decision.setId("testDecision");
        decision.setWrapText(true);
        decision.getStyleClass().add(Styles.TEXT_BOLD);
        verdict.setId("testVerdict");
        verdict.setWrapText(true);
        failure.setId("testFailure");
        failure.setWrapText(true);
        failure.getStyleClass().add(Styles.DANGER);
        candidates.setId("testCandidates");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, run);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        VBox answer = new VBox(6, decision, verdict, candidates, failure);
        answer.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(new VBox(8, hint, answer, form.root()));
        scroll.setFitToWidth(true);
        hint.setPadding(new Insets(0, 12, 0, 12));
        root.setTop(bar);
        root.setCenter(scroll);
        root.setId("routingRuleTest");
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        FormErrors none = new FormErrors(i18n);
        form.bind(disposer, i18n, none);
        disposer.bind(title.textProperty(), i18n.text("routingRules.test.title"));
        disposer.bind(hint.textProperty(), i18n.text("routingRules.test.hint"));
        disposer.bind(run.textProperty(), i18n.text("routingRules.test.run"));
        // icons only, for room; the tooltips say what they do
        javafx.scene.control.Tooltip madeUpTip = new javafx.scene.control.Tooltip();
        javafx.scene.control.Tooltip refreshTip = new javafx.scene.control.Tooltip();
        disposer.bind(madeUpTip.textProperty(), i18n.text("routingRules.test.madeUp"));
        disposer.bind(refreshTip.textProperty(), i18n.text("routingRules.test.refresh"));
        madeUp.setTooltip(madeUpTip);
        refresh.setTooltip(refreshTip);
        disposer.bind(visitor.promptTextProperty(), i18n.text("routingRules.test.pickVisitor"));
        disposer.bind(run.disableProperty(), model.busyProperty());
        visitor.setItems(model.visitors());
        disposer.onDispose(() -> visitor.setItems(null));

        disposer.bindBidirectional(visitor.valueProperty(), model.visitorProperty());
        disposer.bindBidirectional(channel.valueProperty(), model.channelProperty());
        disposer.bindBidirectional(engine.textProperty(), model.engineProperty());
        disposer.bindBidirectional(keyword.textProperty(), model.keywordProperty());
        disposer.bindBidirectional(landingUrl.textProperty(), model.landingUrlProperty());
        disposer.bindBidirectional(currentUrl.textProperty(), model.currentUrlProperty());
        disposer.bindBidirectional(language.textProperty(), model.languageProperty());
        disposer.bindBidirectional(questionType.getEditor().textProperty(), model.questionTypeProperty());
        disposer.bindBidirectional(customerLevel.getEditor().textProperty(), model.customerLevelProperty());
        disposer.bindBidirectional(returning.valueProperty(), model.returningProperty());

        StringConverter<Channel> channels = Choices.words(c -> c == null ? i18n.get("routingRules.any") : i18n.get("routingRules.channel." + c.name()));
        StringConverter<Returning> returnings = Choices.words(r -> r == null ? "" : i18n.get("routingRules.returning." + r.name()));
        StringConverter<VisitorSummary> visitors = Choices.words(this::describe);
        disposer.observe(i18n.localeProperty(), locale -> {
            channel.setConverter(channels);
            channel.setButtonCell(Choices.cell(channels));
            returning.setConverter(returnings);
            visitor.setConverter(visitors);
            show();
        });
        disposer.invalidated(model.answerProperty(), observable -> show());
        disposer.invalidated(model.failureProperty(), observable -> show());
        disposer.invalidated(rule, observable -> show());
    }

    /** The decision in the reader's language; called again when the language changes. */
    private void show() {
        Throwable failed = model.failureProperty().get();
        failure.setText(failed == null ? "" : i18n.get("routingRules.test.failed", String.valueOf(failed.getMessage())));
        RoutingReasons answer = model.answerProperty().get();
        if (answer == null) {
            decision.setText("");
            verdict.setText("");
            candidates.getChildren().clear();
            return;
        }
        String ruleText = answer.ruleId() == null ? i18n.get("routing.fallback") : i18n.get("routing.rule", answer.ruleName());
        String strategy = answer.strategy() == null ? "" : i18n.get("routing.strategy." + answer.strategy().name());
        String agent = answer.agentId() == null ? i18n.get("routingRules.test.queued")
                : i18n.get("routingRules.test.chosen", answer.candidates().stream().filter(RoutingReasons.Candidate::chosen)
                        .map(RoutingReasons.Candidate::name).findFirst().orElse("#" + answer.agentId()));
        decision.setText(i18n.get("routing.summary", ruleText, groupName.apply(answer.groupId()), strategy) + "\n" + agent);
        RoutingRule chosen = rule.getValue();
        verdict.setText(chosen == null ? "" : answer.ruleId() != null && answer.ruleId() == chosen.id()
                ? i18n.get("routingRules.test.thisRule", chosen.name())
                : i18n.get(answer.ruleId() == null ? "routingRules.test.notThisRuleNone" : "routingRules.test.notThisRule", chosen.name(),
                        answer.ruleName()));
        List<Label> lines = answer.candidates().stream().map(candidate -> {
            String reason = words.reason(candidate);
            Label line = new Label((candidate.chosen() ? "✓ " : "✗ ") + candidate.name() + (reason.isBlank() ? "" : " — " + reason));
            line.setId("testCandidate-" + candidate.agentId());
            line.setWrapText(true);
            return line;
        }).toList();
        candidates.getChildren().setAll(lines);
        if (lines.isEmpty()) {
            Label nobody = new Label(i18n.get("routingRules.test.nobody"));
            nobody.getStyleClass().add(Styles.TEXT_MUTED);
            candidates.getChildren().add(nobody);
        }
    }

    private String describe(VisitorSummary summary) {
        if (summary == null) {
            return "";
        }
        String where = summary.currentTitle() != null && !summary.currentTitle().isBlank() ? summary.currentTitle() : summary.currentUrl();
        return i18n.get("routingRules.test.visitorLine", summary.id().length() > 8 ? summary.id().substring(0, 8) : summary.id(),
                where == null ? "" : where, summary.region() == null ? "" : summary.region());
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
