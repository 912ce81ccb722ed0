package dev.switchboard.app.home;

import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2AL;

/** The agent's own page, where the window opens: greeting, status, role, chat limit and groups. */
public final class HomeFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        window.page(PageEntry.of("HOME", Material2AL.HOME, Role.AGENT,
                () -> new HomeView(new HomeViewModel(window.live(), window.app().i18n()))).asStart());
    }
}
