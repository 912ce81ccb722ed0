package dev.switchboard.shared.routing;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.CustomerLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * What makes a routing rule valid, checked by the backend (the authority) and by the workstation's
 * editor before it sends, so the editor can point at the field at once. Field names are the JSON
 * field names; messages are protocol constants, which the workstation words in the reader's
 * language.
 *
 * <p>A rule needs at least one condition, or none and {@code catchAll: true}: a rule left without
 * conditions by mistake would silently take every chat that reaches it, so a catch-all must be
 * meant. The "no condition" and "conditions on a catch-all" errors are on the field {@code catchAll}.
 */
public final class RoutingRuleRules {

    public static final int NAME_MAX = 100;
    public static final int ENGINE_MAX = 32;
    public static final int KEYWORD_MAX = 200;
    public static final int URL_PATTERN_MAX = 500;
    public static final int LANGUAGE_MAX = 35;
    public static final int QUESTION_TYPE_MAX = 200;

    public static final String NAME_MESSAGE = "1 to " + NAME_MAX + " characters";
    public static final String GROUP_REQUIRED = "required: the group the rule sends chats to";
    public static final String GROUP_UNKNOWN = "an existing group";
    public static final String NO_CONDITION = "set at least one condition, or catchAll: true for a rule that takes every chat";
    public static final String CATCH_ALL_WITH_CONDITIONS = "a catch-all has no conditions: remove them or set catchAll to false";
    public static final String VERSION_REQUIRED = "required: the version the rule was read with";
    /** The message of a text condition that is blank, too long or has control characters; the field says which. */
    public static final String TEXT_MESSAGE = "1 to {max} characters, no control characters";

    private RoutingRuleRules() {
    }

    /**
     * The fields that are wrong, empty when the rule may be stored.
     *
     * @param replacing   a {@code PUT}: the version read must come with it
     * @param groupExists whether a group id names an existing group
     */
    public static List<FieldError> check(NewRoutingRule r, boolean replacing, LongPredicate groupExists) {
        List<FieldError> errors = new ArrayList<>();
        if (r.name() == null || r.name().isBlank() || r.name().strip().length() > NAME_MAX) {
            errors.add(new FieldError("name", NAME_MESSAGE));
        }
        if (r.groupId() == null) {
            errors.add(new FieldError("groupId", GROUP_REQUIRED));
        } else if (!groupExists.test(r.groupId())) {
            errors.add(new FieldError("groupId", GROUP_UNKNOWN));
        }
        text(errors, "engine", r.engine(), ENGINE_MAX);
        text(errors, "keyword", r.keyword(), KEYWORD_MAX);
        text(errors, "urlPattern", r.urlPattern(), URL_PATTERN_MAX);
        text(errors, "language", r.language(), LANGUAGE_MAX);
        text(errors, "questionType", r.questionType(), QUESTION_TYPE_MAX);
        if (r.customerLevel() != null && !CustomerLevels.isValid(r.customerLevel())) {
            errors.add(new FieldError("customerLevel", textMessage(CustomerLevels.MAX_LENGTH)));
        }
        boolean catchAll = Boolean.TRUE.equals(r.catchAll());
        if (catchAll && !hasNoCondition(r)) {
            errors.add(new FieldError("catchAll", CATCH_ALL_WITH_CONDITIONS));
        } else if (!catchAll && hasNoCondition(r)) {
            errors.add(new FieldError("catchAll", NO_CONDITION));
        }
        if (replacing && r.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    /** Whether the rule sets no condition at all (a catch-all, when meant). */
    public static boolean hasNoCondition(NewRoutingRule r) {
        return r.channel() == null && r.engine() == null && r.keyword() == null && r.urlPattern() == null && r.language() == null
                && r.questionType() == null && r.customerLevel() == null && r.returning() == null;
    }

    /** {@link #TEXT_MESSAGE} with its limit. */
    public static String textMessage(int max) {
        return TEXT_MESSAGE.replace("{max}", Integer.toString(max));
    }

    /** Plain text up to {@code max} characters, not blank, without control characters; absent (null) is "any". */
    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value != null && (value.isBlank() || value.strip().length() > max || value.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError(field, textMessage(max)));
        }
    }
}
