package dev.switchboard.app.accounts;

import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.problem.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Saving the account editor's form: a new account (with its first password, shown once when
 * generated), an administrator's change, or a supervisor's skills in their own groups. The shared
 * rules are checked before sending; a refusal shows next to its field and keeps what was typed; a
 * save from an older account version shows both versions, to save again on top of the current one
 * or take it. FX thread.
 */
final class AccountSaving {

    private final AccountEditorState state;
    private final AccountPermissions permissions;

    AccountSaving(AccountEditorState state, AccountPermissions permissions) {
        this.state = state;
        this.permissions = permissions;
    }

    void save() {
        if (state.busyOrLoading.get()) {
            return;
        }
        state.outcome.set("");
        state.errors.clear();
        Integer limit = state.form.maxChats();
        if (limit == null) {
            state.errors.show(state.texts.words(List.of(new FieldError("maxChats", AgentRules.MAX_CHATS_RANGE))));
            return;
        }
        Agent base = state.loaded.get();
        if (base == null) {
            create(limit);
        } else if (permissions.administrator().get()) {
            change(base, limit);
        } else {
            setSkills(base);
        }
    }

    /** After a stale save: the current version becomes the base, and the administrator's form is saved on top of it. */
    void reapply() {
        if (state.theirs != null) {
            state.loaded.set(state.theirs);
            state.stale.set(null);
            save();
        }
    }

    /** After a stale save: the form shows the current version; what was typed is dropped. */
    void takeTheirs() {
        if (state.theirs != null) {
            state.load(state.theirs);
        }
    }

    /** Shows a refusal; when someone saved meanwhile, reads their version to show beside the administrator's. */
    void refused(long id, Throwable failure) {
        if (!state.errors.show(state.texts.words(failure))) {
            return;
        }
        // the stale pane says it in the interface's language; the backend's English detail would only repeat it
        state.errors.clear();
        String yours = state.form.describe(state.description);
        state.api.get(id).whenCompleteAsync((current, readFailure) -> {
            if (!Objects.equals(state.editingId.get(), id)) {
                return;
            }
            if (readFailure != null) {
                state.errors.show(state.texts.words(readFailure));
            } else {
                state.theirs = current;
                state.stale.set(new StaleEdit(state.description.of(current, state.team.get()), yours));
            }
        }, state.fx);
    }

    private void create(int limit) {
        AccountForm form = state.form;
        String password = form.firstPassword.toSend();
        NewAgent request = form.newAgent(password, limit);
        List<FieldError> local = AgentRules.check(request);
        if (!local.isEmpty()) {
            state.errors.show(state.texts.words(local));
            return;
        }
        boolean generated = form.firstPassword.generatedProperty().get();
        state.busy.set(true);
        state.api.create(request).whenCompleteAsync((agent, failure) -> {
            state.busy.set(false);
            if (failure != null) {
                state.errors.show(state.texts.words(failure));
                return;
            }
            state.editingId.set(agent.id());
            state.load(agent);
            form.firstPassword.clear();
            if (generated) {
                state.shownOnce.set(password);
            }
            state.outcome.set(state.i18n.get("accounts.created", agent.login()));
        }, state.fx);
    }

    private void change(Agent base, int limit) {
        // the role is not sent for oneself: an administrator keeps theirs
        AgentPatch patch = state.form.patch(base, limit, !permissions.editingSelf().get());
        List<FieldError> local = AgentRules.check(patch);
        if (!local.isEmpty()) {
            state.errors.show(state.texts.words(local));
            return;
        }
        state.busy.set(true);
        state.api.change(base.id(), patch).whenCompleteAsync((agent, failure) -> {
            state.busy.set(false);
            if (failure == null) {
                state.load(agent);
                state.outcome.set(state.i18n.get("accounts.saved"));
            } else {
                refused(base.id(), failure);
            }
        }, state.fx);
    }

    /** A supervisor's save: the skills they changed in their own groups, one after another, then the account as it is now. */
    private void setSkills(Agent base) {
        Map<Long, Integer> changed = new LinkedHashMap<>();
        for (Membership membership : state.form.memberships.list()) {
            Integer before = base.skills().get(membership.groupId());
            Integer now = membership.skillProperty().get();
            if (before != null && now != null && !before.equals(now) && permissions.maySetSkill(membership)) {
                changed.put(membership.groupId(), now);
            }
        }
        state.busy.set(true);
        state.api.setSkills(base.id(), changed).whenCompleteAsync((agent, failure) -> {
            state.busy.set(false);
            if (failure == null) {
                state.load(agent);
                state.outcome.set(state.i18n.get("accounts.saved"));
            } else {
                state.errors.show(state.texts.words(failure));
            }
        }, state.fx);
    }
}
