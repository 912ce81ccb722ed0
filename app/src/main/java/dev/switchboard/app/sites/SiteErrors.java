package dev.switchboard.app.sites;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sites.SiteRules;
import dev.switchboard.shared.visitors.PrechatFormRules;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared rules' messages in the reader's language, and where each goes in the editor: an
 * origin's error ({@code allowedOrigins[2]}) under the origins, naming the line it is on.
 */
final class SiteErrors {

    private static final Pattern ORIGIN = Pattern.compile("allowedOrigins\\[(\\d+)]");
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry(SiteRules.REQUIRED, "sites.error.required"),
            Map.entry(SiteRules.BAD_KEY, "sites.error.key"),
            Map.entry(SiteRules.BAD_NAME, "sites.error.name"),
            Map.entry(SiteRules.TOO_MANY_ORIGINS, "sites.error.tooManyOrigins"),
            Map.entry(SiteRules.BAD_ORIGIN, "sites.error.origin"),
            Map.entry(SiteRules.ORIGIN_TWICE, "sites.error.twice"),
            Map.entry(SiteRules.BAD_COLOR, "sites.error.color"),
            Map.entry(SiteRules.BAD_OFFSET, "sites.error.offset"),
            Map.entry(SiteRules.TOO_LONG, "sites.error.tooLong"),
            Map.entry(PrechatFormRules.TOO_MANY_FIELDS, "sites.error.tooManyFields"),
            Map.entry(PrechatFormRules.BAD_KEY, "sites.error.fieldKey"),
            Map.entry(PrechatFormRules.KEY_TWICE, "sites.error.twice"),
            Map.entry(PrechatFormRules.BAD_LABEL, "sites.error.label"),
            Map.entry(PrechatFormRules.LABEL_TOO_LONG, "sites.error.label"),
            Map.entry(PrechatFormRules.BAD_OPTIONS, "sites.error.options"),
            Map.entry(PrechatFormRules.OPTION_TWICE, "sites.error.optionTwice"),
            Map.entry(PrechatFormRules.OPTIONS_NOT_ALLOWED, "sites.error.noOptions"),
            Map.entry(PrechatFormRules.ONE_ROUTING_FIELD, "sites.error.oneRouting"));

    private SiteErrors() {
    }

    /** {@code error} worded for the reader and named by the editor's field; {@code originLines}: the line of each origin sent. */
    static FieldError placed(FieldError error, List<Integer> originLines, I18n i18n) {
        String key = KEYS.get(error.message());
        String message = key == null ? error.message() : i18n.get(key);
        Matcher origin = ORIGIN.matcher(error.field());
        if (origin.matches()) {
            int index = Integer.parseInt(origin.group(1));
            int line = index < originLines.size() ? originLines.get(index) + 1 : index + 1;
            return new FieldError("allowedOrigins", i18n.get("sites.error.onLine", line, message));
        }
        return new FieldError(error.field(), message);
    }
}
