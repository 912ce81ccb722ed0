package dev.switchboard.app.accounts;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.MenuEntry;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Accounts: the Accounts section of the Administration page (administrators every account,
 * supervisors their groups' agents' skills; ADR 0020), and every agent's own profile (name,
 * picture, password) from the agent's menu. Listed after the administration feature, which
 * collects the sections.
 */
public final class AccountsFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        AccountsApi api = new AccountsApi(app.api(), window.live().session(), app.background().io());
        var team = window.live().team().snapshotProperty();
        var self = window.live().selfProperty();
        window.require(AdminSections.class).add(new AdminSection("accounts", Material2AL.GROUP, Role.SUPERVISOR,
                () -> new AccountsView(new AccountsViewModel(team, self, new AccountEditorViewModel(api, app.i18n(), team, self, app.fx())),
                        app.i18n())));
        ProfileWindow profile = new ProfileWindow(api, app, window.live(), window::owner);
        window.menuEntry(new MenuEntry("profileItem", "menu.profile", Material2AL.ACCOUNT_CIRCLE, profile::open));
        window.onClose(profile::close);
    }
}
