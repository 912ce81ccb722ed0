package dev.switchboard.server.sites;

import dev.switchboard.shared.visitors.PrechatForm;
import java.util.Set;

/**
 * A website that embeds the widget: which origins may embed it, its pre-chat form, and whether its
 * agents see what visitors type before they send it ({@code typingPreview}).
 */
public record Site(String id, String name, Set<String> allowedOrigins, PrechatForm prechat, boolean typingPreview) {

    public Site {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** A site without the typing preview. */
    public Site(String id, String name, Set<String> allowedOrigins, PrechatForm prechat) {
        this(id, name, allowedOrigins, prechat, false);
    }

    public Site withTypingPreview(boolean on) {
        return new Site(id, name, allowedOrigins, prechat, on);
    }

    /** Whether a page of {@code origin} may use this site's widget; '*' allows any. */
    public boolean allows(String origin) {
        return allowedOrigins.contains("*") || (origin != null && allowedOrigins.contains(origin));
    }
}
