package dev.switchboard.app.invitationrules;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.visitors.InvitationRule;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Invitation rules section of the Administration page: the automatic invitations (who is
 * invited, when, with what message). Supervisors read them; administrators change them. The
 * change log's {@code invitation_rule} changes keep an open section up to date.
 */
public final class InvitationRulesFeature implements Feature {

    /** The session's invitation-rule changes, under a type of this feature's own. */
    static final class RuleChanges extends EntityChanges {
        RuleChanges() {
            super(InvitationRule.ENTITY);
        }
    }

    @Override
    public void joinSession(SessionContext session) {
        RuleChanges changes = new RuleChanges();
        session.sync(changes);
        session.provide(RuleChanges.class, changes);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        InvitationRulesApi api = new InvitationRulesApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("invitationRules", Material2AL.FORWARD_TO_INBOX, Role.SUPERVISOR,
                () -> new InvitationRulesView(new InvitationRulesViewModel(api, window.require(RuleChanges.class), app.i18n(),
                        window.live().selfProperty(), window.live().team().snapshotProperty(), app.fx()))));
    }
}
