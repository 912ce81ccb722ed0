package dev.switchboard.app.routingrules;

import dev.switchboard.app.admin.AdminList;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/**
 * The Routing rules section: every rule in the order routing tries them, searchable; the chosen
 * rule's editor; moving a rule (dragged, or up and down); turning one on or off; deleting one; and
 * the dry run. Another admin's change comes through the change log and the list is read again
 * ({@link AdminList}). Administrators change rules; supervisors read them and try them out (the
 * backend checks again). FX thread.
 */
public final class RoutingRulesViewModel {

    private final RoutingRulesApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final RuleWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final BooleanBinding canEdit;
    private final RuleEditorViewModel editor;
    private final RuleTestViewModel tester;
    private final AdminList<RoutingRule> rules;

    RoutingRulesViewModel(RoutingRulesApi api, EntityChanges changes, I18n i18n, ReadOnlyObjectProperty<Agent> self,
                          ReadOnlyObjectProperty<TeamSnapshot> team, ObservableList<String> levels, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.words = new RuleWords(i18n);
        this.team = team;
        this.canEdit = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role().atLeast(Role.ADMIN), self);
        this.editor = new RuleEditorViewModel(api, i18n, team, levels, fx, this::saved);
        this.tester = new RuleTestViewModel(api, levels, fx);
        this.rules = new AdminList<>(i18n, fx, api::list, RoutingRule::id,
                rule -> rule.name() + " " + conditionsOf(rule) + " " + groupOf(rule), editor);
    }

    public void activate(Disposer disposer) {
        tester.activate();
        rules.activate(disposer, changes);
    }

    // --- what the view shows ---

    /** The rules, searchable, the chosen one and what went wrong with the list; in routing order (the view may sort them otherwise). */
    public AdminList<RoutingRule> rules() {
        return rules;
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
        rules.newItem();
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
        List<Long> order = rules.items().stream().map(RoutingRule::id).toList();
        List<Long> changed = RuleOrder.move(order, moved, target);
        if (changed.equals(order)) {
            return;
        }
        // shown in the new order at once; the answer (or a reload after a refusal) settles it
        rules.items().sort(Comparator.comparingInt(rule -> changed.indexOf(rule.id())));
        rules.chooseWhenListed(moved);
        rules.change(api.reorder(changed), rules::show);
    }

    /** Turns the chosen rule on or off, as read (a rule changed meanwhile is refused as stale, and the list read again). */
    public void toggleEnabled() {
        RoutingRule rule = rules.selectedProperty().get();
        if (rule == null || !canEdit.get()) {
            return;
        }
        NewRoutingRule switched = new NewRoutingRule(rule.name(), !rule.enabled(), rule.channel(), rule.engine(), rule.keyword(), rule.urlPattern(),
                rule.language(), rule.questionType(), rule.customerLevel(), rule.returning(), rule.catchAll(), rule.groupId(), rule.version());
        rules.chooseWhenListed(rule.id());
        rules.change(api.replace(rule.id(), switched), answer -> rules.reload());
    }

    /** Deletes the chosen rule (the view asks first). */
    public void delete() {
        RoutingRule rule = rules.selectedProperty().get();
        if (rule == null || !canEdit.get()) {
            return;
        }
        rules.change(api.delete(rule.id()), done -> {
            newRule();
            rules.reload();
        });
    }

    /** The question the view asks before deleting. */
    public String deleteQuestion() {
        RoutingRule rule = rules.selectedProperty().get();
        return rule == null ? "" : i18n.get("routingRules.delete.question", rule.name());
    }

    private void saved(RoutingRule rule) {
        rules.reloadChoosing(rule.id());
    }

    private void moveBy(int step) {
        RoutingRule chosen = rules.selectedProperty().get();
        if (chosen == null) {
            return;
        }
        List<RoutingRule> all = rules.items();
        int at = all.indexOf(chosen);
        int next = at + step;
        if (at >= 0 && next >= 0 && next < all.size()) {
            move(chosen.id(), all.get(next).id());
        }
    }
}
