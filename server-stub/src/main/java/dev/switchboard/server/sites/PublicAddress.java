package dev.switchboard.server.sites;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The backend's address as browsers reach it, for the embed tag and preview links: the scheme and
 * host of the administrator's own request, or what a reverse proxy says they were
 * ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}). Only the caller reads the answer, so a
 * header they made up misleads nobody else; it is still checked to be a host, as it is shown in a tag.
 */
final class PublicAddress {

    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

    private PublicAddress() {
    }

    static String of(Context ctx) {
        String scheme = first(ctx.header("X-Forwarded-Proto"));
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            scheme = ctx.scheme();
        }
        String host = first(ctx.header("X-Forwarded-Host"));
        if (host == null || !HOST.matcher(host).matches()) {
            host = ctx.host();
        }
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost:" + ctx.port();
        }
        return scheme.toLowerCase(Locale.ROOT) + "://" + host;
    }

    /** The tag a site's pages carry. */
    static String snippet(String publicUrl, String siteId) {
        return "<script src=\"" + publicUrl + "/widget.js\" data-site=\"" + siteId + "\" async></script>";
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }
}
