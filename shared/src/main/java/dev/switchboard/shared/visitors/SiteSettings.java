package dev.switchboard.shared.visitors;

import java.util.List;

/**
 * A site as administrators edit it: {@code allowedOrigins} are the origins (scheme://host[:port])
 * whose pages may embed the widget, or {@code ["*"]} for any; {@code typingPreview}: agents see
 * what visitors type before they send it (off by default; the widget says so to the visitor).
 * Absent (null) fields of a change are left as they are.
 */
public record SiteSettings(String id, String name, List<String> allowedOrigins, Boolean typingPreview) {

    public SiteSettings {
        allowedOrigins = allowedOrigins == null ? null : List.copyOf(allowedOrigins);
    }

    public SiteSettings(String id, String name, List<String> allowedOrigins) {
        this(id, name, allowedOrigins, null);
    }
}
