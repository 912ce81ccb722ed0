package dev.switchboard.app.invitationrules;

import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.visitors.InvitationRule;
import java.util.List;
import java.util.Locale;
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
 * The Invitation rules section: the automatic invitation rules, searchable, the chosen one's
 * editor, and deleting one. Followed through the change log. Administrators change rules;
 * supervisors read them. FX thread.
 */
public final class InvitationRulesViewModel {

    private final InvitationRulesApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final InvitationRuleWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final Executor fx;
    private final ObservableList<InvitationRule> rules = FXCollections.observableArrayList();
    private final FilteredList<InvitationRule> shown = new FilteredList<>(rules);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<InvitationRule> selected = new SimpleObjectProperty<>();
    private final FormErrors listErrors;
    private final BooleanBinding canEdit;
    private final InvitationRuleEditorViewModel editor;
    private Long selectWhenListed;

    InvitationRulesViewModel(InvitationRulesApi api, EntityChanges changes, I18n i18n, ReadOnlyObjectProperty<Agent> self,
                             ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.words = new InvitationRuleWords(i18n);
        this.team = team;
        this.fx = fx;
        this.listErrors = new FormErrors(i18n);
        this.canEdit = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role().atLeast(Role.ADMIN), self);
        this.editor = new InvitationRuleEditorViewModel(api, i18n, team, fx, rule -> {
            selectWhenListed = rule.id();
            reload();
        });
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
        if (canEdit.get()) {
            editor.readSites();
        }
        reload();
    }

    public ObservableList<InvitationRule> shownRules() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<InvitationRule> selectedProperty() {
        return selected;
    }

    public FormErrors listErrors() {
        return listErrors;
    }

    public BooleanBinding canEdit() {
        return canEdit;
    }

    public InvitationRuleEditorViewModel editor() {
        return editor;
    }

    public I18n i18n() {
        return i18n;
    }

    public String conditionsOf(InvitationRule rule) {
        return words.conditions(InvitationRuleEditorViewModel.asRequest(rule));
    }

    public String groupOf(InvitationRule rule) {
        Group group = team.get().groups().get(rule.groupId());
        return group == null ? "#" + rule.groupId() : group.name();
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    public void newRule() {
        selected.set(null);
        editor.newRule();
    }

    public void delete() {
        InvitationRule rule = selected.get();
        if (rule == null || !canEdit.get()) {
            return;
        }
        listErrors.clear();
        api.delete(rule.id()).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                newRule();
            }
            reload();
        }, fx);
    }

    public String deleteQuestion() {
        InvitationRule rule = selected.get();
        return rule == null ? "" : i18n.get("invitationRules.delete.question", rule.name());
    }

    public void reload() {
        api.list().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                show(list);
            }
        }, fx);
    }

    private void show(List<InvitationRule> list) {
        InvitationRule before = selected.get();
        Long keep = selectWhenListed != null ? selectWhenListed : before == null ? null : before.id();
        if (!list.equals(rules)) {
            rules.setAll(list);
        }
        InvitationRule fresh = keep == null ? null : list.stream().filter(rule -> rule.id() == keep).findFirst().orElse(null);
        if (fresh != null || selectWhenListed == null) {
            selectWhenListed = null;
        }
        if (fresh != null && !fresh.equals(before)) {
            InvitationRule editing = editor.editingProperty().get();
            selected.set(fresh);
            if (editing != null && editing.id() == fresh.id() && editor.isUnchanged()) {
                editor.load(fresh);
            }
        } else if (fresh == null && before != null) {
            newRule();
        }
    }

    private boolean matches(InvitationRule rule, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return (rule.name() + " " + rule.message() + " " + rule.site() + " " + conditionsOf(rule) + " " + groupOf(rule))
                .toLowerCase(Locale.ROOT).contains(wanted);
    }
}
