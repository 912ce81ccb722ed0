package dev.switchboard.app.cannedadmin;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Canned-reply library section of the Administration page: the replies groups share, kept by
 * administrators (every group's) and supervisors (their groups'). Agents' own replies stay in the
 * Canned replies page. The chats' synced replies ring the open section when a reply changes; its
 * import button opens the Import / export section.
 */
public final class CannedLibraryFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        CannedLibraryApi api = new CannedLibraryApi(app.api(), window.live().session(), app.background().io());
        AdminSections sections = window.require(AdminSections.class);
        CannedReplies synced = window.require(CannedReplies.class);
        sections.add(new AdminSection("cannedLibrary", Material2MZ.QUESTION_ANSWER, Role.SUPERVISOR,
                () -> new CannedLibraryView(new CannedLibraryViewModel(api, synced::onChange, app.i18n(), window.live().selfProperty(),
                        window.live().team().snapshotProperty(), app.fx()), () -> sections.open("imports"))));
    }
}
