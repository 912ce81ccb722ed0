package dev.switchboard.app.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The base address of a backend, as the agent typed it, normalized: scheme http or https (http
 * when none was typed), no trailing slash, no path, query or fragment.
 */
public record ServerUrl(URI uri) {

    public static final String DEFAULT = "http://localhost:8080";

    /** Parses what the agent typed; throws {@link IllegalArgumentException} when it is no server address. */
    public static ServerUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty server address");
        }
        String trimmed = text.strip();
        if (!trimmed.contains("://")) {
            trimmed = "http://" + trimmed;
        }
        URI parsed;
        try {
            parsed = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + text, e);
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https are supported: " + text);
        }
        if (parsed.getHost() == null || parsed.getHost().isBlank()) {
            throw new IllegalArgumentException("no host in " + text);
        }
        String path = parsed.getPath() == null ? "" : parsed.getPath();
        if (!path.isEmpty() && !path.equals("/") || parsed.getQuery() != null || parsed.getFragment() != null) {
            throw new IllegalArgumentException("a server address has no path: " + text);
        }
        try {
            return new ServerUrl(new URI(scheme, null, parsed.getHost(), parsed.getPort(), null, null, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + text, e);
        }
    }

    /** A REST address, e.g. {@code api("/api/v1/health")}. */
    public URI api(String path) {
        return URI.create(uri + path);
    }

    /** The WebSocket address of {@code path}: ws for http, wss for https. */
    public URI webSocket(String path) {
        String scheme = uri.getScheme().equals("https") ? "wss" : "ws";
        return URI.create(scheme + uri.toString().substring(uri.getScheme().length()) + path);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
