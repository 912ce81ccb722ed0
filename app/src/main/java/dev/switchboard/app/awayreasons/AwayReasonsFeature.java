package dev.switchboard.app.awayreasons;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.presence.AwayReasonList;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Away reasons section of the Administration page (小休, 用餐, 培训, 会议): names in English and
 * Chinese, their order in the status menus, offered or not, deleted while nobody gave them.
 * Supervisors read them; administrators change them. The presence feature's list of reasons, which
 * the change log keeps current, rings the open section when anyone changes one (and the status
 * menus of every workstation follow it).
 */
public final class AwayReasonsFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        AwayReasonsApi api = new AwayReasonsApi(app.api(), window.live().session(), app.background().io());
        AwayReasonList reasons = window.require(AwayReasonList.class);
        window.require(AdminSections.class).add(new AdminSection("awayReasons", Material2MZ.PAUSE_CIRCLE_OUTLINE, Role.SUPERVISOR,
                () -> new AwayReasonsView(new AwayReasonsViewModel(api, reasons.reasons(), app.i18n(), window.live().selfProperty(), app.fx()))));
    }
}
