package dev.switchboard.shared.visitors;

import java.util.List;

/**
 * A site as administrators edit it: {@code allowedOrigins} are the origins (scheme://host[:port])
 * whose pages may embed the widget, or {@code ["*"]} for any.
 */
public record SiteSettings(String id, String name, List<String> allowedOrigins) {

    public SiteSettings {
        allowedOrigins = allowedOrigins == null ? null : List.copyOf(allowedOrigins);
    }
}
