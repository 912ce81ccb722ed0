package dev.switchboard.app.admin;

import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Administration page: a list of sections on the left, the open one on the right. It owns no
 * section itself; features listed after it add theirs through {@link AdminSections} (a new editor
 * is a package and a line in the feature list). Supervisors see the sections for their groups,
 * administrators all.
 */
public final class AdministrationFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AdminSections sections = new AdminSections();
        window.provide(AdminSections.class, sections);
        window.page(PageEntry.of("ADMIN", Material2AL.ADMIN_PANEL_SETTINGS, Role.SUPERVISOR, () -> {
            AdministrationViewModel model = new AdministrationViewModel(sections.all(), window.live().selfProperty());
            sections.openWith(model::open);
            return new AdministrationView(model, window.app().i18n());
        }));
    }
}
