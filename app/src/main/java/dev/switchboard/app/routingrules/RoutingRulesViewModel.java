package dev.switchboard.app.routingrules;

import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Routing rules section: every rule in the order routing tries them, searchable; the chosen
 * rule's editor; moving a rule (dragged, or up and down); turning one on or off; deleting one; and
 * the dry run. Another admin's change comes through the change log and the list is read again.
 * Administrators change rules; supervisors read them and try them out (the backend checks again).
 * FX thread.
 */
public final class RoutingRulesViewModel {

    private final RoutingRulesApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final RuleWords words;
    private final ReadOnlyObjectProperty<Agent> self;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final Executor fx;

    private final ObservableList<RoutingRule> rules = FXCollections.observableArrayList();
    private final FilteredList<RoutingRule> shown = new FilteredList<>(rules);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<RoutingRule> selected = new SimpleObjectProperty<>();
    private final FormErrors listErrors;
    private final BooleanBinding canEdit;
    private final RuleEditorViewModel editor;
    private final RuleTestViewModel tester;
    /** The rule to choose once the list read after a save shows it. */
    private Long selectWhenListed;

    RoutingRulesViewModel(RoutingRulesApi api, EntityChanges changes, I18n i18n, ReadOnlyObjectProperty<Agent> self,
                          ReadOnlyObjectProperty<TeamSnapshot> team, ObservableList<String> levels, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.words = new RuleWords(i18n);
        this.self = self;
        this.team = team;
        this.fx = fx;
        this.listErrors = new FormErrors(i18n);
        this.canEdit = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role().atLeast(Role.ADMIN), self);
        this.editor = new RuleEditorViewModel(api, i18n, team, levels, fx, rule -> {
            selectWhenListed = rule.id();
            reload();
        });
        this.tester = new RuleTestViewModel(api, fx);
    }

    public void activate(Disposer disposer) {
        disposer.onDispose(changes.onChange(() -> fx.execute(this::reload)));
        disposer.observe(search, text -> shown.setPredicate(rule -> matches(rule, text)));
        disposer.listen(selected, (observable, before, after) -> {
            if (after == null || editor.editingProperty().get() == null || editor.editingProperty().get().id() != after.id()) {
                editor.load(after);
            }
        });
        if (editor.editingProperty().get() == null) {
            editor.newRule();
        }
        tester.activate();
        reload();
    }

    // --- what the view shows ---

    /** The rules that match the search, in routing order (the view may sort them otherwise). */
    public ObservableList<RoutingRule> shownRules() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<RoutingRule> selectedProperty() {
        return selected;
    }

    /** A failed load, move, switch or delete; the editor keeps its own errors. */
    public FormErrors listErrors() {
        return listErrors;
    }

    public BooleanBinding canEdit() {
        return canEdit;
    }

    public RuleEditorViewModel editor() {
        return editor;
    }

    public RuleTestViewModel tester() {
        return tester;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The rule's conditions in the reader's language. */
    public String conditionsOf(RoutingRule rule) {
        return words.conditions(rule);
    }

    public String groupOf(RoutingRule rule) {
        Group group = team.get().groups().get(rule.groupId());
        return group == null ? "#" + rule.groupId() : group.name();
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    // --- what the admin does ---

    /** An empty editor for a new rule. */
    public void newRule() {
        selected.set(null);
        editor.newRule();
    }

    /** Moves the chosen rule one place earlier in the routing order. */
    public void moveUp() {
        moveBy(-1);
    }

    /** Moves the chosen rule one place later in the routing order. */
    public void moveDown() {
        moveBy(1);
    }

    /** Puts rule {@code moved} where {@code target} is (dragged onto it). */
    public void move(long moved, long target) {
        if (!canEdit.get()) {
            return;
        }
        List<Long> order = rules.stream().map(RoutingRule::id).toList();
        List<Long> changed = RuleOrder.move(order, moved, target);
        if (changed.equals(order)) {
            return;
        }
        // shown in the new order at once; the answer (or a reload after a refusal) settles it
        rules.sort(java.util.Comparator.comparingInt(rule -> changed.indexOf(rule.id())));
        selectWhenListed = moved;
        run(api.reorder(changed).thenAccept(ordered -> fx.execute(() -> show(ordered))));
    }

    /** Turns the chosen rule on or off, as read (a rule changed meanwhile is refused as stale, and the list read again). */
    public void toggleEnabled() {
        RoutingRule rule = selected.get();
        if (rule == null || !canEdit.get()) {
            return;
        }
        NewRoutingRule switched = new NewRoutingRule(rule.name(), !rule.enabled(), rule.channel(), rule.engine(), rule.keyword(), rule.urlPattern(),
                rule.language(), rule.questionType(), rule.customerLevel(), rule.returning(), rule.catchAll(), rule.groupId(), rule.version());
        selectWhenListed = rule.id();
        run(api.replace(rule.id(), switched).thenRun(() -> fx.execute(this::reload)));
    }

    /** Deletes the chosen rule (the view asks first). */
    public void delete() {
        RoutingRule rule = selected.get();
        if (rule == null || !canEdit.get()) {
            return;
        }
        run(api.delete(rule.id()).thenRun(() -> fx.execute(() -> {
            newRule();
            reload();
        })));
    }

    /** The question the view asks before deleting. */
    public String deleteQuestion() {
        RoutingRule rule = selected.get();
        return rule == null ? "" : i18n.get("routingRules.delete.question", rule.name());
    }

    /** Reads the rules again (after a change here or elsewhere). */
    public void reload() {
        api.list().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                show(list);
            }
        }, fx);
    }

    private void moveBy(int step) {
        RoutingRule chosen = selected.get();
        if (chosen == null) {
            return;
        }
        int at = rules.indexOf(chosen);
        int next = at + step;
        if (at >= 0 && next >= 0 && next < rules.size()) {
            move(chosen.id(), rules.get(next).id());
        }
    }

    private void show(List<RoutingRule> list) {
        RoutingRule before = selected.get();
        Long keep = selectWhenListed != null ? selectWhenListed : before == null ? null : before.id();
        if (!list.equals(rules)) {
            rules.setAll(list);
        }
        RoutingRule fresh = keep == null ? null : list.stream().filter(rule -> rule.id() == keep).findFirst().orElse(null);
        if (fresh != null || selectWhenListed == null) {
            selectWhenListed = null;
        }
        if (fresh != null && !fresh.equals(before)) {
            RoutingRule editing = editor.editingProperty().get();
            selected.set(fresh);
            // the form follows a rule changed elsewhere unless the admin has typed into it
            if (editing != null && editing.id() == fresh.id() && editor.isUnchanged()) {
                editor.load(fresh);
            }
        } else if (fresh == null && before != null) {
            newRule(); // deleted, here or elsewhere
        }
    }

    private void run(CompletableFuture<?> work) {
        listErrors.clear();
        work.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
                reload();
            }
        }, fx);
    }

    private boolean matches(RoutingRule rule, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return (rule.name() + " " + conditionsOf(rule) + " " + groupOf(rule)).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
