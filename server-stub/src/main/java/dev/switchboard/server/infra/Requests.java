package dev.switchboard.server.infra;

import dev.switchboard.shared.problem.ProblemType;
import io.javalin.http.Context;
import java.util.Locale;

/** Reading the parts of a request that every endpoint needs, with problems for bad input. */
public final class Requests {

    private Requests() {
    }

    /** The JSON body as {@code type}; 415 unless the client said it sends JSON. */
    public static <T> T body(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
        }
        return JsonBodies.read(ctx.body(), type);
    }

    /** A positive numeric path parameter; 404 for anything else, as no such resource can exist. */
    public static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through: not an id
        }
        throw ApiException.notFound(name + " " + value);
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    public static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String prefix = "bearer ";
        if (authorization.length() > prefix.length() && authorization.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)) {
            return authorization.substring(prefix.length()).trim();
        }
        return null;
    }

    /** An integer query parameter within bounds, or the default when absent. */
    public static long longQuery(Context ctx, String name, long min, long max, long defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("bad query parameter", java.util.List.of(
                new dev.switchboard.shared.problem.FieldError(name, "a whole number from " + min + " to " + max)));
    }

    /** A {@code true}/{@code false} query parameter, or the default when absent; 400 for anything else. */
    public static boolean booleanQuery(Context ctx, String name, boolean defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return defaultValue;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw ApiException.invalid("bad query parameter", java.util.List.of(new dev.switchboard.shared.problem.FieldError(name, "true or false")));
    }

    /** An ISO-8601 instant query parameter, or null when absent or blank. */
    public static java.time.Instant instantQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalid("bad query parameter", java.util.List.of(
                    new dev.switchboard.shared.problem.FieldError(name, "an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z")));
        }
    }
}
