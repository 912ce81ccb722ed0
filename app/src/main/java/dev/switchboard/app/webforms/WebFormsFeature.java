package dev.switchboard.app.webforms;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.forms.WebForm;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Web forms section of the Administration page: the forms the backend serves to visitors at
 * {@code /forms/<key>}, each making tickets (ADR 0036). Administrators only. The change log's
 * {@code web_form} changes keep an open section up to date.
 */
public final class WebFormsFeature implements Feature {

    /** The session's web-form changes, under a type of this feature's own. */
    static final class WebFormChanges extends EntityChanges {
        WebFormChanges() {
            super(WebForm.ENTITY);
        }
    }

    @Override
    public void joinSession(SessionContext session) {
        WebFormChanges changes = new WebFormChanges();
        session.sync(changes);
        session.provide(WebFormChanges.class, changes);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        WebFormsApi api = new WebFormsApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("webForms", Material2MZ.WEB, Role.ADMIN,
                () -> new WebFormsView(new WebFormsViewModel(api, window.require(WebFormChanges.class), app.i18n(),
                        window.live().team().snapshotProperty(), app.fx()))));
    }
}
