package dev.switchboard.app.push;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.levels.CustomerLevelChoices;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Messages and window ads to the visitors on the sites (消息推送 / 窗口广告): the supervisors'
 * Push page. Everything it shows comes from the backend as it shows; nothing is cached.
 */
public final class PushFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        PushApi api = new PushApi(app.api(), window.live().session(), app.background().io());
        window.page(PageEntry.of("PUSH", Material2AL.CAMPAIGN, Role.SUPERVISOR,
                () -> new PushView(new PushViewModel(api, app.i18n(), app.background().scheduler(),
                        window.require(CustomerLevelChoices.class).names(), app.fx()), app.zone())));
    }
}
