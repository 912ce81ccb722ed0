package dev.switchboard.app.audit;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2MZ;

/** The audit log as a section of the Administration page, for administrators: who changed what and when. */
public final class AuditFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        Session account = window.live().session();
        AuditApi api = new AuditApi(app.api(), account.server(), account.token(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("audit", Material2MZ.POLICY, Role.ADMIN,
                () -> new AuditView(new AuditViewModel(api, app.fx(), app.zone(), app.i18n()), window.live().team().snapshotProperty())));
    }
}
