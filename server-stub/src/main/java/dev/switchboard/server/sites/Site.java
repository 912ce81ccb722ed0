package dev.switchboard.server.sites;

import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A website that embeds the widget: which origins may embed it, its pre-chat form, whether its
 * agents see what visitors type before they send it ({@code typingPreview}), how the widget looks,
 * and the version every change raises.
 */
public record Site(String id, String name, Set<String> allowedOrigins, PrechatForm prechat, boolean typingPreview, WidgetLook look,
                   long version) {

    public Site {
        allowedOrigins = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(allowedOrigins));
        look = look == null ? WidgetLook.DEFAULT : look;
    }

    /** A site without the typing preview, with the widget's own look. */
    public Site(String id, String name, Set<String> allowedOrigins, PrechatForm prechat) {
        this(id, name, allowedOrigins, prechat, false, WidgetLook.DEFAULT, 1);
    }

    /** Whether a page of {@code origin} may use this site's widget; '*' allows any. */
    public boolean allows(String origin) {
        return allowedOrigins.contains("*") || (origin != null && allowedOrigins.contains(origin));
    }

    /** The site as administrators read it. */
    public SiteSettings settings() {
        return new SiteSettings(id, name, new ArrayList<>(allowedOrigins), typingPreview, look, prechat, version);
    }

    /** This site with the fields {@code change} has (null fields stay as they are); the version is left alone. */
    public Site with(SiteSettings change) {
        return new Site(id, change.name() == null ? name : change.name().strip(),
                change.allowedOrigins() == null ? allowedOrigins : new LinkedHashSet<>(change.allowedOrigins()),
                change.prechat() == null ? prechat : change.prechat(),
                change.typingPreview() == null ? typingPreview : change.typingPreview(),
                change.look() == null ? look : change.look(), version);
    }
}
