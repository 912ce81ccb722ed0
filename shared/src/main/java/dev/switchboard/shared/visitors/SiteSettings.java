package dev.switchboard.shared.visitors;

import dev.switchboard.shared.sites.WidgetLook;
import java.util.List;

/**
 * A site as administrators edit it ({@code /api/v1/sites}): {@code id} is the site's key, the
 * {@code data-site} of its embed tag; {@code allowedOrigins} are the origins (scheme://host[:port])
 * whose pages may embed the widget, or {@code ["*"]} for any; {@code typingPreview}: agents see
 * what visitors type before they send it (off by default; the widget says so to the visitor);
 * {@code look}: the widget's colours, corner and texts; {@code prechat}: its pre-chat form;
 * {@code version} grows by one with every change. In a change, absent (null) fields are left as
 * they are, and a {@code version} must be the one the change was made on (else 409).
 */
public record SiteSettings(String id, String name, List<String> allowedOrigins, Boolean typingPreview, WidgetLook look,
                           PrechatForm prechat, Long version) {

    /** The change-log entity of sites (seen by administrators only). */
    public static final String ENTITY = "site";

    public SiteSettings {
        allowedOrigins = allowedOrigins == null ? null : List.copyOf(allowedOrigins);
    }

    public SiteSettings(String id, String name, List<String> allowedOrigins, Boolean typingPreview) {
        this(id, name, allowedOrigins, typingPreview, null, null, null);
    }

    public SiteSettings(String id, String name, List<String> allowedOrigins) {
        this(id, name, allowedOrigins, null);
    }
}
