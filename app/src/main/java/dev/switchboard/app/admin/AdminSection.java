package dev.switchboard.app.admin;

import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Role;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.kordamp.ikonli.Ikon;

/**
 * One part of the Administration page (accounts, groups, routing rules, sites, ...), added by the
 * feature that owns it: labelled {@code admin.section.<id>} from the bundle, listed for
 * {@code minimumRole} and above, its view made the first time it is opened, then activated while
 * it shows and deactivated while another does. The backend checks every change again by role;
 * hiding a section only spares people a page of refusals.
 */
public record AdminSection(String id, Ikon icon, Role minimumRole, Supplier<? extends View<? extends Parent>> view) {

    public String labelKey() {
        return "admin.section." + id;
    }

    public boolean visibleTo(Role role) {
        return role.atLeast(minimumRole);
    }
}
