package dev.switchboard.app.imports;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Import / export as a section of the Administration page: accounts (administrators) and canned
 * replies (supervisors: their groups' and their own) from and to CSV and XLSX files, previewed row
 * by row before anything is written.
 */
public final class ImportsFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        Session account = window.live().session();
        ImportsApi api = new ImportsApi(app.api(), account, app.background().io());
        window.require(AdminSections.class).add(new AdminSection("imports", Material2AL.IMPORT_EXPORT, Role.SUPERVISOR,
                () -> new ImportsView(new ImportsViewModel(api, account.agent().role(), app.fx(), app.background().io(), app.clock(),
                        app.i18n(), defaultExportFolder()))));
    }

    /** Where exports go unless the admin picks another folder: Downloads when there is one. */
    private static Path defaultExportFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path downloads = home.resolve("Downloads");
        return Files.isDirectory(downloads) ? downloads : home;
    }
}
