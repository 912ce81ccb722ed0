package dev.switchboard.app.accounts;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.PasswordReset;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The editor of one account, or of a new one (login, name, role, groups with skills, chat limit,
 * first password). The shared rules are checked before sending; a refusal shows next to its field
 * and keeps what was typed; a save from an older account version shows both versions. Disabling,
 * enabling and resetting the password ask first; a generated password shows once. A supervisor
 * changes nothing but the skills in their own groups. FX thread.
 */
public final class AccountEditorViewModel {

    private final AccountsApi api;
    private final I18n i18n;
    private final AccountTexts texts;
    private final AccountDescription description;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final ReadOnlyObjectProperty<Agent> self;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<Long> editingId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Agent> loaded = new ReadOnlyObjectWrapper<>();
    private final AccountForm form = new AccountForm();
    private final PasswordResetForm reset;
    private final ObjectProperty<Asking> asking = new SimpleObjectProperty<>(Asking.NOTHING);
    private final ReadOnlyStringWrapper shownOnce = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final FormErrors errors;
    private final BooleanBinding administrator;
    private final BooleanBinding creating;
    private final BooleanBinding editingSelf;
    private final BooleanBinding busyOrLoading = busy.or(loading);
    private Agent theirs;
    /** Raised whenever the editor shows another account: answers meant for the one before are not shown. */
    private long shown;

    AccountEditorViewModel(AccountsApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, ReadOnlyObjectProperty<Agent> self,
                           Executor fx) {
        this.api = api;
        this.i18n = i18n;
        this.texts = new AccountTexts(i18n);
        this.description = new AccountDescription(i18n);
        this.team = team;
        this.self = self;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        this.reset = new PasswordResetForm(i18n);
        this.administrator = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role() == Role.ADMIN, self);
        this.creating = loaded.isNull();
        this.editingSelf = Bindings.createBooleanBinding(
                () -> loaded.get() != null && self.get() != null && loaded.get().id() == self.get().id(), loaded, self);
    }

    void activate(Disposer disposer) {
        disposer.observe(team, form.memberships::follow);
    }

    // --- what the view shows and binds ---

    /** The fields, bound by the view: login, name, role, groups with skills, chat limit, first password. */
    AccountForm form() {
        return form;
    }

    /** The password an administrator resets an account's to. */
    public PasswordResetForm reset() {
        return reset;
    }

    /** The account as last read from the backend; null while a new one is edited. */
    public ReadOnlyObjectProperty<Agent> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The id of the account edited (null: a new one), as soon as it is chosen. */
    public ReadOnlyObjectProperty<Long> editingIdProperty() {
        return editingId.getReadOnlyProperty();
    }

    Long editingId() {
        return editingId.get();
    }

    public ObjectProperty<Asking> askingProperty() {
        return asking;
    }

    /** A generated password to copy now; empty once the editor shows another account. */
    public ReadOnlyStringProperty shownOnceProperty() {
        return shownOnce.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Sending a change: the list waits (a generated password must not be lost to another account's form). */
    public BooleanProperty savingProperty() {
        return busy;
    }

    /** Saving, or reading the account to edit: nothing more is sent meanwhile. */
    public BooleanBinding busyProperty() {
        return busyOrLoading;
    }

    public ReadOnlyObjectProperty<StaleEdit> staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }

    public BooleanBinding administratorProperty() {
        return administrator;
    }

    public BooleanBinding creatingProperty() {
        return creating;
    }

    /** An administrator's own account: they keep their role and cannot disable it. */
    public BooleanBinding editingSelfProperty() {
        return editingSelf;
    }

    /** Whether the skill of this group can be set here: an administrator's any, a supervisor's in their own groups. */
    public boolean maySetSkill(Membership membership) {
        Agent me = self.get();
        return me != null && (me.role() == Role.ADMIN || me.role() == Role.SUPERVISOR && me.groupIds().contains(membership.groupId()));
    }

    public I18n i18n() {
        return i18n;
    }

    // --- what the administrator does ---

    public void startNew() {
        shown++;
        leaveShown();
        loading.set(false);
        editingId.set(null);
        loaded.set(null);
        form.clear(team.get());
    }

    /** Reads the account afresh (the list's copy may be older) and shows it. */
    public void edit(long id) {
        long now = ++shown;
        leaveShown();
        editingId.set(id);
        loading.set(true);
        api.get(id).whenCompleteAsync((agent, failure) -> {
            if (now != shown) {
                return;
            }
            loading.set(false);
            if (failure == null) {
                load(agent);
            } else {
                errors.show(texts.words(failure));
            }
        }, fx);
    }

    public void save() {
        if (busyOrLoading.get()) {
            return;
        }
        outcome.set("");
        errors.clear();
        Integer limit = form.maxChats();
        if (limit == null) {
            errors.show(texts.words(List.of(new FieldError("maxChats", AgentRules.MAX_CHATS_RANGE))));
            return;
        }
        if (loaded.get() == null) {
            create(limit);
        } else if (administrator.get()) {
            change(loaded.get(), limit);
        } else {
            setSkills(loaded.get());
        }
    }

    public void askToggleEnabled() {
        if (loaded.get() != null) {
            asking.set(loaded.get().enabled() ? Asking.DISABLE : Asking.ENABLE);
        }
    }

    /** Asks to confirm a reset, once a typed password meets the rule. */
    public void askReset() {
        if (loaded.get() != null && reset.ready(texts)) {
            asking.set(Asking.RESET_PASSWORD);
        }
    }

    public void cancel() {
        asking.set(Asking.NOTHING);
    }

    public void confirm() {
        Asking what = asking.get();
        asking.set(Asking.NOTHING);
        Agent account = loaded.get();
        if (account == null || busyOrLoading.get()) {
            return;
        }
        switch (what) {
            case DISABLE, ENABLE -> setEnabled(account, what == Asking.ENABLE);
            case RESET_PASSWORD -> resetPassword(account);
            case NOTHING -> { }
        }
    }

    /** After a stale save: the current version becomes the base, and the administrator's form is saved on top of it. */
    public void reapply() {
        if (theirs != null) {
            loaded.set(theirs);
            stale.set(null);
            save();
        }
    }

    /** After a stale save: the form shows the current version; what was typed is dropped. */
    public void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    public void forgetShown() {
        shownOnce.set("");
    }

    /** Another account (or a new one) shows: nothing of the one before stays, a generated password least of all. */
    private void leaveShown() {
        forgetShown();
        clearMessages();
        reset.clear();
        outcome.set("");
    }

    /** No question, no stale versions, no error: a fresh start for the account shown. */
    private void clearMessages() {
        asking.set(Asking.NOTHING);
        stale.set(null);
        theirs = null;
        errors.clear();
        reset.errors().clear();
    }

    // --- saving ---

    private void create(int limit) {
        String password = form.firstPassword.toSend();
        NewAgent request = form.newAgent(password, limit);
        List<FieldError> local = AgentRules.check(request);
        if (!local.isEmpty()) {
            errors.show(texts.words(local));
            return;
        }
        boolean generated = form.firstPassword.generatedProperty().get();
        busy.set(true);
        api.create(request).whenCompleteAsync((agent, failure) -> {
            busy.set(false);
            if (failure != null) {
                errors.show(texts.words(failure));
                return;
            }
            editingId.set(agent.id());
            load(agent);
            form.firstPassword.clear();
            if (generated) {
                shownOnce.set(password);
            }
            outcome.set(i18n.get("accounts.created", agent.login()));
        }, fx);
    }

    private void change(Agent base, int limit) {
        // the role is not sent for oneself: an administrator keeps theirs
        AgentPatch patch = form.patch(base, limit, !editingSelf.get());
        List<FieldError> local = AgentRules.check(patch);
        if (!local.isEmpty()) {
            errors.show(texts.words(local));
            return;
        }
        busy.set(true);
        api.change(base.id(), patch).whenCompleteAsync((agent, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(agent);
                outcome.set(i18n.get("accounts.saved"));
            } else {
                refused(base.id(), failure);
            }
        }, fx);
    }

    /** A supervisor's save: the skills they changed in their own groups, one after another, then the account as it is now. */
    private void setSkills(Agent base) {
        Map<Long, Integer> changed = new LinkedHashMap<>();
        for (Membership membership : form.memberships.list()) {
            Integer before = base.skills().get(membership.groupId());
            Integer now = membership.skillProperty().get();
            if (before != null && now != null && !before.equals(now) && maySetSkill(membership)) {
                changed.put(membership.groupId(), now);
            }
        }
        busy.set(true);
        api.setSkills(base.id(), changed).whenCompleteAsync((agent, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(agent);
                outcome.set(i18n.get("accounts.saved"));
            } else {
                errors.show(texts.words(failure));
            }
        }, fx);
    }

    /** Only the enabled flag changes: what is typed in the form stays, and is saved on top of this later. */
    private void setEnabled(Agent account, boolean enabled) {
        busy.set(true);
        api.change(account.id(), new AgentPatch(null, null, null, null, null, enabled, null, account.accountVersion()))
                .whenCompleteAsync((agent, failure) -> {
                    busy.set(false);
                    if (failure == null) {
                        loaded.set(agent);
                        outcome.set(i18n.get(enabled ? "accounts.enabled" : "accounts.disabled", agent.login()));
                    } else {
                        refused(account.id(), failure);
                    }
                }, fx);
    }

    private void resetPassword(Agent account) {
        String password = reset.choice().toSend();
        boolean generated = reset.choice().generatedProperty().get();
        busy.set(true);
        api.resetPassword(account.id(), new PasswordReset(password)).whenCompleteAsync((ignored, failure) -> {
            busy.set(false);
            if (failure != null) {
                reset.errors().show(texts.words(failure));
                return;
            }
            reset.clear();
            if (generated) {
                shownOnce.set(password);
            }
            outcome.set(i18n.get("accounts.passwordReset", account.login()));
        }, fx);
    }

    /** Shows a refusal; when someone saved meanwhile, reads their version to show beside the administrator's. */
    private void refused(long id, Throwable failure) {
        if (!errors.show(texts.words(failure))) {
            return;
        }
        // the stale pane says it in the interface's language; the backend's English detail would only repeat it
        errors.clear();
        String yours = form.describe(description);
        api.get(id).whenCompleteAsync((current, readFailure) -> {
            if (!Objects.equals(editingId.get(), id)) {
                return;
            }
            if (readFailure != null) {
                errors.show(texts.words(readFailure));
            } else {
                theirs = current;
                stale.set(new StaleEdit(description.of(current, team.get()), yours));
            }
        }, fx);
    }

    private void load(Agent agent) {
        loaded.set(agent);
        form.fill(agent, team.get());
        clearMessages();
    }
}
