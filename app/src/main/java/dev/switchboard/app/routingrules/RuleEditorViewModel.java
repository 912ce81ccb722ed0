package dev.switchboard.app.routingrules;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleRules;
import dev.switchboard.shared.visitors.Channel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
 * one again on top of the current one or take the current one. FX thread.
 */
public final class RuleEditorViewModel {

    private final RoutingRulesApi api;
    private final I18n i18n;
    private final RuleWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final Executor fx;
    private final Consumer<RoutingRule> saved;

    private final ReadOnlyObjectWrapper<RoutingRule> editing = new ReadOnlyObjectWrapper<>();
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
    private final FormErrors errors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> levels;
    /** The current version on the server while a save is stale: a re-applied save goes on top of it. */
    private RoutingRule theirs;

    /** @param levels the customer levels administrators configured, offered for the customer-level condition */
    RuleEditorViewModel(RoutingRulesApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, ObservableList<String> levels, Executor fx,
                        Consumer<RoutingRule> saved) {
        this.api = api;
        this.levels = levels;
        this.i18n = i18n;
        this.words = new RuleWords(i18n);
        this.team = team;
        this.fx = fx;
        this.saved = saved;
        this.errors = new FormErrors(i18n);
    }

    // --- what the form shows ---

    /** The rule being changed; null while a new one is written. */
    public ReadOnlyObjectProperty<RoutingRule> editingProperty() {
        return editing.getReadOnlyProperty();
    }

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

    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<StaleEdit> staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // --- what the admin does ---

    /** An empty form for a new rule, sending chats to the first group. */
    public void newRule() {
        load(null);
    }

    /** The form filled with {@code rule} as read. */
    public void load(RoutingRule rule) {
        editing.set(rule);
        theirs = null;
        stale.set(null);
        errors.clear();
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

    /** Creates the rule or replaces the one read, after the shared rules' check. */
    public void save() {
        RoutingRule read = editing.get();
        save(read == null ? null : read.version());
    }

    /** After a stale save: this form's rule again, on top of the current version. */
    public void reapply() {
        if (theirs != null) {
            editing.set(theirs);
            save(theirs.version());
        }
    }

    /** After a stale save: the current version in the form, the admin's typing dropped. */
    public void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    /** Whether the form still shows the rule as read (nothing typed since). */
    boolean isUnchanged() {
        RoutingRule read = editing.get();
        return read != null && request(read.version()).equals(asRequest(read));
    }

    /** The rule as the form says, for {@code version} (null for a new one). */
    NewRoutingRule request(Long version) {
        boolean all = catchAll.get();
        return new NewRoutingRule(name.get().strip(), enabled.get(), all ? null : channel.get(), all ? null : blankToNull(engine.get()),
                all ? null : blankToNull(keyword.get()), all ? null : blankToNull(urlPattern.get()), all ? null : blankToNull(language.get()),
                all ? null : blankToNull(questionType.get()), all ? null : blankToNull(customerLevel.get()),
                all ? null : returning.get().value(), all, group.get() == null ? null : group.get().id(), version);
    }

    private void save(Long version) {
        if (busy.get()) {
            return;
        }
        RoutingRule read = editing.get();
        NewRoutingRule request = request(version);
        List<FieldError> wrong = RoutingRuleRules.check(request, read != null, groupId -> team.get().groups().containsKey(groupId));
        if (!wrong.isEmpty()) {
            errors.show(wrong.stream().map(words::word).toList());
            return;
        }
        busy.set(true);
        CompletableFuture<RoutingRule> done = read == null ? api.create(request) : api.replace(read.id(), request);
        done.whenCompleteAsync((rule, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(rule);
                saved.accept(rule);
            } else {
                refused(failure, request);
            }
        }, fx);
    }

    /** Shows why the save failed; a stale one also fetches the current version to show beside the admin's. */
    private void refused(Throwable failure, NewRoutingRule mine) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(problem.problem().errors().stream().map(words::word).toList());
            return;
        }
        if (!errors.show(failure) || editing.get() == null) {
            return;
        }
        long id = editing.get().id();
        api.list().whenCompleteAsync((rules, listFailure) -> {
            RoutingRule current = rules == null ? null : rules.stream().filter(rule -> rule.id() == id).findFirst().orElse(null);
            if (current == null) {
                errors.show(new IllegalStateException(i18n.get("routingRules.error.gone")));
                return;
            }
            theirs = current;
            stale.set(new StaleEdit(words.describe(asRequest(current), team.get().groups()), words.describe(mine, team.get().groups())));
        }, fx);
    }

    private static NewRoutingRule asRequest(RoutingRule r) {
        return new NewRoutingRule(r.name(), r.enabled(), r.channel(), r.engine(), r.keyword(), r.urlPattern(), r.language(), r.questionType(),
                r.customerLevel(), r.returning(), r.catchAll(), r.groupId(), r.version());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
