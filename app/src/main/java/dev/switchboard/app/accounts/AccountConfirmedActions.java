package dev.switchboard.app.accounts;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.PasswordReset;

/**
 * What the account editor does only after asking (the view's confirm bar): disabling or enabling
 * the account, and resetting its password to one typed (meeting the rule) or generated (shown
 * once). FX thread.
 */
final class AccountConfirmedActions {

    private final AccountEditorState state;
    private final AccountSaving saving;

    AccountConfirmedActions(AccountEditorState state, AccountSaving saving) {
        this.state = state;
        this.saving = saving;
    }

    void askToggleEnabled() {
        if (state.loaded.get() != null) {
            state.asking.set(state.loaded.get().enabled() ? Asking.DISABLE : Asking.ENABLE);
        }
    }

    /** Asks to confirm a reset, once a typed password meets the rule. */
    void askReset() {
        if (state.loaded.get() != null && state.reset.ready(state.texts)) {
            state.asking.set(Asking.RESET_PASSWORD);
        }
    }

    void cancel() {
        state.asking.set(Asking.NOTHING);
    }

    void confirm() {
        Asking what = state.asking.get();
        state.asking.set(Asking.NOTHING);
        Agent account = state.loaded.get();
        if (account == null || state.busyOrLoading.get()) {
            return;
        }
        switch (what) {
            case DISABLE, ENABLE -> setEnabled(account, what == Asking.ENABLE);
            case RESET_PASSWORD -> resetPassword(account);
            case NOTHING -> { }
        }
    }

    /** Only the enabled flag changes: what is typed in the form stays, and is saved on top of this later. */
    private void setEnabled(Agent account, boolean enabled) {
        state.busy.set(true);
        state.api.change(account.id(), new AgentPatch(null, null, null, null, null, enabled, null, account.accountVersion()))
                .whenCompleteAsync((agent, failure) -> {
                    state.busy.set(false);
                    if (failure == null) {
                        state.loaded.set(agent);
                        state.outcome.set(state.i18n.get(enabled ? "accounts.enabled" : "accounts.disabled", agent.login()));
                    } else {
                        saving.refused(account.id(), failure);
                    }
                }, state.fx);
    }

    private void resetPassword(Agent account) {
        PasswordResetForm reset = state.reset;
        String password = reset.choice().toSend();
        boolean generated = reset.choice().generatedProperty().get();
        state.busy.set(true);
        state.api.resetPassword(account.id(), new PasswordReset(password)).whenCompleteAsync((ignored, failure) -> {
            state.busy.set(false);
            if (failure != null) {
                reset.errors().show(state.texts.words(failure));
                return;
            }
            reset.clear();
            if (generated) {
                state.shownOnce.set(password);
            }
            state.outcome.set(state.i18n.get("accounts.passwordReset", account.login()));
        }, state.fx);
    }
}
