package dev.switchboard.app.sensitivewords;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.chat.SensitiveWordCheck;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Sensitive words section of the Administration page: the words agents' messages are held for
 * and visitors' messages flagged for, added one or many at a time, changed, deleted; what agents
 * may do with such a message; and a sentence tried against the backend's screen. Supervisors read
 * and try; administrators change. The chat's word check, which the change log keeps current, rings
 * the open section when anyone changes the words.
 */
public final class SensitiveWordsFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        SensitiveWordsApi api = new SensitiveWordsApi(app.api(), window.live().session(), app.background().io());
        SensitiveWordCheck check = window.require(SensitiveWordCheck.class);
        window.require(AdminSections.class).add(new AdminSection("sensitiveWords", Material2MZ.SPELLCHECK, Role.SUPERVISOR,
                () -> new SensitiveWordsView(new SensitiveWordsViewModel(api, check::onChange, app.i18n(), window.live().selfProperty(), app.fx()),
                        app.zone())));
    }
}
