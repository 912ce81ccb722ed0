package dev.switchboard.app.accounts;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The editor of one account, or of a new one (login, name, role, groups with skills, chat limit,
 * first password). The shared rules are checked before sending; a refusal shows next to its field
 * and keeps what was typed; a save from an older account version shows both versions. Disabling,
 * enabling and resetting the password ask first; a generated password shows once. A supervisor
 * changes nothing but the skills in their own groups. What the view binds and calls; the work is
 * done by {@link AccountSaving} and {@link AccountConfirmedActions} on the {@link AccountEditorState}
 * they share. FX thread.
 */
public final class AccountEditorViewModel {

    private final AccountEditorState state;
    private final AccountPermissions permissions;
    private final AccountSaving saving;
    private final AccountConfirmedActions confirmed;
    /** Raised whenever the editor shows another account: answers meant for the one before are not shown. */
    private long shown;

    AccountEditorViewModel(AccountsApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, ReadOnlyObjectProperty<Agent> self,
                           Executor fx) {
        this.state = new AccountEditorState(api, i18n, team, fx);
        this.permissions = new AccountPermissions(self, state.loaded.getReadOnlyProperty());
        this.saving = new AccountSaving(state, permissions);
        this.confirmed = new AccountConfirmedActions(state, saving);
    }

    void activate(Disposer disposer) {
        disposer.observe(state.team, state.form.memberships::follow);
    }

    // --- what the view shows and binds ---

    /** The fields, bound by the view: login, name, role, groups with skills, chat limit, first password. */
    AccountForm form() {
        return state.form;
    }

    /** The password an administrator resets an account's to. */
    public PasswordResetForm reset() {
        return state.reset;
    }

    /** The account as last read from the backend; null while a new one is edited. */
    public ReadOnlyObjectProperty<Agent> loadedProperty() {
        return state.loaded.getReadOnlyProperty();
    }

    /** The id of the account edited (null: a new one), as soon as it is chosen. */
    public ReadOnlyObjectProperty<Long> editingIdProperty() {
        return state.editingId.getReadOnlyProperty();
    }

    Long editingId() {
        return state.editingId.get();
    }

    public ObjectProperty<Asking> askingProperty() {
        return state.asking;
    }

    /** A generated password to copy now; empty once the editor shows another account. */
    public ReadOnlyStringProperty shownOnceProperty() {
        return state.shownOnce.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return state.outcome.getReadOnlyProperty();
    }

    /** Sending a change: the list waits (a generated password must not be lost to another account's form). */
    public BooleanProperty savingProperty() {
        return state.busy;
    }

    /** Saving, or reading the account to edit: nothing more is sent meanwhile. */
    public BooleanBinding busyProperty() {
        return state.busyOrLoading;
    }

    public ReadOnlyObjectProperty<StaleEdit> staleProperty() {
        return state.stale.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return state.errors;
    }

    public BooleanBinding administratorProperty() {
        return permissions.administrator();
    }

    public BooleanBinding creatingProperty() {
        return permissions.creating();
    }

    /** An administrator's own account: they keep their role and cannot disable it. */
    public BooleanBinding editingSelfProperty() {
        return permissions.editingSelf();
    }

    /** Whether the skill of this group can be set here: an administrator's any, a supervisor's in their own groups. */
    public boolean maySetSkill(Membership membership) {
        return permissions.maySetSkill(membership);
    }

    public I18n i18n() {
        return state.i18n;
    }

    // --- what the administrator does ---

    public void startNew() {
        shown++;
        state.leaveShown();
        state.loading.set(false);
        state.editingId.set(null);
        state.loaded.set(null);
        state.form.clear(state.team.get());
    }

    /** Reads the account afresh (the list's copy may be older) and shows it. */
    public void edit(long id) {
        long now = ++shown;
        state.leaveShown();
        state.editingId.set(id);
        state.loading.set(true);
        state.api.get(id).whenCompleteAsync((agent, failure) -> {
            if (now != shown) {
                return;
            }
            state.loading.set(false);
            if (failure == null) {
                state.load(agent);
            } else {
                state.errors.show(state.texts.words(failure));
            }
        }, state.fx);
    }

    public void save() {
        saving.save();
    }

    public void askToggleEnabled() {
        confirmed.askToggleEnabled();
    }

    /** Asks to confirm a reset, once a typed password meets the rule. */
    public void askReset() {
        confirmed.askReset();
    }

    public void cancel() {
        confirmed.cancel();
    }

    public void confirm() {
        confirmed.confirm();
    }

    /** After a stale save: the current version becomes the base, and the administrator's form is saved on top of it. */
    public void reapply() {
        saving.reapply();
    }

    /** After a stale save: the form shows the current version; what was typed is dropped. */
    public void takeTheirs() {
        saving.takeTheirs();
    }

    public void forgetShown() {
        state.forgetShown();
    }
}
