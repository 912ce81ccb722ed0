package dev.switchboard.app.accounts;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;

/**
 * What the signed-in person may do in the account editor: an administrator changes everything but
 * their own role and enabled flag; a supervisor only the skills in their own groups. The backend
 * checks again. FX thread.
 */
final class AccountPermissions {

    private final ObservableObjectValue<Agent> self;
    private final BooleanBinding administrator;
    private final BooleanBinding creating;
    private final BooleanBinding editingSelf;

    /** @param loaded the account edited as last read; null while a new one is written */
    AccountPermissions(ObservableObjectValue<Agent> self, ObservableObjectValue<Agent> loaded) {
        this.self = self;
        this.administrator = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role() == Role.ADMIN, self);
        this.creating = Bindings.isNull(loaded);
        this.editingSelf = Bindings.createBooleanBinding(
                () -> loaded.get() != null && self.get() != null && loaded.get().id() == self.get().id(), loaded, self);
    }

    BooleanBinding administrator() {
        return administrator;
    }

    BooleanBinding creating() {
        return creating;
    }

    /** An administrator's own account: they keep their role and cannot disable it. */
    BooleanBinding editingSelf() {
        return editingSelf;
    }

    /** Whether the skill of this group can be set here: an administrator's any, a supervisor's in their own groups. */
    boolean maySetSkill(Membership membership) {
        Agent me = self.get();
        return me != null && (me.role() == Role.ADMIN || me.role() == Role.SUPERVISOR && me.groupIds().contains(membership.groupId()));
    }
}
