package dev.switchboard.app.routingrules;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.levels.CustomerLevelChoices;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.routing.RoutingRule;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Routing rules section of the Administration page: the ordered rules, their editor and the
 * dry run. Supervisors read and try the rules; administrators change them. The change log's
 * {@code routing_rule} changes keep an open section up to date.
 */
public final class RoutingRulesFeature implements Feature {

    /** The session's routing-rule changes, under a type of this feature's own. */
    static final class RuleChanges extends EntityChanges {
        RuleChanges() {
            super(RoutingRule.ENTITY);
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
        RoutingRulesApi api = new RoutingRulesApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("routingRules", Material2AL.ALT_ROUTE, Role.SUPERVISOR,
                () -> new RoutingRulesView(new RoutingRulesViewModel(api, window.require(RuleChanges.class), app.i18n(),
                        window.live().selfProperty(), window.live().team().snapshotProperty(),
                        window.require(CustomerLevelChoices.class).names(), app.fx()))));
    }
}
