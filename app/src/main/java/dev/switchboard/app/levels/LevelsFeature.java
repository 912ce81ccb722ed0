package dev.switchboard.app.levels;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.levels.CustomerLevel;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Customer levels and their queue priorities: the Customer levels section of the Administration
 * page (supervisors read it, administrators change it), and the session's {@link CustomerLevelChoices}
 * that the fields where staff pick a level offer. The change log's {@code customer_level} changes
 * keep both up to date.
 */
public final class LevelsFeature implements Feature {

    /** The session's customer-level changes, under a type of this feature's own. */
    static final class LevelChanges extends EntityChanges {
        LevelChanges() {
            super(CustomerLevel.ENTITY);
        }
    }

    @Override
    public void joinSession(SessionContext session) {
        LevelChanges changes = new LevelChanges();
        session.sync(changes);
        AppContext app = session.app();
        CustomerLevelChoices choices = new CustomerLevelChoices(new CustomerLevelsApi(app.api(), session.session(), app.background().io()), app.fx());
        changes.onChange(choices::reload);
        session.onCaughtUp(choices::reload);
        session.provide(CustomerLevelChoices.class, choices);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        CustomerLevelsApi api = new CustomerLevelsApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("customerLevels", Material2MZ.STARS, Role.SUPERVISOR,
                () -> new LevelsView(new LevelsViewModel(api, window.require(CustomerLevelChoices.class), app.i18n(),
                        window.live().selfProperty(), app.fx()))));
    }
}
