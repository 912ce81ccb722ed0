package dev.switchboard.app.routingrules;

import dev.switchboard.app.admin.VersionedEditor;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleRules;
import dev.switchboard.shared.visitors.Channel;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The form of one routing rule, new or read: its name, whether it is on, every condition of the
 * protocol (empty: any), or "catch-all" instead of conditions, and the group it sends chats to. A
 * save is checked by the shared rules first, then by the backend; a refusal shows next to the
 * fields and leaves everything as typed; a stale version (409) shows both versions, to apply this
 * one again on top of the current one or take the current one ({@link VersionedEditor}). FX thread.
 */
public final class RuleEditorViewModel extends VersionedEditor<RoutingRule, NewRoutingRule> {

    private final RuleWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;

    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final BooleanProperty catchAll = new SimpleBooleanProperty();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty engine = new SimpleStringProperty("");
    private final StringProperty keyword = new SimpleStringProperty("");
    private final StringProperty urlPattern = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty questionType = new SimpleStringProperty("");
    private final StringProperty customerLevel = new SimpleStringProperty("");
    private final ObjectProperty<Returning> returning = new SimpleObjectProperty<>(Returning.ANY);
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final ObservableList<String> levels;

    /** @param levels the customer levels administrators configured, offered for the customer-level condition */
    RuleEditorViewModel(RoutingRulesApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, ObservableList<String> levels, Executor fx,
                        Consumer<RoutingRule> saved) {
        super(i18n, fx, new Items<>(api::list, api::create, api::replace, RoutingRule::id, RoutingRule::version), "routingRules.error.gone", saved);
        this.levels = levels;
        this.words = new RuleWords(i18n);
        this.team = team;
    }

    // --- what the form shows ---

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** On: the rule takes every chat that reaches it, and the conditions (kept as typed) are not sent. */
    public BooleanProperty catchAllProperty() {
        return catchAll;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty engineProperty() {
        return engine;
    }

    public StringProperty keywordProperty() {
        return keyword;
    }

    public StringProperty urlPatternProperty() {
        return urlPattern;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty questionTypeProperty() {
        return questionType;
    }

    public StringProperty customerLevelProperty() {
        return customerLevel;
    }

    /**
     * The configured customer levels, offered for the condition. Any other label may still be typed:
     * a rule matches the label staff gave the visitor, which need not be a configured level.
     */
    public ObservableList<String> levels() {
        return levels;
    }

    public ObjectProperty<Returning> returningProperty() {
        return returning;
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    /** The team, whose groups the rule can send chats to. */
    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    // --- the rule and the form ---

    /** The form filled with {@code rule} as read; a new rule sends chats to the first group. */
    @Override
    protected void fill(RoutingRule rule) {
        name.set(rule == null ? "" : rule.name());
        enabled.set(rule == null || rule.enabled());
        catchAll.set(rule != null && rule.catchAll());
        channel.set(rule == null ? null : rule.channel());
        engine.set(text(rule == null ? null : rule.engine()));
        keyword.set(text(rule == null ? null : rule.keyword()));
        urlPattern.set(text(rule == null ? null : rule.urlPattern()));
        language.set(text(rule == null ? null : rule.language()));
        questionType.set(text(rule == null ? null : rule.questionType()));
        customerLevel.set(text(rule == null ? null : rule.customerLevel()));
        returning.set(Returning.of(rule == null ? null : rule.returning()));
        group.set(rule == null ? team.get().groups().values().stream().findFirst().orElse(null) : team.get().groups().get(rule.groupId()));
    }

    /** The rule as the form says, for {@code version} (null for a new one). */
    @Override
    protected NewRoutingRule request(Long version) {
        boolean all = catchAll.get();
        return new NewRoutingRule(name.get().strip(), enabled.get(), all ? null : channel.get(), all ? null : blankToNull(engine.get()),
                all ? null : blankToNull(keyword.get()), all ? null : blankToNull(urlPattern.get()), all ? null : blankToNull(language.get()),
                all ? null : blankToNull(questionType.get()), all ? null : blankToNull(customerLevel.get()),
                all ? null : returning.get().value(), all, group.get() == null ? null : group.get().id(), version);
    }

    @Override
    protected NewRoutingRule asRequest(RoutingRule r) {
        return new NewRoutingRule(r.name(), r.enabled(), r.channel(), r.engine(), r.keyword(), r.urlPattern(), r.language(), r.questionType(),
                r.customerLevel(), r.returning(), r.catchAll(), r.groupId(), r.version());
    }

    @Override
    protected List<FieldError> check(NewRoutingRule request, boolean replacing) {
        return RoutingRuleRules.check(request, replacing, groupId -> team.get().groups().containsKey(groupId)).stream().map(words::word).toList();
    }

    @Override
    protected FieldError word(FieldError error) {
        return words.word(error);
    }

    @Override
    protected String describe(NewRoutingRule request) {
        return words.describe(request, team.get().groups());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
