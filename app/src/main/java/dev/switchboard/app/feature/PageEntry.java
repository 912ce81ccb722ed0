package dev.switchboard.app.feature;

import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Role;
import java.util.function.Supplier;
import javafx.beans.binding.IntegerExpression;
import javafx.scene.Parent;
import org.kordamp.ikonli.Ikon;

/**
 * A page of the main window and its entry in the navigation: labelled {@code nav.<id>} from the
 * bundle, shown to {@code minimumRole} and above, its view made the first time it shows and then
 * activated while it shows and deactivated while another does.
 *
 * @param start the page the window opens on, and shows when the agent may no longer see theirs
 * @param badge a count over the entry's icon, hidden at zero (unread messages), or null
 */
public record PageEntry(String id, Ikon icon, Role minimumRole, boolean start, Badge badge,
                        Supplier<? extends View<? extends Parent>> view) {

    /** A count over a navigation entry's icon; {@code id} is its node's. */
    public record Badge(String id, IntegerExpression count) {
    }

    public static PageEntry of(String id, Ikon icon, Role minimumRole, Supplier<? extends View<? extends Parent>> view) {
        return new PageEntry(id, icon, minimumRole, false, null, view);
    }

    public PageEntry withBadge(Badge count) {
        return new PageEntry(id, icon, minimumRole, start, count, view);
    }

    public PageEntry asStart() {
        return new PageEntry(id, icon, minimumRole, true, badge, view);
    }

    public String labelKey() {
        return "nav." + id;
    }

    public boolean visibleTo(Role role) {
        return role.atLeast(minimumRole);
    }
}
