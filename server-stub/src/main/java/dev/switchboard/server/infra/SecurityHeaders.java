package dev.switchboard.server.infra;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The security headers of every answer, and the looser policy of the pages the backend serves as
 * HTML (the demo shop). Answers that are not pages (JSON, files, {@code /widget.js}) may not run,
 * load or be framed anything when opened directly: an uploaded SVG opened in a tab stays inert.
 */
public final class SecurityHeaders {

    /** For everything that is not one of the backend's own HTML pages. */
    public static final Map<String, String> EVERY_ANSWER = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    /**
     * The demo shop: its own scripts and styles, the widget's styles (inline in its shadow root),
     * connections to this backend (its WebSocket included: CSP's 'self' covers ws: and wss: of the
     * same host), thumbnails as blob: URLs; never framed. Referrers within the shop stay whole: the
     * widget reports them as the visitor's page trail.
     */
    static final Map<String, String> PAGE = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private SecurityHeaders() {
    }

    static void everyAnswer(Context ctx) {
        EVERY_ANSWER.forEach(ctx::header);
    }

    /** Marks this answer as one of the backend's HTML pages. */
    public static void page(Context ctx) {
        PAGE.forEach(ctx::header);
    }
}
