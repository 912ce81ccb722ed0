package dev.switchboard.app.accounts;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the account editor holds, shared by its parts (saving the form, the actions that ask
 * first): the account shown as last read, the form, the messages about them, and the means to
 * reach the backend. Showing another account starts all of it afresh. FX thread.
 */
final class AccountEditorState {

    final AccountsApi api;
    final I18n i18n;
    final AccountTexts texts;
    final AccountDescription description;
    final ReadOnlyObjectProperty<TeamSnapshot> team;
    final Executor fx;

    final ReadOnlyObjectWrapper<Long> editingId = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<Agent> loaded = new ReadOnlyObjectWrapper<>();
    final AccountForm form = new AccountForm();
    final PasswordResetForm reset;
    final ObjectProperty<Asking> asking = new SimpleObjectProperty<>(Asking.NOTHING);
    final ReadOnlyStringWrapper shownOnce = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    final BooleanProperty loading = new SimpleBooleanProperty();
    final BooleanBinding busyOrLoading = busy.or(loading);
    final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    final FormErrors errors;
    /** The current version on the server while a save is stale: a re-applied save goes on top of it. */
    Agent theirs;

    AccountEditorState(AccountsApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.api = api;
        this.i18n = i18n;
        this.texts = new AccountTexts(i18n);
        this.description = new AccountDescription(i18n);
        this.team = team;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        this.reset = new PasswordResetForm(i18n);
    }

    /** The account as read: the form shows it, with nothing of before. */
    void load(Agent agent) {
        loaded.set(agent);
        form.fill(agent, team.get());
        clearMessages();
    }

    void forgetShown() {
        shownOnce.set("");
    }

    /** Another account (or a new one) shows: nothing of the one before stays, a generated password least of all. */
    void leaveShown() {
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
}
