package dev.switchboard.server.sites;

import dev.switchboard.shared.visitors.PrechatForm;
import java.util.Set;

/** A website that embeds the widget: which origins may embed it, and its pre-chat form. */
public record Site(String id, String name, Set<String> allowedOrigins, PrechatForm prechat) {

    public Site {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** Whether a page of {@code origin} may use this site's widget; '*' allows any. */
    public boolean allows(String origin) {
        return allowedOrigins.contains("*") || (origin != null && allowedOrigins.contains(origin));
    }
}
