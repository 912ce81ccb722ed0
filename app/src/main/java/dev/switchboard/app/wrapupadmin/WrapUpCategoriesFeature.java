package dev.switchboard.app.wrapupadmin;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.wrapup.WrapUpCategoryChanges;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Wrap-up categories section of the Administration page (administrators: the tree is every
 * group's): the categories agents file a finished chat under, arranged as a tree. The wrap-up
 * feature's {@link WrapUpCategoryChanges} keep an open section up to date. Whether a group's
 * wrap-up is required is set in the group's editor.
 */
public final class WrapUpCategoriesFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        WrapUpCategoriesApi api = new WrapUpCategoriesApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("wrapUpCategories", Material2AL.ACCOUNT_TREE, Role.ADMIN,
                () -> new CategoryTreeView(new CategoryTreeViewModel(api, window.require(WrapUpCategoryChanges.class), app.i18n(), app.fx()))));
    }
}
