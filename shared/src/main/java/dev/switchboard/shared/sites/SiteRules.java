package dev.switchboard.shared.sites;

import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.PrechatFormRules;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a site valid, checked by the backend on every change and by the workstation's site
 * editor before it sends. Errors name the JSON fields: {@code id}, {@code name},
 * {@code allowedOrigins[i]}, {@code look.color}, {@code look.greeting.zh}, {@code prechat.fields[i].key}...
 * and carry one of the messages below, which clients may word in their reader's language.
 */
public final class SiteRules {

    /** A site's key: what pages name in {@code data-site}. */
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final int MAX_NAME = 100;
    public static final int MAX_ORIGINS = 50;
    public static final int MAX_ORIGIN = 200;
    public static final int MAX_OFFSET = 300;
    public static final int MAX_GREETING = 300;
    public static final int MAX_OFFLINE_MESSAGE = 500;
    /** scheme://host[:port], nothing after it; host names, IPv4 addresses or [IPv6]. */
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*|\\[[0-9a-f:.]+\\])(:\\d{1,5})?");

    public static final String REQUIRED = "required";
    public static final String BAD_KEY = "1 to 40 lower-case letters, digits or '-', starting with a letter or digit";
    public static final String BAD_NAME = "1 to " + MAX_NAME + " characters";
    public static final String TOO_MANY_ORIGINS = "at most " + MAX_ORIGINS + " origins";
    public static final String BAD_ORIGIN = "not an origin: scheme://host[:port] such as https://shop.example.com, or *";
    public static final String ORIGIN_TWICE = "listed twice";
    public static final String BAD_COLOR = "a colour as #rrggbb";
    public static final String BAD_OFFSET = "0 to " + MAX_OFFSET + " pixels";
    public static final String TOO_LONG = "too long";

    private SiteRules() {
    }

    /**
     * An origin as browsers send it: without surrounding space or a trailing slash, scheme and host
     * in lower case. What is not an origin at all is left for {@link #check} to refuse.
     */
    public static String normalizedOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        String stripped = origin.strip();
        if (stripped.endsWith("/") && stripped.indexOf("://") > 0 && stripped.indexOf('/', stripped.indexOf("://") + 3) == stripped.length() - 1) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    public static boolean isOrigin(String origin) {
        if (origin == null) {
            return false;
        }
        if (origin.equals("*")) {
            return true;
        }
        if (origin.length() > MAX_ORIGIN || !ORIGIN.matcher(origin).matches()) {
            return false;
        }
        int colon = origin.lastIndexOf(':');
        if (colon > origin.indexOf("://") && !origin.endsWith("]")) {
            int port = Integer.parseInt(origin.substring(colon + 1));
            return port >= 1 && port <= 65535;
        }
        return true;
    }

    /** A new site: everything a change is checked for, and its key and name are required. */
    public static List<FieldError> checkNew(SiteSettings site) {
        List<FieldError> errors = new ArrayList<>();
        if (site.id() == null || !KEY.matcher(site.id()).matches()) {
            errors.add(new FieldError("id", BAD_KEY));
        }
        if (site.name() == null) {
            errors.add(new FieldError("name", BAD_NAME));
        }
        errors.addAll(check(site));
        return errors;
    }

    /** A change (or a whole site): each field that is present; origins already {@link #normalizedOrigin normalized}. */
    public static List<FieldError> check(SiteSettings site) {
        List<FieldError> errors = new ArrayList<>();
        if (site.name() != null && (site.name().isBlank() || site.name().strip().length() > MAX_NAME)) {
            errors.add(new FieldError("name", BAD_NAME));
        }
        if (site.allowedOrigins() != null) {
            checkOrigins(site.allowedOrigins(), errors);
        }
        if (site.look() != null) {
            checkLook(site.look(), errors);
        }
        if (site.prechat() != null) {
            errors.addAll(PrechatFormRules.check(site.prechat(), "prechat."));
        }
        return errors;
    }

    private static void checkOrigins(List<String> origins, List<FieldError> errors) {
        if (origins.size() > MAX_ORIGINS) {
            errors.add(new FieldError("allowedOrigins", TOO_MANY_ORIGINS));
            return;
        }
        for (int i = 0; i < origins.size(); i++) {
            String origin = origins.get(i);
            if (!isOrigin(origin)) {
                errors.add(new FieldError("allowedOrigins[" + i + "]", BAD_ORIGIN));
            } else if (origins.subList(0, i).contains(origin)) {
                errors.add(new FieldError("allowedOrigins[" + i + "]", ORIGIN_TWICE));
            }
        }
    }

    private static void checkLook(WidgetLook look, List<FieldError> errors) {
        color(errors, "look.color", look.color());
        color(errors, "look.colorEnd", look.colorEnd());
        color(errors, "look.textColor", look.textColor());
        if (look.position() == null) {
            errors.add(new FieldError("look.position", REQUIRED));
        }
        offset(errors, "look.offsetX", look.offsetX());
        offset(errors, "look.offsetY", look.offsetY());
        text(errors, "look.greeting", look.greeting(), MAX_GREETING);
        text(errors, "look.offlineMessage", look.offlineMessage(), MAX_OFFLINE_MESSAGE);
    }

    private static void color(List<FieldError> errors, String field, String value) {
        if (!WidgetColors.isColor(value)) {
            errors.add(new FieldError(field, BAD_COLOR));
        }
    }

    private static void offset(List<FieldError> errors, String field, Integer value) {
        if (value == null || value < 0 || value > MAX_OFFSET) {
            errors.add(new FieldError(field, BAD_OFFSET));
        }
    }

    private static void text(List<FieldError> errors, String field, LocalizedText text, int max) {
        if (text == null) {
            return;
        }
        if (text.zh() != null && text.zh().strip().length() > max) {
            errors.add(new FieldError(field + ".zh", TOO_LONG));
        }
        if (text.en() != null && text.en().strip().length() > max) {
            errors.add(new FieldError(field + ".en", TOO_LONG));
        }
    }
}
