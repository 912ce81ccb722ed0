package dev.switchboard.shared.visitors;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * What makes an automatic invitation rule valid, checked by the backend (the authority) and by the
 * workstation's editor before it sends. Field names are the JSON field names; messages are
 * protocol constants the workstation words in the reader's language. A rule without conditions is
 * allowed: it invites every visitor of its site (once per cool-down, while its group has room).
 */
public final class InvitationRuleRules {

    public static final int NAME_MAX = 100;
    public static final int MESSAGE_MAX = 500;
    public static final int URL_PATTERN_MAX = 500;
    public static final int ENGINE_MAX = 32;
    public static final int KEYWORD_MAX = 200;
    public static final int LANGUAGE_MAX = 35;
    public static final int SECONDS_ON_PAGE_MAX = 86_400;
    public static final int PAGES_VIEWED_MAX = 1000;
    public static final int COOLDOWN_MAX = 10_080;
    /** The cool-down of a rule that names none. */
    public static final int DEFAULT_COOLDOWN = 60;

    public static final String SITE_UNKNOWN = "an existing site";
    public static final String GROUP_UNKNOWN = "an existing group";
    public static final String VERSION_REQUIRED = "required: the version the rule was read with";

    private InvitationRuleRules() {
    }

    /**
     * The fields that are wrong, empty when the rule may be stored.
     *
     * @param replacing   a {@code PUT}: the version read must come with it
     * @param siteExists  whether a site id names an existing site
     * @param groupExists whether a group id names an existing group
     */
    public static List<FieldError> check(NewInvitationRule r, boolean replacing, Predicate<String> siteExists, LongPredicate groupExists) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", r.name(), NAME_MAX, true);
        if (r.site() == null || !siteExists.test(r.site())) {
            errors.add(new FieldError("site", SITE_UNKNOWN));
        }
        if (r.groupId() == null || !groupExists.test(r.groupId())) {
            errors.add(new FieldError("groupId", GROUP_UNKNOWN));
        }
        text(errors, "message", r.message(), MESSAGE_MAX, true);
        range(errors, "minSecondsOnPage", r.minSecondsOnPage(), 0, SECONDS_ON_PAGE_MAX);
        range(errors, "minPagesViewed", r.minPagesViewed(), 1, PAGES_VIEWED_MAX);
        range(errors, "cooldownMinutes", r.cooldownMinutes(), 1, COOLDOWN_MAX);
        text(errors, "urlPattern", r.urlPattern(), URL_PATTERN_MAX, false);
        text(errors, "engine", r.engine(), ENGINE_MAX, false);
        text(errors, "keyword", r.keyword(), KEYWORD_MAX, false);
        text(errors, "language", r.language(), LANGUAGE_MAX, false);
        if (replacing && r.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    /** "1 to {@code max} characters". */
    public static String lengthMessage(int max) {
        return "1 to " + max + " characters";
    }

    /** "{@code min} to {@code max}". */
    public static String rangeMessage(int min, int max) {
        return min + " to " + max;
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, rangeMessage(min, max)));
        }
    }

    /** Not blank and at most {@code max} characters when given; {@code required}: given. */
    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if ((value == null && required) || (value != null && (value.isBlank() || value.strip().length() > max))) {
            errors.add(new FieldError(field, lengthMessage(max)));
        }
    }
}
