package dev.switchboard.app.invitationrules;

import dev.switchboard.app.admin.AdminList;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.visitors.InvitationRule;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The Invitation rules section: the automatic invitation rules, searchable, the chosen one's
 * editor, and deleting one. Followed through the change log ({@link AdminList}). Administrators
 * change rules; supervisors read them. FX thread.
 */
public final class InvitationRulesViewModel {

    private final InvitationRulesApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final InvitationRuleWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final BooleanBinding canEdit;
    private final InvitationRuleEditorViewModel editor;
    private final AdminList<InvitationRule> rules;

    InvitationRulesViewModel(InvitationRulesApi api, EntityChanges changes, I18n i18n, ReadOnlyObjectProperty<Agent> self,
                             ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.words = new InvitationRuleWords(i18n);
        this.team = team;
        this.canEdit = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role().atLeast(Role.ADMIN), self);
        this.editor = new InvitationRuleEditorViewModel(api, i18n, team, fx, this::saved);
        this.rules = new AdminList<>(i18n, fx, api::list, InvitationRule::id,
                rule -> rule.name() + " " + rule.message() + " " + rule.site() + " " + conditionsOf(rule) + " " + groupOf(rule), editor);
    }

    public void activate(Disposer disposer) {
        if (canEdit.get()) {
            editor.readSites();
        }
        rules.activate(disposer, changes);
    }

    /** The rules, searchable, the chosen one and what went wrong with the list. */
    public AdminList<InvitationRule> rules() {
        return rules;
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
        return words.conditions(InvitationRuleEditorViewModel.requestOf(rule));
    }

    public String groupOf(InvitationRule rule) {
        Group group = team.get().groups().get(rule.groupId());
        return group == null ? "#" + rule.groupId() : group.name();
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    public void newRule() {
        rules.newItem();
    }

    public void delete() {
        InvitationRule rule = rules.selectedProperty().get();
        if (rule == null || !canEdit.get()) {
            return;
        }
        rules.change(api.delete(rule.id()), done -> {
            newRule();
            rules.reload();
        });
    }

    public String deleteQuestion() {
        InvitationRule rule = rules.selectedProperty().get();
        return rule == null ? "" : i18n.get("invitationRules.delete.question", rule.name());
    }

    private void saved(InvitationRule rule) {
        rules.reloadChoosing(rule.id());
    }
}
