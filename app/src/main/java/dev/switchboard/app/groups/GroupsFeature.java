package dev.switchboard.app.groups;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Groups section of the Administration page (issue 12, ADR 0021): each group's name,
 * description, members and skills, routing strategy and time-outs, business hours, wrap-up rule
 * and automatic messages, saved together. Administrators see every group and create and delete
 * them; supervisors run their own groups. The list follows the synced groups.
 */
public final class GroupsFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        GroupsApi api = new GroupsApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("groups", Material2MZ.PEOPLE, Role.SUPERVISOR, () -> {
            var self = window.live().selfProperty();
            var team = window.live().team().snapshotProperty();
            return new GroupsView(new GroupListViewModel(self, team), new GroupEditorViewModel(api, app.i18n(), self, team, app.fx()),
                    app.i18n(), self, team);
        }));
    }
}
